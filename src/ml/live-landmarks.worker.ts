/// <reference lib="webworker" />
import { restrictFetchToOwnOrigin } from './same-origin-fetch';
import { FaceLandmarker, type FaceLandmarkerResult } from '@mediapipe/tasks-vision';
import { measureFaceLight, type FaceLight } from '../core/capture/measure-face-light';
import type { Point } from '../core/geometry';
import type { DetectedFace } from './landmarks-protocol';
import { liveRequestSchema, type LiveResponse } from './live-landmarks-protocol';

/**
 * The camera view's own FaceLandmarker, in VIDEO mode: after the first detection it tracks the face from frame to
 * frame instead of searching the whole image, which is what makes 8+ checks a second possible on two cores.
 * A classic worker like landmarks.worker.ts (MediaPipe loads its WASM glue with importScripts); it never queues
 * work: the main thread sends the next frame only after this one's answer.
 */
declare const self: DedicatedWorkerGlobalScope;
restrictFetchToOwnOrigin(self);

/** Two, so a second person in the frame is still seen; the hints follow the largest face. */
const MAX_FACES = 2;

let landmarker: FaceLandmarker | null = null;
let lastTimestampMs = -Infinity;
let canvas: OffscreenCanvas | null = null;

function post(message: LiveResponse, transfer: Transferable[] = []): void {
  self.postMessage(message, transfer);
}

function toFaces(result: FaceLandmarkerResult, aspect: number): DetectedFace[] {
  const faces = result.faceLandmarks.map((points, i) => ({
    points: points.flatMap((p) => [p.x, p.y]),
    blendshapes: Object.fromEntries((result.faceBlendshapes[i]?.categories ?? []).map((c) => [c.categoryName, c.score] as const)),
    matrix: result.facialTransformationMatrixes[i]?.data.slice(0, 16) ?? null,
  }));
  const area = (f: DetectedFace): number => {
    const xs = f.points.filter((_, k) => k % 2 === 0);
    const ys = f.points.filter((_, k) => k % 2 === 1);
    return (Math.max(...xs) - Math.min(...xs)) * aspect * (Math.max(...ys) - Math.min(...ys));
  };
  return faces.sort((a, b) => area(b) - area(a));
}

function lightOf(bitmap: ImageBitmap, face: DetectedFace | undefined): FaceLight | null {
  if (!face) return null;
  if (!canvas || canvas.width !== bitmap.width || canvas.height !== bitmap.height) canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
  const context = canvas.getContext('2d', { willReadFrequently: true });
  if (!context) return null;
  context.drawImage(bitmap, 0, 0);
  const image = context.getImageData(0, 0, bitmap.width, bitmap.height);
  const points: Point[] = [];
  for (let k = 0; k + 1 < face.points.length; k += 2) points.push({ x: (face.points[k] ?? 0) * bitmap.width, y: (face.points[k + 1] ?? 0) * bitmap.height });
  return measureFaceLight(image, points);
}

self.onmessage = async (event: MessageEvent<unknown>) => {
  const parsed = liveRequestSchema.safeParse(event.data);
  if (!parsed.success) {
    post({ type: 'error', id: null, message: `bad request: ${parsed.error.message}` });
    return;
  }
  const request = parsed.data;
  if (request.type === 'init') {
    try {
      landmarker = await FaceLandmarker.createFromOptions(
        { wasmLoaderPath: `${request.wasmBase}vision_wasm_internal.js`, wasmBinaryPath: `${request.wasmBase}vision_wasm_internal.wasm` },
        {
          baseOptions: { modelAssetPath: request.modelUrl, delegate: request.delegate },
          runningMode: 'VIDEO',
          numFaces: MAX_FACES,
          outputFaceBlendshapes: true,
          outputFacialTransformationMatrixes: true,
        },
      );
      post({ type: 'ready' });
    } catch (error) {
      post({ type: 'error', id: null, message: String(error) });
    }
    return;
  }
  const { bitmap, id } = request;
  try {
    if (!landmarker) throw new Error('live landmarker not initialised');
    const started = performance.now();
    // VIDEO mode refuses a timestamp that does not grow.
    lastTimestampMs = Math.max(lastTimestampMs + 1, request.timestampMs);
    const faces = toFaces(landmarker.detectForVideo(bitmap, lastTimestampMs), bitmap.width / bitmap.height);
    const light = lightOf(bitmap, faces[0]);
    post({ type: 'result', id, faces, light, workerMs: performance.now() - started });
  } catch (error) {
    post({ type: 'error', id, message: String(error) });
  } finally {
    bitmap.close();
  }
};
