import { describe, expect, it } from 'vitest';
import {
  rangesWithin,
  adjustmentsOutsideTolerance,
  editableRanges,
  MAX_EXTRA_ROTATION_DEG,
  toleranceRanges,
} from '../../../src/core/crop/adjustment-ranges';
import { recommendedAdjustments } from '../../../src/core/crop/adjustments';
import { inRange } from '../../../src/core/units';
import { requireSpec } from '../../helpers/require-spec';

const spec = requireSpec('jp-passport'); // top 2–6, face 32–36, centring ±2

describe('adjustment ranges: the tolerance (the document) inside the editable range (the editor)', () => {
  it("the tolerance is the spec's, rotation a sanity limit", () => {
    expect(toleranceRanges(spec)).toEqual({
      topMarginMm: { min: 2, max: 6 },
      faceHeightMm: { min: 32, max: 36 },
      offsetXMm: { min: -2, max: 2 },
      rotateDeg: { min: -MAX_EXTRA_ROTATION_DEG, max: MAX_EXTRA_ROTATION_DEG },
    });
  });

  it('every tolerance lies inside its editable range, and the recommended values inside the tolerance', () => {
    const tolerance = toleranceRanges(spec);
    const editable = editableRanges(spec);
    const recommended = recommendedAdjustments(spec);
    for (const field of Object.keys(tolerance) as (keyof typeof tolerance)[]) {
      expect(editable[field].min).toBeLessThanOrEqual(tolerance[field].min);
      expect(editable[field].max).toBeGreaterThanOrEqual(tolerance[field].max);
      expect(inRange(recommended[field], tolerance[field])).toBe(true);
    }
  });

  it.each([
    { name: 'the recommended values', adjustments: recommendedAdjustments(spec), fields: [] },
    { name: 'the ends of the tolerance', adjustments: { topMarginMm: 2, faceHeightMm: 36, offsetXMm: -2 }, fields: [] },
    { name: 'floating-point noise at an end', adjustments: { faceHeightMm: 36 + 1e-12 }, fields: [] },
    { name: 'a face typed past the tolerance', adjustments: { faceHeightMm: 36.1 }, fields: ['faceHeightMm'] },
    { name: 'two fields out', adjustments: { topMarginMm: 1.9, offsetXMm: 2.5, rotateDeg: 0 }, fields: ['topMarginMm', 'offsetXMm'] },
  ])('outside the tolerance: $name → $fields', ({ adjustments, fields }) => {
    const out = adjustmentsOutsideTolerance(spec, adjustments);
    expect(out.map((o) => o.field)).toEqual(fields);
    for (const o of out) expect(o.range).toEqual(toleranceRanges(spec)[o.field]);
  });
});

describe('rangesWithin: the range an edit is held to', () => {
  it('gives the tolerance for sliders and keys, the editable range for typed values', () => {
    expect(rangesWithin(spec, 'tolerance')).toEqual(toleranceRanges(spec));
    expect(rangesWithin(spec, 'editable')).toEqual(editableRanges(spec));
    expect(rangesWithin(spec, 'editable').faceHeightMm.max).toBeGreaterThan(rangesWithin(spec, 'tolerance').faceHeightMm.max);
  });
});
