import type { Point } from '../geometry';
import type { FaceRegion } from './face-region';
import { histogramIntersection } from './histogram-intersection';
import { LEVELS } from './ofiq-luminance';
import type { RegionMask } from './region-mask';

/**
 * Histogram bins for the two halves. OFIQ uses 256 on cheek patches of its 616 px aligned face; a half of a
 * phone-photo face can hold only a few thousand pixels, and at 256 bins the intersection of two evenly lit
 * halves then mostly measures sampling noise. 32 bins (8 levels each) keep a side shadow, which moves the
 * histogram by tens of levels, plainly visible.
 */
export const ILLUMINATION_BINS = 32;

export type FaceSide = 'image-left' | 'image-right';

/** ISO/IEC 29794-5 IlluminationUniformity (0x43) on the two halves of the lower face. */
export interface IlluminationUniformity {
  /** Histogram intersection of the halves' luminance, 0 (one half in shadow) .. 1 (identical light). */
  readonly intersection: number;
  /** The half with the lower mean luminance. */
  readonly darkerSide: FaceSide;
  /** Mean luminance of the brighter half minus the darker, 0..1. */
  readonly meanDifference: number;
  /** Pixels measured on each half. */
  readonly leftPixels: number;
  readonly rightPixels: number;
}

/**
 * Splits the face mask along the face's midline (eye midpoint → chin) and compares the two halves below the eye
 * line; `plane` holds the OFIQ luminance of the mask's pixels (luminancePlane). Like OFIQ's cheek zones, which
 * start half the eye–mouth distance below the eyes, this leaves out the forehead, where a fringe of hair falls to
 * one side and would read as a shadow.
 */
export function illuminationUniformity(plane: Uint8Array, mask: RegionMask, region: FaceRegion): IlluminationUniformity {
  const mid: Point = { x: (region.eyeImageLeft.x + region.eyeImageRight.x) / 2, y: (region.eyeImageLeft.y + region.eyeImageRight.y) / 2 };
  const axisX = region.chin.x - mid.x;
  const axisY = region.chin.y - mid.y;
  const eyeX = region.eyeImageRight.x - region.eyeImageLeft.x;
  const eyeY = region.eyeImageRight.y - region.eyeImageLeft.y;
  const left = new Uint32Array(ILLUMINATION_BINS);
  const right = new Uint32Array(ILLUMINATION_BINS);
  const levelsPerBin = LEVELS / ILLUMINATION_BINS;
  let leftSum = 0;
  let rightSum = 0;
  let leftPixels = 0;
  let rightPixels = 0;
  for (let row = 0; row < mask.height; row++) {
    const py = mask.y0 + row + 0.5 - mid.y;
    for (let col = 0; col < mask.width; col++) {
      if (mask.inside[row * mask.width + col] === 0) continue;
      const px = mask.x0 + col + 0.5 - mid.x;
      // Below the eye line: on the chin's side of the line through the eye midpoint along the eyes.
      if (eyeX * py - eyeY * px <= 0) continue;
      const level = plane[row * mask.width + col] as number;
      const bin = Math.floor(level / levelsPerBin);
      // Cross product of the midline (downwards) with the pixel: positive on the image-left side.
      if (axisX * py - axisY * px > 0) {
        left[bin]! += 1;
        leftSum += level;
        leftPixels++;
      } else {
        right[bin]! += 1;
        rightSum += level;
        rightPixels++;
      }
    }
  }
  const top = LEVELS - 1;
  const leftMean = leftPixels > 0 ? leftSum / leftPixels / top : 0;
  const rightMean = rightPixels > 0 ? rightSum / rightPixels / top : 0;
  return {
    intersection: histogramIntersection(left, right),
    darkerSide: leftMean < rightMean ? 'image-left' : 'image-right',
    meanDifference: Math.abs(leftMean - rightMean),
    leftPixels,
    rightPixels,
  };
}
