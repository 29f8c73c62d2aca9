import { describe, expect, it } from 'vitest';
import { editableRanges, OUT_OF_TOLERANCE_REACH_MM, toleranceRanges } from '../../../src/core/crop/adjustment-ranges';
import { recommendedAdjustments } from '../../../src/core/crop/adjustments';
import { displayToOutputPx } from '../../../src/core/crop/display-mapping';
import { dragAdjustments, FACE_HEIGHT_MM_PER_WHEEL_PX, pinchFaceHeight, wheelFaceHeight } from '../../../src/core/crop/drag-adjustments';
import { LARGE_STEP_MULTIPLIER, nudgeAdjustment, snapToStep } from '../../../src/core/crop/nudge-adjustment';
import { parseAdjustmentInput } from '../../../src/core/crop/parse-adjustment-input';
import { previewPlan, scaleCropPlan } from '../../../src/core/crop/preview-plan';
import { solveCrop } from '../../../src/core/crop/solve-crop';
import { apply } from '../../../src/core/geometry';
import { mm, mmToPx, OUTPUT_DPI } from '../../../src/core/units';
import { findProducibleSpec } from '../../../src/specs';
import { faceFixture } from '../../specs/fixtures/face-fixture';

/** Stepped values are snapped to 0.1 and cleaned of binary noise, so they compare exactly. */
const EXACT = 0;
/** Pixel maps are float arithmetic. */
const EXACT_PX = 1e-9;

const spec = findProducibleSpec('jp-passport')!; // top 2–6, face 32–36, centring ±2
const mid = recommendedAdjustments(spec);
const px = (lengthMm: number) => mmToPx(mm(lengthMm), OUTPUT_DPI);

describe('keyboard steps', () => {
  it.each([
    { name: 'up one step', start: 4, steps: 1, want: 4.1 },
    { name: 'Shift: ten steps', start: 4, steps: LARGE_STEP_MULTIPLIER, want: 5 },
    { name: 'down three times from 2.3 without drift', start: 2.3, steps: -3, want: 2 },
    { name: 'stops at the tolerance', start: 5.95, steps: LARGE_STEP_MULTIPLIER, want: 6 },
    { name: 'stops at the minimum', start: 2.05, steps: -LARGE_STEP_MULTIPLIER, want: 2 },
    { name: 'from outside the tolerance, steps back in', start: 7.5, steps: -1, want: 7.4 },
    { name: 'from outside the tolerance, not further out', start: 7.5, steps: 1, want: 7.5 },
  ])('top margin $name', ({ start, steps, want }) => {
    const patch = nudgeAdjustment(spec, { ...mid, topMarginMm: start }, 'topMarginMm', steps);
    expect(Math.abs(patch.topMarginMm! - want)).toBeLessThanOrEqual(EXACT);
  });

  it('0.1 + 0.2 is 0.3 in the read-outs', () => {
    expect(snapToStep(0.1 + 0.2, 0.1)).toBe(0.3);
    expect(snapToStep(33.25, 0.1)).toBe(33.3);
  });

  it('rotation steps in 0.1° within ±10°', () => {
    expect(nudgeAdjustment(spec, mid, 'rotateDeg', -1).rotateDeg).toBe(-0.1);
    expect(nudgeAdjustment(spec, { ...mid, rotateDeg: 9.5 }, 'rotateDeg', LARGE_STEP_MULTIPLIER).rotateDeg).toBe(10);
  });
});

describe('direct manipulation', () => {
  it('dragging the photo down and right by 1.5 mm and 0.7 mm moves the crown and the face centre with it', () => {
    const patch = dragAdjustments(spec, mid, { x: 100, y: 100 }, { x: 100 + px(0.7), y: 100 + px(1.5) }, OUTPUT_DPI);
    expect(patch).toEqual({ topMarginMm: mid.topMarginMm + 1.5, offsetXMm: 0.7 });
  });

  it('a drag snaps to 0.1 mm and cannot leave the tolerance', () => {
    const patch = dragAdjustments(spec, mid, { x: 0, y: 0 }, { x: -px(9), y: px(0.26) }, OUTPUT_DPI);
    expect(patch).toEqual({ topMarginMm: 4.3, offsetXMm: -2 });
  });

  it('the wheel: one notch up (−100 px) grows the face by 0.5 mm, and stops at the tolerance', () => {
    expect(wheelFaceHeight(spec, mid, -100).faceHeightMm).toBe(mid.faceHeightMm + 100 * FACE_HEIGHT_MM_PER_WHEEL_PX);
    expect(wheelFaceHeight(spec, mid, 100_000).faceHeightMm).toBe(toleranceRanges(spec).faceHeightMm.min);
  });

  it('pinching the fingers 5 % apart grows the face 5 %', () => {
    const start = { ...mid, faceHeightMm: 32 };
    const patch = pinchFaceHeight(spec, start, [{ x: 0, y: 0 }, { x: 200, y: 0 }], [{ x: -5, y: 0 }, { x: 205, y: 0 }]);
    expect(patch.faceHeightMm).toBe(33.6);
    expect(pinchFaceHeight(spec, start, [{ x: 1, y: 1 }, { x: 1, y: 1 }], [{ x: 0, y: 0 }, { x: 9, y: 9 }])).toEqual({});
  });

  it('maps a pointer on the shown photo to output px, at any zoom', () => {
    const plan = solveCrop(spec, faceFixture(), mid);
    const rect = { left: 40, top: 100, width: 350, height: 450 };
    const p = displayToOutputPx(plan, rect, { x: 40 + 175, y: 100 + 450 });
    expect(Math.abs(p.x - plan.outputWidthPx / 2)).toBeLessThan(EXACT_PX);
    expect(Math.abs(p.y - plan.outputHeightPx)).toBeLessThan(EXACT_PX);
  });
});

describe('typed values', () => {
  it.each([
    { text: '33.5', want: 33.5 },
    { text: '３３．５', want: 33.5 },
    { text: ' 33,46 ', want: 33.5 },
    { text: '35', want: 35 },
    { text: `${36 + OUT_OF_TOLERANCE_REACH_MM}`, want: 36 + OUT_OF_TOLERANCE_REACH_MM },
  ])('face height "$text" → $want', ({ text, want }) => {
    expect(parseAdjustmentInput(spec, 'faceHeightMm', text)).toEqual({ ok: true, value: want });
  });

  it.each([
    { field: 'faceHeightMm' as const, text: '', reason: 'not-a-number' },
    { field: 'faceHeightMm' as const, text: '3e1', reason: 'not-a-number' },
    { field: 'faceHeightMm' as const, text: 'abc', reason: 'not-a-number' },
    { field: 'faceHeightMm' as const, text: '45', reason: 'out-of-reach' },
    { field: 'topMarginMm' as const, text: '-0.5', reason: 'out-of-reach' },
  ])('$field "$text" is refused ($reason)', ({ field, text, reason }) => {
    const parsed = parseAdjustmentInput(spec, field, text);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) {
      expect(parsed.reason).toBe(reason);
      expect(parsed.range).toEqual(editableRanges(spec)[field]);
    }
  });

  it('offsets take a typographic or full-width minus', () => {
    expect(parseAdjustmentInput(spec, 'offsetXMm', '\u22121.2')).toEqual({ ok: true, value: -1.2 });
    expect(parseAdjustmentInput(spec, 'offsetXMm', '－０．３')).toEqual({ ok: true, value: -0.3 });
  });

  it('editable ranges widen the tolerance by the reach, never below a zero margin', () => {
    const r = editableRanges(spec);
    expect(r.topMarginMm).toEqual({ min: 0, max: 6 + OUT_OF_TOLERANCE_REACH_MM });
    expect(r.faceHeightMm).toEqual({ min: 32 - OUT_OF_TOLERANCE_REACH_MM, max: 36 + OUT_OF_TOLERANCE_REACH_MM });
    expect(r.rotateDeg).toEqual(toleranceRanges(spec).rotateDeg);
  });
});

describe('preview plan', () => {
  const plan = solveCrop(spec, faceFixture({ rollDeg: 3 }), mid);

  it('draws the same picture at the shown size: every source point lands at the same share of the photo', () => {
    const small = scaleCropPlan(plan, 400);
    const k = 400 / plan.outputWidthPx;
    expect(small.outputWidthPx).toBe(400);
    expect(small.outputHeightPx).toBe(Math.round(plan.outputHeightPx * k));
    for (const p of [{ x: 0, y: 0 }, { x: 1234, y: 2345 }, { x: 3000, y: 4000 }]) {
      const a = apply(plan.sourceToOutput, p);
      const b = apply(small.sourceToOutput, p);
      expect(Math.abs(b.x - a.x * k)).toBeLessThan(EXACT_PX);
      expect(Math.abs(b.y - a.y * k)).toBeLessThan(EXACT_PX);
    }
    expect(small.scale).toBeCloseTo(plan.scale * k, 12);
    // The figures in mm do not change with the drawing size.
    expect(small.topMarginMm).toBe(plan.topMarginMm);
  });

  it('uses the exact output when the screen has as many pixels (a 3× phone)', () => {
    expect(previewPlan(plan, 300, 3)).toBe(plan);
    expect(previewPlan(plan, 400, 1).outputWidthPx).toBe(400);
    expect(previewPlan(plan, 400, 1.5).outputWidthPx).toBe(600);
  });
});
