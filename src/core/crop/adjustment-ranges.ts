import type { PhotoSpec } from '../photo-spec';
import { inRange, type Range } from '../units';
import type { Adjustments } from './adjustments';

/*
 * The two ranges an adjustment lives in, one owner for both. The tolerance is the document's: what a compliant
 * photo may have (the sliders' track, the drags, the wheel, the batch check). The editable range is the editor's:
 * the tolerance widened so a number typed past it is shown, in red, instead of refused.
 */

/**
 * A head still tilted after auto-levelling is a few degrees off at most; beyond this the photo itself is the
 * problem (ICAO allows ±8° of roll in the source), so the control stops here.
 */
export const MAX_EXTRA_ROTATION_DEG = 10;

/**
 * How far past the tolerance a typed value may go. The sliders, drags and the wheel stay inside the tolerance;
 * a number typed beyond it is shown (in red) so the user sees why it is refused, up to this far; further is a typo.
 */
export const OUT_OF_TOLERANCE_REACH_MM = 3;

/** A face under this height has no scale worth drawing (the solver needs crown above chin). */
const MIN_FACE_HEIGHT_MM = 1;

/**
 * The spec's tolerance for each adjustment: the sliders' bounds and the batch check. Rotation has no tolerance in
 * the spec; its range is the sanity limit MAX_EXTRA_ROTATION_DEG.
 */
export function toleranceRanges(spec: PhotoSpec): Record<keyof Adjustments, Range> {
  return {
    topMarginMm: spec.topMarginMm,
    faceHeightMm: spec.faceHeightMm,
    offsetXMm: { min: -spec.centringToleranceMm, max: spec.centringToleranceMm },
    rotateDeg: { min: -MAX_EXTRA_ROTATION_DEG, max: MAX_EXTRA_ROTATION_DEG },
  };
}

/** What the number fields accept: the tolerance widened by OUT_OF_TOLERANCE_REACH_MM, never a negative margin. */
export function editableRanges(spec: PhotoSpec): Record<keyof Adjustments, Range> {
  const tolerance = toleranceRanges(spec);
  const widen = (r: Range, floor: number): Range => ({
    min: Math.max(floor, r.min - OUT_OF_TOLERANCE_REACH_MM),
    max: r.max + OUT_OF_TOLERANCE_REACH_MM,
  });
  return {
    topMarginMm: widen(tolerance.topMarginMm, 0),
    faceHeightMm: widen(tolerance.faceHeightMm, MIN_FACE_HEIGHT_MM),
    offsetXMm: widen(tolerance.offsetXMm, -spec.widthMm / 2),
    // Not widened: its range is a sanity limit, not a tolerance to type past.
    rotateDeg: tolerance.rotateDeg,
  };
}

/** The ranges an edit is held to: the spec's tolerance (sliders, arrow keys) or the wider editable one (typed values). */
export function rangesWithin(spec: PhotoSpec, within: 'tolerance' | 'editable'): Record<keyof Adjustments, Range> {
  return within === 'tolerance' ? toleranceRanges(spec) : editableRanges(spec);
}

export interface OutsideTolerance {
  readonly field: keyof Adjustments;
  readonly value: number;
  readonly range: Range;
}

/** Adjustments outside the spec's tolerance; floating-point noise within `epsilon` is accepted. */
export function adjustmentsOutsideTolerance(spec: PhotoSpec, adjustments: Partial<Adjustments>, epsilon = 1e-9): OutsideTolerance[] {
  const ranges = toleranceRanges(spec);
  const out: OutsideTolerance[] = [];
  for (const field of Object.keys(ranges) as (keyof Adjustments)[]) {
    const value = adjustments[field];
    if (value !== undefined && !inRange(value, ranges[field], epsilon)) out.push({ field, value, range: ranges[field] });
  }
  return out;
}
