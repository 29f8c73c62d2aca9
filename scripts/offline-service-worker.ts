import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { rolldown } from 'rolldown';
import type { Plugin, ResolvedConfig } from 'vite';
import { isFullFrameFallback, isModelPath, OFFLINE_MANIFEST_FILE, SERVICE_WORKER_FILE, type OfflineFile, type OfflineManifest } from '../src/sw/offline-files';

/**
 * After the build has written dist/, lists what it emitted (no hard-coded file list: a new model under
 * dist/vendor/ or dist/models/ is picked up by itself), writes `offline-manifest.json`, and bundles
 * src/sw/service-worker.ts into `sw.js` with that manifest prepended. The worker's bytes therefore change with
 * any file of the build, which is how the browser notices an update.
 */

/** A revision is a prefix of the file's sha256: 64 bits tell versions of one file apart. */
const REVISION_HEX_CHARS = 16;

const hash = (data: Buffer | string): string => createHash('sha256').update(data).digest('hex').slice(0, REVISION_HEX_CHARS);

function listFiles(dir: string): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...listFiles(path));
    else if (entry.isFile()) out.push(path);
  }
  return out;
}

/** Files the worker answers itself or that must always come from the network. */
const NOT_CACHED = new Set<string>([SERVICE_WORKER_FILE, OFFLINE_MANIFEST_FILE]);

/** Paths (relative to the base) that index.html links: its script, styles, icons and web app manifest. */
export function linkedFromHtml(html: string, basePath: string): Set<string> {
  const linked = new Set<string>();
  for (const match of html.matchAll(/\b(?:src|href)="([^"]+)"/g)) {
    const url = match[1] ?? '';
    if (url.startsWith(basePath)) linked.add(url.slice(basePath.length));
  }
  return linked;
}

/** Where Vite puts bundled code: the entry's files (linked from index.html) and the workers' and lazy chunks. */
const BUNDLED_FOLDER = 'assets/';

/**
 * The shell is what opening the page needs: index.html, what it links, and the public files (web app manifest,
 * icons). Everything else (worker scripts, lazy chunks, models, WASM) is on demand.
 */
export function buildOfflineManifest(outDir: string, basePath = '/'): OfflineManifest {
  const linked = linkedFromHtml(readFileSync(join(outDir, 'index.html'), 'utf8'), basePath);
  const shell: OfflineFile[] = [];
  const onDemand: OfflineFile[] = [];
  for (const file of listFiles(outDir)) {
    const path = relative(outDir, file).split(sep).join('/');
    if (NOT_CACHED.has(path) || isFullFrameFallback(path)) continue;
    const bytes = readFileSync(file);
    const inShell = !isModelPath(path) && (linked.has(path) || !path.startsWith(BUNDLED_FOLDER));
    (inShell ? shell : onDemand).push({ path, bytes: bytes.length, revision: hash(bytes) });
  }
  const byPath = (a: OfflineFile, b: OfflineFile) => a.path.localeCompare(b.path);
  shell.sort(byPath);
  onDemand.sort(byPath);
  const version = hash(JSON.stringify([shell, onDemand]));
  return { version, shell, onDemand };
}

/** Writes offline-manifest.json and sw.js into a built app folder; also used by the e2e update test. */
export async function writeOfflineFiles(outDir: string, root = resolve(import.meta.dirname, '..'), basePath = '/'): Promise<OfflineManifest> {
  const manifest = buildOfflineManifest(outDir, basePath);
  const bundle = await rolldown({ input: resolve(root, 'src/sw/service-worker.ts'), platform: 'browser', logLevel: 'warn' });
  try {
    const { output } = await bundle.generate({ format: 'iife', minify: true });
    const code = output[0].code;
    writeFileSync(join(outDir, OFFLINE_MANIFEST_FILE), JSON.stringify(manifest));
    writeFileSync(join(outDir, SERVICE_WORKER_FILE), `const OFFLINE_MANIFEST=${JSON.stringify(manifest)};\n${code}`);
  } finally {
    await bundle.close();
  }
  return manifest;
}

export function offlineServiceWorker(): Plugin {
  let config: ResolvedConfig | undefined;
  return {
    name: 'offline-service-worker',
    apply: 'build',
    configResolved(resolved) {
      config = resolved;
    },
    closeBundle: {
      // Last: every other plugin (the self-hosted models included) has written its files by then.
      order: 'post',
      sequential: true,
      async handler() {
        if (!config) return;
        const outDir = resolve(config.root, config.build.outDir);
        const manifest = await writeOfflineFiles(outDir, config.root, config.base);
        const mb = (files: readonly OfflineFile[]) => (files.reduce((s, f) => s + f.bytes, 0) / 1e6).toFixed(1);
        config.logger.info(`offline: shell ${manifest.shell.length} files ${mb(manifest.shell)} MB, on demand ${manifest.onDemand.length} files ${mb(manifest.onDemand)} MB`);
      },
    },
  };
}

/**
 * Hashed names may be cached for a year; everything else is revalidated (the service worker keeps it offline).
 * Vite's assets/, imgly's chunks (named by their sha256), and `name.<hex hash>.ext` for generated models.
 */
const CONTENT_HASHED = [/^\/assets\//, /[0-9a-f]{32,}/, /\.[0-9a-f]{8,}\.[a-z0-9]+$/];
export const IMMUTABLE = 'public, max-age=31536000, immutable';
export const REVALIDATE = 'no-cache';

export function cacheControlFor(pathname: string): string {
  return CONTENT_HASHED.some((pattern) => pattern.test(pathname)) ? IMMUTABLE : REVALIDATE;
}

/**
 * `vite preview` (npm start) sends `no-cache` on every file. Hashed assets get the immutable header instead;
 * index.html, sw.js and unhashed files stay `no-cache`. The isolation and CSP headers are untouched.
 */
export function previewCacheHeaders(): Plugin {
  return {
    name: 'preview-cache-headers',
    configurePreviewServer(server) {
      server.middlewares.use((req, res, next) => {
        const pathname = (req.url ?? '/').split('?')[0] ?? '/';
        const value = cacheControlFor(pathname);
        const writeHead = res.writeHead.bind(res) as (...args: unknown[]) => typeof res;
        // The static server passes its own Cache-Control to writeHead, after any setHeader: replace it there.
        res.writeHead = ((status: number, ...rest: unknown[]) => {
          const headers = rest.find((r): r is Record<string, unknown> => typeof r === 'object' && r !== null);
          if (headers) for (const name of Object.keys(headers)) if (name.toLowerCase() === 'cache-control') delete headers[name];
          res.setHeader('Cache-Control', value);
          return writeHead(status, ...rest);
        }) as typeof res.writeHead;
        next();
      });
    },
  };
}
