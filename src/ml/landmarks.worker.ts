/// <reference lib="webworker" />
import { restrictFetchToOwnOrigin } from './same-origin-fetch';
import { FaceLandmarker, type FaceLandmarkerResult } from '@mediapipe/tasks-vision';
import { landmarkRequestSchema, type DetectedFace, type LandmarkResponse } from './landmarks-protocol';

/**
 * A classic worker (vite.config.ts worker.format = iife): MediaPipe loads its WASM glue with importScripts.
 * It detects landmarks on whatever bitmap it is sent; zoom-and-retry lives in the main-thread adapter.
 */
declare const self: DedicatedWorkerGlobalScope;
restrictFetchToOwnOrigin(self);

/** Two faces: the larger is measured, the second one is reported (issue 2, part 3). */
const MAX_FACES = 2;

let landmarker: FaceLandmarker | null = null;

function post(message: LandmarkResponse, transfer: Transferable[] = []): void {
  self.postMessage(message, transfer);
}

function toFaces(result: FaceLandmarkerResult): DetectedFace[] {
  return result.faceLandmarks.map((points, i) => ({
    points: points.flatMap((p) => [p.x, p.y]),
    blendshapes: Object.fromEntries(
      (result.faceBlendshapes[i]?.categories ?? []).map((c) => [c.categoryName, c.score] as const),
    ),
    matrix: result.facialTransformationMatrixes[i]?.data.slice(0, 16) ?? null,
  }));
}

self.onmessage = async (event: MessageEvent<unknown>) => {
  const parsed = landmarkRequestSchema.safeParse(event.data);
  if (!parsed.success) {
    post({ type: 'error', id: null, message: `bad request: ${parsed.error.message}` });
    return;
  }
  const request = parsed.data;
  try {
    if (request.type === 'init') {
      landmarker = await FaceLandmarker.createFromOptions(
        {
          wasmLoaderPath: `${request.wasmBase}vision_wasm_internal.js`,
          wasmBinaryPath: `${request.wasmBase}vision_wasm_internal.wasm`,
        },
        {
          baseOptions: { modelAssetPath: request.modelUrl, delegate: request.delegate },
          runningMode: 'IMAGE',
          numFaces: MAX_FACES,
          outputFaceBlendshapes: true,
          outputFacialTransformationMatrixes: true,
        },
      );
      post({ type: 'ready' });
      return;
    }
    if (!landmarker) throw new Error('landmarker not initialised');
    const started = performance.now();
    const result = landmarker.detect(request.bitmap);
    request.bitmap.close();
    post({ type: 'result', id: request.id, faces: toFaces(result), ms: performance.now() - started });
  } catch (error) {
    post({ type: 'error', id: request.type === 'detect' ? request.id : null, message: String(error) });
  }
};
