import { describe, expect, it } from 'vitest';
import { cropOutlineInSource } from '../../../src/core/compliance/crop-outline-in-source';
import { solveCrop } from '../../../src/core/crop/solve-crop';
import { apply } from '../../../src/core/geometry';
import { FACE, PLAN, SPEC } from './make-input';

describe('cropOutlineInSource', () => {
  it('maps the output corners back to the source', () => {
    // PLAN: output = 0.5 · source + (−336.5, −355).
    expect(cropOutlineInSource(PLAN)).toEqual([
      { x: 673, y: 710 },
      { x: 673 + 2 * 827, y: 710 },
      { x: 673 + 2 * 827, y: 710 + 2 * 1063 },
      { x: 673, y: 710 + 2 * 1063 },
    ]);
  });

  it('round-trips a rotated plan from the solver', () => {
    const plan = solveCrop(SPEC, { ...FACE, rollDeg: 7 }, { topMarginMm: 4, faceHeightMm: 34, offsetXMm: 0, rotateDeg: 0 });
    const [topLeft, , bottomRight] = cropOutlineInSource(plan).map((p) => apply(plan.sourceToOutput, p));
    expect(topLeft?.x).toBeCloseTo(0, 6);
    expect(topLeft?.y).toBeCloseTo(0, 6);
    expect(bottomRight?.x).toBeCloseTo(plan.outputWidthPx, 6);
    expect(bottomRight?.y).toBeCloseTo(plan.outputHeightPx, 6);
  });
});
