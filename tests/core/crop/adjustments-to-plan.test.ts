import { describe, expect, it } from 'vitest';
import { recommendedAdjustments, type Adjustments } from '../../../src/core/crop/adjustments';
import { toleranceRanges } from '../../../src/core/crop/adjustment-ranges';
import { solveCrop } from '../../../src/core/crop/solve-crop';
import { angleDeg, apply } from '../../../src/core/geometry';
import { mm, mmToPx } from '../../../src/core/units';
import { findProducibleSpec, producibleSpecs } from '../../../src/specs';
import { faceFixture } from '../../specs/fixtures/face-fixture';

/** The solver is exact arithmetic: a difference beyond float noise is a bug, not rounding. */
const EXACT_MM = 1e-9;
const EXACT_PX = 1e-6;
const EXACT_DEG = 1e-9;

const FACES = [
  { name: 'upright', face: faceFixture() },
  { name: 'tilted 6°, small in the frame', face: faceFixture({ rollDeg: 6, faceHeightPx: 700 }) },
  { name: 'tilted −8°, large', face: faceFixture({ rollDeg: -8, faceHeightPx: 1800 }) },
];

/** Every corner of the tolerance, 0.1 mm steps off the midpoints, and extra rotation either way. */
function adjustmentCases(id: string): { name: string; adjustments: Adjustments }[] {
  const spec = findProducibleSpec(id)!;
  const r = toleranceRanges(spec);
  const mid = recommendedAdjustments(spec);
  return [
    { name: 'midpoints', adjustments: mid },
    { name: 'top and face at their minimum, far left', adjustments: { topMarginMm: r.topMarginMm.min, faceHeightMm: r.faceHeightMm.min, offsetXMm: r.offsetXMm.min, rotateDeg: 0 } },
    { name: 'top and face at their maximum, far right', adjustments: { topMarginMm: r.topMarginMm.max, faceHeightMm: r.faceHeightMm.max, offsetXMm: r.offsetXMm.max, rotateDeg: 0 } },
    { name: '0.1 mm steps off the midpoints', adjustments: { ...mid, topMarginMm: mid.topMarginMm + 0.1, faceHeightMm: mid.faceHeightMm - 0.3, offsetXMm: 0.1 } },
    { name: 'rotated 2.5° clockwise', adjustments: { ...mid, rotateDeg: 2.5 } },
    { name: 'rotated 10° anticlockwise, offset 1.2 mm left', adjustments: { ...mid, rotateDeg: -10, offsetXMm: -1.2 } },
  ];
}

const SPEC_IDS = ['jp-residence-card', 'jp-passport', 'jp-drivers-licence', 'us-passport', 'kr-passport'].filter((id) => findProducibleSpec(id));

describe.each(SPEC_IDS)('adjustments map to the crop plan exactly: %s', (id) => {
  const spec = findProducibleSpec(id)!;
  describe.each(FACES)('$name face', ({ face }) => {
    it.each(adjustmentCases(id))('$name', ({ adjustments }) => {
      const plan = solveCrop(spec, face, adjustments);
      // The figures the read-outs show are the figures the user set.
      expect(Math.abs(plan.topMarginMm - adjustments.topMarginMm)).toBeLessThan(EXACT_MM);
      expect(Math.abs(plan.faceHeightMm - adjustments.faceHeightMm)).toBeLessThan(EXACT_MM);
      expect(Math.abs(plan.offsetXMm - adjustments.offsetXMm)).toBeLessThan(EXACT_MM);
      // And the pixels agree: crown row, chin row and face centre column at 600 dpi.
      expect(Math.abs(plan.crownOutputPx.y - mmToPx(mm(adjustments.topMarginMm), plan.dpi))).toBeLessThan(EXACT_PX);
      expect(Math.abs(plan.chinOutputPx.y - mmToPx(mm(adjustments.topMarginMm + adjustments.faceHeightMm), plan.dpi))).toBeLessThan(EXACT_PX);
      expect(Math.abs(plan.faceCentreXOutputPx - (plan.outputWidthPx / 2 + mmToPx(mm(adjustments.offsetXMm), plan.dpi)))).toBeLessThan(EXACT_PX);
      // The eyes are level, then turned by exactly the user's extra rotation.
      const eyeAngle = angleDeg(apply(plan.sourceToOutput, face.eyeImageLeft), apply(plan.sourceToOutput, face.eyeImageRight));
      expect(Math.abs(eyeAngle - adjustments.rotateDeg)).toBeLessThan(EXACT_DEG);
    });
  });
});

describe('every producible spec: the recommended adjustments lie inside the ranges the editor offers', () => {
  it.each(producibleSpecs.map((s) => [s.id, s] as const))('%s', (_id, spec) => {
    const r = toleranceRanges(spec);
    const a = recommendedAdjustments(spec);
    for (const field of Object.keys(r) as (keyof Adjustments)[]) {
      expect(a[field]).toBeGreaterThanOrEqual(r[field].min);
      expect(a[field]).toBeLessThanOrEqual(r[field].max);
    }
  });
});
