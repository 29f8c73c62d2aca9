import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Plugin } from 'vite';

/**
 * Serves the model runtimes from node_modules at dev time and copies them into the build, so the app never
 * fetches from another origin and the large files are not committed (ARCHITECTURE.md, "Models and assets").
 *
 *   /vendor/mediapipe/<file>  ← @mediapipe/tasks-vision@1.1.0/wasm (the SIMD build; every browser we target has SIMD)
 *   /vendor/imgly/<file>      ← @imgly/background-removal-data@1.4.5/dist, only what runs: the `medium` model and
 *                               the SIMD onnxruntime WASM (threaded and single-threaded); resources.json is filtered
 *                               to those entries so the library cannot ask for anything else.
 */
export const MEDIAPIPE_FILES = ['vision_wasm_internal.js', 'vision_wasm_internal.wasm'] as const;
export const IMGLY_RESOURCES = [
  '/models/medium',
  '/onnxruntime-web/ort-wasm-simd.wasm',
  '/onnxruntime-web/ort-wasm-simd-threaded.wasm',
] as const;

interface ImglyEntry {
  chunks: { hash: string; offsets: [number, number] }[];
  size: number;
  mime: string;
}

function packageDir(root: string, name: string): string {
  const dir = resolve(root, 'node_modules', name);
  if (!existsSync(dir)) throw new Error(`${name} is not installed; run npm install`);
  return dir;
}

function imglyManifest(root: string): { json: string; files: Map<string, string> } {
  const dist = resolve(packageDir(root, '@imgly/background-removal-data'), 'dist');
  const all = JSON.parse(readFileSync(resolve(dist, 'resources.json'), 'utf8')) as Record<string, ImglyEntry>;
  const kept: Record<string, ImglyEntry> = {};
  const files = new Map<string, string>();
  for (const key of IMGLY_RESOURCES) {
    const entry = all[key];
    if (!entry) throw new Error(`@imgly/background-removal-data has no resource ${key}`);
    kept[key] = entry;
    for (const chunk of entry.chunks) files.set(chunk.hash, resolve(dist, chunk.hash));
  }
  return { json: JSON.stringify(kept), files };
}

function vendorFiles(root: string): { mediapipe: Map<string, string>; imgly: ReturnType<typeof imglyManifest> } {
  const wasmDir = resolve(packageDir(root, '@mediapipe/tasks-vision'), 'wasm');
  const mediapipe = new Map(MEDIAPIPE_FILES.map((f) => [f, resolve(wasmDir, f)] as const));
  return { mediapipe, imgly: imglyManifest(root) };
}

const MIME: Record<string, string> = { '.js': 'text/javascript', '.wasm': 'application/wasm', '.json': 'application/json' };

function mimeOf(name: string): string {
  const ext = /\.[a-z]+$/.exec(name)?.[0] ?? '';
  return MIME[ext] ?? 'application/octet-stream';
}

export function selfHostedAssets(): Plugin {
  let root = process.cwd();
  return {
    name: 'self-hosted-assets',
    configResolved(config) {
      root = config.root;
    },
    configureServer(server) {
      const { mediapipe, imgly } = vendorFiles(root);
      server.middlewares.use((req, res, next) => {
        const url = (req.url ?? '').split('?')[0] ?? '';
        let file: string | undefined;
        if (url.startsWith('/vendor/mediapipe/')) file = mediapipe.get(url.slice('/vendor/mediapipe/'.length));
        else if (url === '/vendor/imgly/resources.json') {
          res.setHeader('Content-Type', 'application/json');
          res.end(imgly.json);
          return;
        } else if (url.startsWith('/vendor/imgly/')) file = imgly.files.get(url.slice('/vendor/imgly/'.length));
        if (!file) return next();
        res.setHeader('Content-Type', mimeOf(file));
        res.setHeader('Content-Length', String(statSync(file).size));
        res.setHeader('Cache-Control', 'public, max-age=31536000, immutable');
        createReadStream(file).pipe(res);
      });
    },
    generateBundle() {
      const { mediapipe, imgly } = vendorFiles(root);
      for (const [name, file] of mediapipe) {
        this.emitFile({ type: 'asset', fileName: `vendor/mediapipe/${name}`, source: readFileSync(file) });
      }
      this.emitFile({ type: 'asset', fileName: 'vendor/imgly/resources.json', source: imgly.json });
      for (const [hash, file] of imgly.files) {
        this.emitFile({ type: 'asset', fileName: `vendor/imgly/${hash}`, source: readFileSync(file) });
      }
    },
  };
}
