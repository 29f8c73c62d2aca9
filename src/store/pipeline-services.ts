import type { FaceLandmarks, PersonMatte } from '../core/face/face-landmarks';
import type { OfflineService } from '../platform/offline-status';

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
  segmentPerson(
    bitmap: ImageBitmap,
    onProgress: (p: { stage: 'download' | 'inference'; fraction: number }) => void,
    signal: AbortSignal,
  ): Promise<PersonMatte>;
  /** Warm the models up (download + compile) once the user shows intent (store's `prepareModels`). */
  warmUp(): void;
  /** The offline cache (service worker); absent where there is none, e.g. in unit tests. */
  readonly offline?: OfflineService;
}
