import type { FaceLandmarks } from '../core/face/model-outputs';
import { faceAreaPx } from '../core/face/model-outputs';
import { detectionWindows } from '../core/face/detection-windows';
import { assetUrls } from './asset-urls';
import { landmarkResponseSchema, LANDMARK_COUNT, type DetectedFace, type LandmarkResponse } from './landmarks-protocol';
import { WorkerClient } from './worker-client';

/** Detection works on ≤ 1000 px images in 30–50 ms; larger inputs only cost time (ARCHITECTURE.md). */
const DETECTION_LONG_SIDE_PX = 1000;
/**
 * One detection takes 30–50 ms warm (ARCHITECTURE.md), seconds on a loaded machine. A worker silent for this long has
 * died without an error event (a crash, or a test that stops it): the request fails and the service is replaced.
 */
const DETECTION_SILENCE_TIMEOUT_MS = 30_000;

interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface LandmarkDetection {
  /** Largest face first. */
  readonly faces: readonly FaceLandmarks[];
  readonly ms: number;
  /** How many detector passes it took (1 = found on the whole image). */
  readonly passes: number;
}

function toSource(face: DetectedFace, rect: Rect): FaceLandmarks {
  const points = [];
  for (let i = 0; i < LANDMARK_COUNT; i++) {
    points.push({ x: rect.x + (face.points[2 * i] ?? 0) * rect.width, y: rect.y + (face.points[2 * i + 1] ?? 0) * rect.height });
  }
  return { points, blendshapes: face.blendshapes, matrix: face.matrix };
}

export class FaceLandmarkService {
  private readonly worker: Worker;
  private readonly client: WorkerClient<LandmarkResponse>;
  private readonly ready: Promise<void>;
  /** The worker failed or was stopped: this service is done, and its owner starts a fresh one. */
  private dead = false;

  constructor() {
    const worker = new Worker(new URL('./landmarks.worker.ts', import.meta.url), { name: 'face-landmarks' });
    this.worker = worker;
    this.client = new WorkerClient(worker, landmarkResponseSchema, 'face-landmarks');
    this.client.on((m) => {
      if (m.type === 'error' && /worker (failed|stopped)/.test(m.message)) this.dead = true;
    });
    this.ready = this.client.waitFor((m) => {
      if (m.type === 'ready') return true;
      if (m.type === 'error' && m.id === null) throw new Error(m.message);
      return undefined;
    }).then(() => undefined);
    this.client.post({
      type: 'init',
      wasmBase: assetUrls.mediapipeWasmBase(),
      modelUrl: assetUrls.faceLandmarkerModel(),
      delegate: 'CPU',
    });
  }

  whenReady(): Promise<void> {
    return this.ready;
  }

  /** Stops the worker; a request in flight fails. The service is not usable afterwards. */
  dispose(reason = 'face-landmarks worker stopped'): void {
    this.dead = true;
    this.worker.terminate();
    this.client.fail(reason);
  }

  /** False once the worker failed or was stopped. */
  get alive(): boolean {
    return !this.dead;
  }

  private async detectIn(source: ImageBitmap, rect: Rect, signal?: AbortSignal): Promise<{ faces: FaceLandmarks[]; ms: number }> {
    const scale = Math.min(1, DETECTION_LONG_SIDE_PX / Math.max(rect.width, rect.height));
    const bitmap = await createImageBitmap(source, rect.x, rect.y, rect.width, rect.height, {
      resizeWidth: Math.max(1, Math.round(rect.width * scale)),
      resizeHeight: Math.max(1, Math.round(rect.height * scale)),
      resizeQuality: 'high',
    });
    const silence = AbortSignal.timeout(DETECTION_SILENCE_TIMEOUT_MS);
    const reply = this.client.request(
      (id) => ({ message: { type: 'detect', id, bitmap }, transfer: [bitmap] }),
      (m, id) => {
        if (m.type === 'result' && m.id === id) return m;
        if (m.type === 'error' && (m.id === id || m.id === null)) throw new Error(m.message);
        return undefined;
      },
      signal ? AbortSignal.any([signal, silence]) : silence,
    );
    let result;
    try {
      result = await reply;
    } catch (error) {
      if (silence.aborted && !signal?.aborted) {
        this.dispose('face-landmarks worker stopped answering');
        throw new Error('face-landmarks worker stopped answering', { cause: error });
      }
      throw error;
    }
    return { faces: result.faces.map((f) => toSource(f, rect)), ms: result.ms };
  }

  /** Faces in a decoded photo, in its pixels; retries on zoomed crops when the whole photo shows none. */
  async detect(source: ImageBitmap, signal?: AbortSignal): Promise<LandmarkDetection> {
    await this.ready;
    const started = performance.now();
    const whole = { x: 0, y: 0, width: source.width, height: source.height };
    let passes = 1;
    let faces = (await this.detectIn(source, whole, signal)).faces;
    if (faces.length === 0) {
      for (const rect of detectionWindows(source.width, source.height)) {
        passes++;
        faces = (await this.detectIn(source, rect, signal)).faces;
        if (faces.length > 0) break;
      }
    }
    faces.sort((a, b) => faceAreaPx(b) - faceAreaPx(a));
    return { faces, ms: performance.now() - started, passes };
  }
}
