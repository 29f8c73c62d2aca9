import type { PhotoSpec } from '../photo-spec';
import type { Range } from '../units';
import { adjustmentRanges } from './adjustment-ranges';
import type { Adjustments } from './adjustments';

/**
 * How far past the tolerance a typed value may go. The sliders, drags and the wheel stay inside the tolerance;
 * a number typed beyond it is shown (in red) so the user sees why it is refused, up to this far; further is a typo.
 */
export const OUT_OF_TOLERANCE_REACH_MM = 3;

/** A face under this height has no scale worth drawing (the solver needs crown above chin). */
const MIN_FACE_HEIGHT_MM = 1;

/** What the number fields accept: the tolerance widened by OUT_OF_TOLERANCE_REACH_MM, never a negative margin. */
export function editableRanges(spec: PhotoSpec): Record<keyof Adjustments, Range> {
  const tolerance = adjustmentRanges(spec);
  const widen = (r: Range, floor: number): Range => ({
    min: Math.max(floor, r.min - OUT_OF_TOLERANCE_REACH_MM),
    max: r.max + OUT_OF_TOLERANCE_REACH_MM,
  });
  return {
    topMarginMm: widen(tolerance.topMarginMm, 0),
    faceHeightMm: widen(tolerance.faceHeightMm, MIN_FACE_HEIGHT_MM),
    offsetXMm: widen(tolerance.offsetXMm, -spec.widthMm / 2),
    // Rotation has no tolerance in the spec: its range is already a sanity limit.
    rotateDeg: tolerance.rotateDeg,
  };
}
