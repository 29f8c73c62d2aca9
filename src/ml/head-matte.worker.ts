/// <reference lib="webworker" />
import * as ort from 'onnxruntime-web/wasm';
import { keepPersonRegion } from '../core/matte/keep-person-region';
import { resampleAlpha } from '../core/matte/resample-alpha';
import { headMatteRequestSchema, type HeadMatteRequest } from './head-matte-protocol';
import type { MatteResponse } from './matte-protocol';
import { restrictFetchToOwnOrigin } from './same-origin-fetch';

/**
 * The head matte (issue 10): imgly's `medium` ISNet, rewritten at build time for a small square input
 * (scripts/isnet-input-size.ts), run with onnxruntime-web directly on the head crop. imgly's own pre- and
 * post-processing is a plain resize and normalise, done here the same way: (value − 128) / 256 per channel in,
 * sigmoid × 255 out.
 */
declare const self: DedicatedWorkerGlobalScope;
restrictFetchToOwnOrigin(self);

/** imgly 1.4.5 `tensorHWCtoBCHW`: mean 128, std 256 on every channel. */
const INPUT_MEAN = 128;
const INPUT_STD = 256;
const RGBA = 4;

function post(message: MatteResponse, transfer: Transferable[] = []): void {
  self.postMessage(message, transfer);
}

/** Fetches the model, reporting bytes as they arrive (the download is the long part of a first visit). */
async function fetchModel(url: string, expectedBytes: number, id: number | null): Promise<Uint8Array> {
  const response = await fetch(url);
  if (!response.ok || !response.body) throw new Error(`model download failed: HTTP ${response.status}`);
  // A response from the service worker or a compressing server may have no Content-Length: the build knows the size.
  const totalBytes = Number(response.headers.get('Content-Length') ?? 0) || expectedBytes;
  const parts: Uint8Array[] = [];
  let loadedBytes = 0;
  const reader = response.body.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    parts.push(value);
    loadedBytes += value.length;
    const fraction = totalBytes > 0 ? Math.min(1, loadedBytes / totalBytes) : 0;
    post({ type: 'progress', id, stage: 'download', fraction, loadedBytes, totalBytes: Math.max(totalBytes, loadedBytes) });
  }
  const model = new Uint8Array(loadedBytes);
  let at = 0;
  for (const part of parts) {
    model.set(part, at);
    at += part.length;
  }
  return model;
}

let session: Promise<ort.InferenceSession> | null = null;

function loadSession(request: { modelUrl: string; modelBytes: number; runtimeUrls: Record<string, string> }, id: number | null): Promise<ort.InferenceSession> {
  session ??= (async () => {
    // Threads need SharedArrayBuffer, which cross-origin isolation gives (vite.config.ts); without it, one thread.
    ort.env.wasm.numThreads = self.crossOriginIsolated ? Math.max(1, navigator.hardwareConcurrency || 1) : 1;
    ort.env.wasm.simd = true;
    ort.env.wasm.proxy = false;
    ort.env.wasm.wasmPaths = request.runtimeUrls;
    const model = await fetchModel(request.modelUrl, request.modelBytes, id);
    return ort.InferenceSession.create(model, { executionProviders: ['wasm'], graphOptimizationLevel: 'all' });
  })();
  // A failed load is not kept: the next request tries again.
  session.catch(() => {
    session = null;
  });
  return session;
}

function inputTensor(rgba: Uint8Array, size: number): ort.Tensor {
  const plane = size * size;
  if (rgba.length !== plane * RGBA) throw new Error(`head crop has ${rgba.length} bytes for ${size}×${size}`);
  const data = new Float32Array(3 * plane);
  for (let i = 0, j = 0; j < plane; i += RGBA, j++) {
    data[j] = (rgba[i]! - INPUT_MEAN) / INPUT_STD;
    data[j + plane] = (rgba[i + 1]! - INPUT_MEAN) / INPUT_STD;
    data[j + 2 * plane] = (rgba[i + 2]! - INPUT_MEAN) / INPUT_STD;
  }
  return new ort.Tensor('float32', data, [1, 3, size, size]);
}

async function segment(request: Extract<HeadMatteRequest, { type: 'segment' }>): Promise<void> {
  const loaded = await loadSession(request, request.id);
  const started = performance.now();
  post({ type: 'progress', id: request.id, stage: 'inference', fraction: 0 });
  const outputs = await loaded.run({ input: inputTensor(request.rgba, request.inputPx) });
  const inferenceMs = performance.now() - started;
  const output = outputs['output'];
  if (!output) throw new Error('the model gave no "output"');
  const values = output.data as Float32Array;
  const modelAlpha = new Uint8Array(values.length);
  for (let i = 0; i < values.length; i++) modelAlpha[i] = Math.round(Math.min(1, Math.max(0, values[i]!)) * 255);
  const grid = resampleAlpha(modelAlpha, request.inputPx, request.inputPx, request.gridWidth, request.gridHeight);
  // Freshly allocated by the core functions, never shared memory.
  const alpha = keepPersonRegion(grid, request.gridWidth, request.gridHeight, request.seeds) as Uint8Array<ArrayBuffer>;
  post({ type: 'progress', id: request.id, stage: 'inference', fraction: 1 });
  post(
    {
      type: 'result',
      id: request.id,
      width: request.gridWidth,
      height: request.gridHeight,
      alpha,
      ms: performance.now() - started,
      inferenceMs,
      upsampleMs: performance.now() - started - inferenceMs,
    },
    [alpha.buffer],
  );
}

self.onmessage = async (event: MessageEvent<unknown>) => {
  const parsed = headMatteRequestSchema.safeParse(event.data);
  if (!parsed.success) {
    post({ type: 'error', id: null, message: `bad request: ${parsed.error.message}` });
    return;
  }
  const request = parsed.data;
  if (request.type === 'preload') {
    try {
      await loadSession(request, null);
      post({ type: 'preloaded' });
    } catch (error) {
      post({ type: 'error', id: null, message: `preload failed: ${String(error)}` });
    }
    return;
  }
  try {
    await segment(request);
  } catch (error) {
    post({ type: 'error', id: request.id, message: String(error) });
  }
};
