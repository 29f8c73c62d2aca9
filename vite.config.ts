import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { headMatteAssets } from './scripts/head-matte-assets';
import { selfHostedAssets } from './scripts/self-hosted-assets';
import { offlineServiceWorker, previewCacheHeaders } from './scripts/offline-service-worker';
import { devClassicWorkers } from './scripts/dev-classic-workers';
import { devServerHeaders } from './scripts/dev-server-headers';

/**
 * Cross-origin isolation (COOP same-origin + COEP require-corp) gives onnxruntime its SharedArrayBuffer threads,
 * which makes background removal 30–50 % faster (ARCHITECTURE.md, "Measured on real photos"). Hosting the build needs the same two headers.
 */
const isolationHeaders = {
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Embedder-Policy': 'require-corp',
  'Cross-Origin-Resource-Policy': 'same-origin',
};

/**
 * The built app declares what it may load: its own origin only. Sent as a header (not only the page's meta tag)
 * because a header also governs the workers, where the model libraries run. 'unsafe-eval' is needed by
 * onnxruntime-web 1.17 (pinned through @imgly/background-removal 1.4.5), whose glue evaluates generated code;
 * what matters for privacy, connect-src, stays 'self'.
 */
function contentSecurityPolicy(scriptNonce?: string): string {
  return [
    "default-src 'self'",
    `script-src 'self' 'wasm-unsafe-eval' 'unsafe-eval' blob:${scriptNonce ? ` 'nonce-${scriptNonce}'` : ''}`,
    "worker-src 'self' blob:",
    "connect-src 'self' blob: data:",
    "img-src 'self' blob: data:",
    "style-src 'self' 'unsafe-inline'",
    "media-src 'self' blob: mediastream:",
    "object-src 'none'",
    "base-uri 'self'",
  ].join('; ');
}

/**
 * The dev server's page has inline scripts (React Fast Refresh's preamble); Vite marks them with this nonce
 * (`html.cspNonce`) and the dev CSP allows it. It is fixed, which is fine only because it never leaves dev.
 */
const DEV_SCRIPT_NONCE = 'vite-dev-server';

const devHeaders = { ...isolationHeaders, 'Content-Security-Policy': contentSecurityPolicy(DEV_SCRIPT_NONCE) };

export default defineConfig(({ command }) => ({
  plugins: [
    devServerHeaders(devHeaders),
    devClassicWorkers(),
    react(),
    selfHostedAssets(),
    headMatteAssets(),
    offlineServiceWorker(),
    previewCacheHeaders(),
  ],
  server: { headers: devHeaders, port: 5173, strictPort: true },
  preview: { headers: { ...isolationHeaders, 'Content-Security-Policy': contentSecurityPolicy() }, port: 4173, strictPort: true },
  ...(command === 'serve' ? { html: { cspNonce: DEV_SCRIPT_NONCE } } : {}),
  // MediaPipe loads its WASM glue with importScripts, which exists only in classic workers (ARCHITECTURE.md).
  // In dev, scripts/dev-classic-workers.ts bundles them the same way on request.
  worker: { format: 'iife' },
  // The largest chunk is heic-to (libheif in WASM, 3 MB), loaded only when a HEIC file is opened.
  build: { target: 'es2022', chunkSizeWarningLimit: 3072 },
}));
