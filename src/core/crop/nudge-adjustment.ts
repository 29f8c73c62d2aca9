import type { PhotoSpec } from '../photo-spec';
import type { Range } from '../units';
import { toleranceRanges } from './adjustment-ranges';
import type { Adjustments } from './adjustments';

/** The editor's resolution: 0.1 mm for lengths (≈ 2.4 px at 600 dpi, visible on the print) and 0.1° for rotation. */
export const ADJUSTMENT_STEP: Readonly<Record<keyof Adjustments, number>> = {
  topMarginMm: 0.1,
  faceHeightMm: 0.1,
  offsetXMm: 0.1,
  rotateDeg: 0.1,
};

/** Shift + arrow moves ten steps (1 mm), the usual coarse step of a slider. */
export const LARGE_STEP_MULTIPLIER = 10;

/** Decimals a stepped value keeps: rounding there removes binary noise (0.1 + 0.2 ≠ 0.3) from the read-outs. */
const STEP_DECIMALS = 6;

export function clampToRange(value: number, range: Range): number {
  return Math.min(Math.max(value, range.min), range.max);
}

/** The nearest multiple of `step` (3.27 → 3.3 at 0.1), free of floating-point noise. */
export function snapToStep(value: number, step: number): number {
  return Number((Math.round(value / step) * step).toFixed(STEP_DECIMALS));
}

/** A value for `field` snapped to its step and kept inside `range` (the tolerance unless told otherwise). */
export function snapAdjustment(spec: PhotoSpec, field: keyof Adjustments, value: number, range: Range = toleranceRanges(spec)[field]): number {
  return clampToRange(snapToStep(value, ADJUSTMENT_STEP[field]), range);
}

/**
 * One keyboard step: `steps` of the field's step (±1, or ±LARGE_STEP_MULTIPLIER with Shift). A value already
 * outside `range` (typed past the tolerance) may step back towards it but not further out.
 */
export function nudgeAdjustment(
  spec: PhotoSpec,
  adjustments: Adjustments,
  field: keyof Adjustments,
  steps: number,
  range: Range = toleranceRanges(spec)[field],
): Partial<Adjustments> {
  const current = adjustments[field];
  const next = snapToStep(current + steps * ADJUSTMENT_STEP[field], ADJUSTMENT_STEP[field]);
  const reach: Range = { min: Math.min(range.min, current), max: Math.max(range.max, current) };
  const moved = steps > 0 ? Math.max(current, clampToRange(next, reach)) : Math.min(current, clampToRange(next, reach));
  return { [field]: moved };
}
