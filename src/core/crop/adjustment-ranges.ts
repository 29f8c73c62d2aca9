import type { PhotoSpec } from '../photo-spec';
import { inRange, type Range } from '../units';
import type { Adjustments } from './adjustments';

/**
 * A head still tilted after auto-levelling is a few degrees off at most; beyond this the photo itself is the
 * problem (ICAO allows ±8° of roll in the source), so the control stops here.
 */
export const MAX_EXTRA_ROTATION_DEG = 10;

/** The range inside the spec's tolerance for each adjustment: the sliders' bounds and the batch check. */
export function adjustmentRanges(spec: PhotoSpec): Record<keyof Adjustments, Range> {
  return {
    topMarginMm: spec.topMarginMm,
    faceHeightMm: spec.faceHeightMm,
    offsetXMm: { min: -spec.centringToleranceMm, max: spec.centringToleranceMm },
    rotateDeg: { min: -MAX_EXTRA_ROTATION_DEG, max: MAX_EXTRA_ROTATION_DEG },
  };
}

export interface OutOfRange {
  readonly field: keyof Adjustments;
  readonly value: number;
  readonly range: Range;
}

/** Adjustments outside the spec's tolerance; floating-point noise within `epsilon` is accepted. */
export function adjustmentsOutOfRange(spec: PhotoSpec, adjustments: Partial<Adjustments>, epsilon = 1e-9): OutOfRange[] {
  const ranges = adjustmentRanges(spec);
  const out: OutOfRange[] = [];
  for (const field of Object.keys(ranges) as (keyof Adjustments)[]) {
    const value = adjustments[field];
    if (value !== undefined && !inRange(value, ranges[field], epsilon)) out.push({ field, value, range: ranges[field] });
  }
  return out;
}
