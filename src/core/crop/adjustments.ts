import type { PhotoSpec } from '../photo-spec';
import { midpoint } from '../units';

/**
 * The user's choice of where the face sits in the photo. Every length is on the printed photo, in mm.
 * The recommended choice is the midpoint of each tolerance in the spec. Plain numbers: the sliders, the number
 * fields and the batch command make them; solveCrop brands them as millimetres (units.ts) where it reads them.
 */
export interface Adjustments {
  /** Top edge to crown. */
  readonly topMarginMm: number;
  /** Crown to chin; sets the scale. */
  readonly faceHeightMm: number;
  /** Face centre line right of the photo's centre line (negative: left). */
  readonly offsetXMm: number;
  /** Extra rotation after the eyes have been levelled, clockwise positive. */
  readonly rotateDeg: number;
}

export function recommendedAdjustments(spec: PhotoSpec): Adjustments {
  return {
    topMarginMm: midpoint(spec.topMarginMm),
    faceHeightMm: midpoint(spec.faceHeightMm),
    offsetXMm: 0,
    rotateDeg: 0,
  };
}
