import type { FaceRegion } from './face-region';
import { histogramEntropy } from './histogram-entropy';
import { illuminationUniformity, type IlluminationUniformity } from './illumination-uniformity';
import { laplacianSharpness, type LaplacianSharpness } from './laplacian-sharpness';
import { luminanceHistogram } from './luminance-histogram';
import { luminancePlane } from './luminance-plane';
import { luminanceSummary, type LuminanceSummary } from './luminance-summary';
import { assertPixelBuffer, type PixelBuffer } from './pixel-buffer';
import { regionMask } from './region-mask';

/** Everything the light and sharpness rules need to know about the face's pixels. */
export interface FaceImageStats {
  /** Source pixels inside the face outline. */
  readonly facePixels: number;
  /** ISO/IEC 29794-5 0x44–0x47 over the face outline. */
  readonly luminance: LuminanceSummary;
  /** ISO/IEC 29794-5 0x48 DynamicRange raw value: entropy of the face luminance histogram, bits (0..8). */
  readonly entropyBits: number;
  /** ISO/IEC 29794-5 0x43 on the halves of the lower face. */
  readonly illumination: IlluminationUniformity;
  readonly sharpness: LaplacianSharpness;
}

/** Fewer face pixels than this (a face of about 20 × 20 px, or an outline off the image) give no statistics. */
export const FACE_STATS_MIN_PIXELS = 400;

/**
 * Statistics of the face in the source photo (RGBA as the browser decodes it; region in source pixels), or null
 * when too little of the face is in the image to measure. Like OFIQ, the luminance measures cover the whole
 * landmarked face region, eyes and brows included.
 */
export function faceImageStats(image: PixelBuffer, region: FaceRegion): FaceImageStats | null {
  assertPixelBuffer(image);
  const mask = regionMask(region.outline, image.width, image.height);
  if (mask.count < FACE_STATS_MIN_PIXELS) return null;
  const plane = luminancePlane(image, mask);
  const histogram = luminanceHistogram(plane, mask);
  return {
    facePixels: mask.count,
    luminance: luminanceSummary(histogram),
    entropyBits: histogramEntropy(histogram),
    illumination: illuminationUniformity(plane, mask, region),
    sharpness: laplacianSharpness(image, region.outline, mask),
  };
}
