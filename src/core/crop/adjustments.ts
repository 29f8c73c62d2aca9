import type { PhotoSpec } from '../photo-spec';
import { midpoint, type Mm } from '../units';

/**
 * The user's choice of where the face sits in the photo. Every length is on the printed photo, in mm.
 * The recommended choice is the midpoint of each tolerance in the spec.
 */
export interface Adjustments {
  /** Top edge to crown. */
  readonly topMarginMm: Mm;
  /** Crown to chin; sets the scale. */
  readonly faceHeightMm: Mm;
  /** Face centre line right of the photo's centre line (negative: left). */
  readonly offsetXMm: Mm;
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
