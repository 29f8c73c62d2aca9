import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { selfHostedAssets } from './scripts/self-hosted-assets';

/**
 * Cross-origin isolation (COOP same-origin + COEP require-corp) gives onnxruntime its SharedArrayBuffer threads,
 * which makes background removal 30–50 % faster (DESIGN.md). Hosting the build needs the same two headers.
 */
const isolationHeaders = {
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Embedder-Policy': 'require-corp',
  'Cross-Origin-Resource-Policy': 'same-origin',
};

export default defineConfig({
  plugins: [react(), selfHostedAssets()],
  server: { headers: isolationHeaders, port: 5173, strictPort: true },
  preview: { headers: isolationHeaders, port: 4173, strictPort: true },
  // MediaPipe loads its WASM glue with importScripts, which exists only in classic workers (DESIGN.md).
  worker: { format: 'iife' },
  build: { target: 'es2022', chunkSizeWarningLimit: 2048 },
});
