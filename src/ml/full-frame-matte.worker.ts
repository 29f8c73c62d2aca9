/// <reference lib="webworker" />
import { restrictFetchToOwnOrigin } from './same-origin-fetch';
import { preload, segmentForeground, type Config } from '@imgly/background-removal';
import { matteRequestSchema, type MatteResponse } from './matte-protocol';

/**
 * Person matte with @imgly/background-removal (`medium`: the `small` model leaves specks of background, ARCHITECTURE.md).
 * Runs in its own worker so the page stays responsive; onnxruntime is not proxied to yet another worker.
 */
declare const self: DedicatedWorkerGlobalScope;
restrictFetchToOwnOrigin(self);

function post(message: MatteResponse, transfer: Transferable[] = []): void {
  self.postMessage(message, transfer);
}

function config(publicPath: string, id: number | null): Config {
  return {
    publicPath,
    model: 'medium',
    proxyToWorker: false,
    output: { format: 'image/x-alpha8', quality: 1 },
    progress: (key: string, current: number, total: number) => {
      const stage = key.startsWith('compute') ? 'inference' : 'download';
      post({ type: 'progress', id, stage, fraction: total > 0 ? Math.min(1, current / total) : 0 });
    },
  };
}

/**
 * The model download started by `preload`. A photo waits for it instead of fetching the same 90 MB again in
 * parallel: concurrent downloads of the models intermittently failed ("Failed to fetch"), and a failed preload
 * must not fail the photo, which then simply loads the model itself.
 */
let preloading: Promise<void> | null = null;

self.onmessage = async (event: MessageEvent<unknown>) => {
  const parsed = matteRequestSchema.safeParse(event.data);
  if (!parsed.success) {
    post({ type: 'error', id: null, message: `bad request: ${parsed.error.message}` });
    return;
  }
  const request = parsed.data;
  if (request.type === 'preload') {
    preloading = preload(config(request.publicPath, null));
    try {
      await preloading;
      post({ type: 'preloaded' });
    } catch (error) {
      post({ type: 'error', id: null, message: `preload failed: ${String(error)}` });
    }
    return;
  }
  try {
    await preloading?.catch(() => undefined);
    const started = performance.now();
    const input = new Blob([request.rgba as BlobPart], {
      type: `image/x-rgba8;width=${request.width};height=${request.height}`,
    });
    const blob = await segmentForeground(input, config(request.publicPath, request.id));
    const alpha = new Uint8Array(await blob.arrayBuffer());
    if (alpha.length !== request.width * request.height) {
      throw new Error(`matte has ${alpha.length} values for ${request.width}×${request.height}`);
    }
    post({ type: 'result', id: request.id, width: request.width, height: request.height, alpha, ms: performance.now() - started }, [alpha.buffer]);
  } catch (error) {
    post({ type: 'error', id: request.id, message: String(error) });
  }
};
