import type { FaceLandmarks } from '../../src/core/face/model-outputs';
import type { PipelineServices } from '../../src/store/pipeline-services';

/** The size of the photo the fake decoder reports (no pixels: the store only needs its size). */
export const FAKE_SOURCE = { width: 1000, height: 1300 } as const;

export interface FakeServiceOptions {
  /** The decoded photo's size; FAKE_SOURCE unless told. */
  readonly source?: { readonly width: number; readonly height: number };
  /** The matte; unless told, fully opaque over FAKE_SOURCE. */
  readonly segmentPerson?: PipelineServices['segmentPerson'];
}

/**
 * Pipeline services for store tests, one layer above the real adapters: the decoder reports FAKE_SOURCE, the
 * detector returns `faces()`, and the matte is fully opaque, so the crown is the top of the face's band.
 */
export function fakeServices(faces: () => readonly FaceLandmarks[], options: FakeServiceOptions = {}): PipelineServices {
  const source = options.source ?? FAKE_SOURCE;
  return {
    decode: async (_file, fileName) => ({
      bitmap: source as unknown as ImageBitmap,
      format: 'jpeg',
      originalWidthPx: source.width,
      originalHeightPx: source.height,
      fileName,
    }),
    detectFaces: async () => ({ faces: faces(), passes: 1 }),
    segmentPerson: options.segmentPerson ?? (async () => ({ width: 100, height: 130, alpha: new Uint8Array(100 * 130).fill(255), sourcePxPerMattePx: 10 })),
    // No canvas in Node: no statistics, as the real reader says without OffscreenCanvas.
    readPixels: () => null,
    whenIdle: (task) => {
      const handle = setTimeout(task, 0);
      return () => clearTimeout(handle);
    },
    warmUp: () => undefined,
  };
}
