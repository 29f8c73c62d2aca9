import { relative, resolve, sep } from 'node:path';
import { rolldown } from 'rolldown';
import type { Plugin, ViteDevServer } from 'vite';

/**
 * `npm run dev` runs the model workers. They are classic workers (vite.config.ts `worker.format: 'iife'`) because
 * MediaPipe loads its WASM glue with `importScripts`, which module workers lack. Vite's dev server serves a classic
 * worker as the untransformed ES module (`import` statements in a classic script: a SyntaxError), so this
 * dev-only plugin answers each `…?worker_file&type=classic` request with the worker bundled into one IIFE by
 * rolldown (the bundler `vite build` uses for the same workers): dev runs the workers the way the build does.
 *
 * A bundle is cached until one of its files changes; then the page reloads, so the next workers are fresh.
 * Only workers under `src/` are bundled. A worker that imports a Vite virtual module would need it added here;
 * none does (the URLs of the self-hosted assets travel in the workers' `init` messages).
 */
const CLASSIC_WORKER_RE = /^([^?]+)\?(?:[^#]*&)?worker_file&type=classic(?:&|$)/;

interface WorkerBundle {
  code: string;
  files: Set<string>;
}

async function bundleWorker(file: string, server: ViteDevServer): Promise<WorkerBundle> {
  const { config } = server;
  const bundle = await rolldown({
    input: file,
    platform: 'browser',
    resolve: { conditionNames: ['browser', 'import', 'module', 'default'], mainFields: ['browser', 'module', 'main'] },
    transform: {
      target: 'es2022',
      define: {
        'process.env.NODE_ENV': JSON.stringify('development'),
        'import.meta.env.DEV': 'true',
        'import.meta.env.PROD': 'false',
        'import.meta.env.SSR': 'false',
        'import.meta.env.MODE': JSON.stringify(config.mode),
        'import.meta.env.BASE_URL': JSON.stringify(config.base),
        // What vite build does for an IIFE worker: the script's own URL.
        'import.meta.url': 'self.location.href',
      },
    },
    logLevel: 'warn',
    onLog: (level, log) => config.logger.warn(`[dev-classic-workers] ${relative(config.root, file)}: ${log.message}`),
  });
  try {
    const { output } = await bundle.generate({ format: 'iife', sourcemap: 'inline', codeSplitting: false });
    const files = new Set((await bundle.watchFiles).map((f) => resolve(f)));
    return { code: output[0].code, files };
  } finally {
    await bundle.close();
  }
}

export function devClassicWorkers(): Plugin {
  return {
    name: 'dev-classic-workers',
    apply: 'serve',
    configureServer(server) {
      const src = resolve(server.config.root, 'src') + sep;
      const bundles = new Map<string, Promise<WorkerBundle>>();

      const invalidate = async (changed: string) => {
        let stale = false;
        for (const [entry, pending] of bundles) {
          const files = await pending.then((b) => b.files).catch(() => new Set([entry]));
          if (files.has(resolve(changed))) {
            bundles.delete(entry);
            stale = true;
          }
        }
        if (stale) server.ws.send({ type: 'full-reload' });
      };
      server.watcher.on('change', (file) => void invalidate(file));
      server.watcher.on('unlink', (file) => void invalidate(file));

      server.middlewares.use((req, res, next) => {
        const match = CLASSIC_WORKER_RE.exec(req.url ?? '');
        if (!match?.[1]) return next();
        const file = resolve(server.config.root, `.${decodeURIComponent(match[1])}`);
        if (!file.startsWith(src)) return next();
        let pending = bundles.get(file);
        if (!pending) {
          const started = performance.now();
          pending = bundleWorker(file, server);
          bundles.set(file, pending);
          pending.then(
            () => server.config.logger.info(`[dev-classic-workers] bundled ${relative(server.config.root, file)} in ${Math.round(performance.now() - started)} ms`, { timestamp: true }),
            () => bundles.delete(file),
          );
        }
        pending.then(
          ({ code }) => {
            res.setHeader('Content-Type', 'text/javascript');
            res.setHeader('Cache-Control', 'no-cache');
            res.end(code);
          },
          (error: unknown) => {
            server.config.logger.error(`[dev-classic-workers] ${relative(server.config.root, file)}: ${String(error)}`);
            next(error);
          },
        );
      });
    },
  };
}
