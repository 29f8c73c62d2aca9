import type { FaceLight } from '../core/capture/measure-face-light';
import type { FaceLandmarks } from '../core/face/model-outputs';
import type { Point } from '../core/geometry';
import { assetUrls } from './asset-urls';
import { LANDMARK_COUNT, type DetectedFace } from './landmarks-protocol';
import { liveResponseSchema, type LiveResponse } from './live-landmarks-protocol';
import { WorkerClient } from './worker-client';

/**
 * Long side of the frame the live worker sees. Guidance needs the face's place, pose and light, not detail: at
 * 480 px a face at the guide's size is ~200 px tall, above the 192 px the landmark model itself works at, and the
 * copy and detection stay cheap enough for 8+ checks a second on two cores.
 */
export const ANALYSIS_LONG_SIDE_PX = 480;
/** Latency samples kept for the statistics (about ten seconds of frames). */
const RECENT_SAMPLES = 100;

export interface LiveDetection {
  /** The largest face, in the video's own pixels (unmirrored); null when none was found. */
  readonly face: FaceLandmarks | null;
  readonly faceCount: number;
  readonly light: FaceLight | null;
  /** The video frame's size, the space `face` is in. */
  readonly frame: { readonly widthPx: number; readonly heightPx: number };
  /** When the frame was grabbed (performance.now()). */
  readonly frameMs: number;
  /** Grab to answer, ms: how old the hints are when shown. */
  readonly latencyMs: number;
  readonly workerMs: number;
}

export interface LiveStats {
  /** Frames sent to the worker, answered, and skipped because the worker was still busy. */
  readonly analysed: number;
  readonly answered: number;
  readonly dropped: number;
  readonly errors: number;
  readonly recentLatencyMs: readonly number[];
  readonly recentWorkerMs: readonly number[];
}

function toVideoPx(face: DetectedFace, widthPx: number, heightPx: number): FaceLandmarks {
  const points: Point[] = [];
  for (let i = 0; i < LANDMARK_COUNT; i++) points.push({ x: (face.points[2 * i] ?? 0) * widthPx, y: (face.points[2 * i + 1] ?? 0) * heightPx });
  return { points, blendshapes: face.blendshapes, matrix: face.matrix };
}

function pushRecent(list: number[], value: number): void {
  list.push(value);
  if (list.length > RECENT_SAMPLES) list.shift();
}

/**
 * Live face landmarks for the camera view. Back-pressure by construction: at most one frame is in flight, and a
 * frame offered while the worker is busy is dropped, never queued, so the hints are never more than one frame old
 * and the preview (which the browser plays on its own) never waits for the model.
 */
export class LiveLandmarks {
  private readonly worker: Worker;
  private readonly client: WorkerClient<LiveResponse>;
  private readonly ready: Promise<void>;
  private inFlight = false;
  private analysed = 0;
  private answered = 0;
  private dropped = 0;
  private errors = 0;
  private readonly latencies: number[] = [];
  private readonly workerTimes: number[] = [];

  constructor() {
    this.worker = new Worker(new URL('./live-landmarks.worker.ts', import.meta.url), { name: 'live-landmarks' });
    this.client = new WorkerClient(this.worker, liveResponseSchema, 'live-landmarks');
    this.ready = this.client
      .waitFor((m) => {
        if (m.type === 'ready') return true;
        if (m.type === 'error' && m.id === null) throw new Error(m.message);
        return undefined;
      })
      .then(() => undefined);
    this.client.post({ type: 'init', wasmBase: assetUrls.mediapipeWasmBase(), modelUrl: assetUrls.faceLandmarkerModel(), delegate: 'CPU' });
  }

  whenReady(): Promise<void> {
    return this.ready;
  }

  get busy(): boolean {
    return this.inFlight;
  }

  /** Analyses the video's current frame, or returns null (frame dropped) while the previous one is in flight. */
  analyse(video: HTMLVideoElement): Promise<LiveDetection> | null {
    const widthPx = video.videoWidth;
    const heightPx = video.videoHeight;
    if (this.inFlight || widthPx === 0 || heightPx === 0) {
      if (this.inFlight) this.dropped++;
      return null;
    }
    this.inFlight = true;
    this.analysed++;
    const frameMs = performance.now();
    return this.run(video, widthPx, heightPx, frameMs).finally(() => {
      this.inFlight = false;
    });
  }

  private async run(video: HTMLVideoElement, widthPx: number, heightPx: number, frameMs: number): Promise<LiveDetection> {
    try {
      await this.ready;
      const scale = Math.min(1, ANALYSIS_LONG_SIDE_PX / Math.max(widthPx, heightPx));
      const bitmap = await createImageBitmap(video, {
        resizeWidth: Math.max(1, Math.round(widthPx * scale)),
        resizeHeight: Math.max(1, Math.round(heightPx * scale)),
        resizeQuality: 'medium',
      });
      const result = await this.client.request(
        (id) => ({ message: { type: 'frame', id, timestampMs: frameMs, bitmap }, transfer: [bitmap] }),
        (m, id) => {
          if (m.type === 'result' && m.id === id) return m;
          if (m.type === 'error' && (m.id === id || m.id === null)) throw new Error(m.message);
          return undefined;
        },
      );
      const latencyMs = performance.now() - frameMs;
      this.answered++;
      pushRecent(this.latencies, latencyMs);
      pushRecent(this.workerTimes, result.workerMs);
      const first = result.faces[0];
      return {
        face: first ? toVideoPx(first, widthPx, heightPx) : null,
        faceCount: result.faces.length,
        light: result.light,
        frame: { widthPx, heightPx },
        frameMs,
        latencyMs,
        workerMs: result.workerMs,
      };
    } catch (error) {
      this.errors++;
      throw error;
    }
  }

  stats(): LiveStats {
    return {
      analysed: this.analysed,
      answered: this.answered,
      dropped: this.dropped,
      errors: this.errors,
      recentLatencyMs: [...this.latencies],
      recentWorkerMs: [...this.workerTimes],
    };
  }

  dispose(): void {
    this.worker.terminate();
  }
}
