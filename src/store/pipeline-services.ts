import type { FaceLandmarks, PersonMatte } from '../core/face/model-outputs';
import type { BitmapPixels } from '../platform/bitmap-pixels';
import type { OfflineService } from '../platform/offline-status';
import type { Point } from '../core/geometry';
import type { SourceRect } from '../core/matte/matte-region';

/** Where the matte is: downloading its model (bytes when known), then cutting out. */
export interface MatteProgress {
  readonly stage: 'download' | 'inference';
  readonly fraction: number;
  readonly loadedBytes?: number;
  readonly totalBytes?: number;
  /** A change reached outside the matted region, so a wider part of the photo is being cut out. */
  readonly widening?: boolean;
}

/** Where a head matte's time went (the benchmark's columns), ms. */
export interface MatteStageTimings {
  readonly cropMs: number;
  readonly inferenceMs: number;
  readonly upsampleMs: number;
}

/** The head crop to matte: a region of the photo in source px and points on the face (matte-coverage.ts). */
export interface HeadCropRequest {
  readonly region: SourceRect;
  readonly seeds: readonly Point[];
}

/** What the store needs from the outside world; the composition root (src/app) wires the real adapters in. */
export interface DecodedImage {
  readonly bitmap: ImageBitmap;
  readonly format: string;
  readonly originalWidthPx: number;
  readonly originalHeightPx: number;
  readonly fileName: string;
}

export interface PipelineServices {
  decode(file: Blob, fileName: string): Promise<DecodedImage>;
  detectFaces(bitmap: ImageBitmap, signal: AbortSignal): Promise<{ faces: readonly FaceLandmarks[]; passes: number }>;
  /**
   * The person matte: of the head crop when one is given (the region every reachable output lies in, issue 10),
   * of the whole photo otherwise.
   */
  segmentPerson(bitmap: ImageBitmap, onProgress: (p: MatteProgress) => void, signal: AbortSignal, crop?: HeadCropRequest): Promise<PersonMatte & { readonly timingsMs?: MatteStageTimings }>;
  /** Tests only: a model worker dies as a crashed one would; the app must replace it and go on. */
  simulateWorkerCrash?(worker: 'face-landmarks' | 'person-matte'): void;
  /**
   * The photo's pixels scaled by `scale` (≤ 1) for the image statistics and the chin's edge; the last photo's are
   * kept for the same id and scale. null where there is no canvas (the checks then go without statistics).
   */
  readPixels(bitmap: ImageBitmap, photoId: number, scale: number): BitmapPixels | null;
  /** Runs `task` when the main thread is idle, at the latest after `timeoutMs`; returns a cancel function. */
  whenIdle(task: () => void, timeoutMs: number): () => void;
  /** Warm the models up (download + compile) once the user shows intent (store's `prepareModels`). */
  warmUp(): void;
  /** The offline cache (service worker); absent where there is none, e.g. in unit tests. */
  readonly offline?: OfflineService;
}
