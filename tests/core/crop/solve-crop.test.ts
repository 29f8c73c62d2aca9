import { describe, expect, it } from 'vitest';
import { recommendedAdjustments, type Adjustments } from '../../../src/core/crop/adjustments';
import { solveCrop } from '../../../src/core/crop/solve-crop';
import { apply } from '../../../src/core/geometry';
import type { PhotoSpec } from '../../../src/core/photo-spec';
import { requireSpec } from '../../helpers/require-spec';
import { syntheticFace } from '../../helpers/synthetic-face';

/** The solver is exact arithmetic: anything beyond float noise is a bug. */
const EXACT_MM = 1e-6;
const EXACT_PX = 1e-6;

const spec = (id: string): PhotoSpec => requireSpec(id);

const face = syntheticFace;

const FACES = [
  { name: 'frontal, large', f: face({ cx: 1000, cy: 1100, eyeGapPx: 260, crownAboveEyesPx: 520, chinBelowEyesPx: 560, rollDeg: 0 }) },
  { name: 'tilted 6° clockwise', f: face({ cx: 900, cy: 1000, eyeGapPx: 200, crownAboveEyesPx: 400, chinBelowEyesPx: 430, rollDeg: 6 }) },
  { name: 'tilted 9° anticlockwise', f: face({ cx: 1100, cy: 1300, eyeGapPx: 180, crownAboveEyesPx: 330, chinBelowEyesPx: 390, rollDeg: -9 }) },
  { name: 'small face off to the left', f: face({ cx: 400, cy: 700, eyeGapPx: 60, crownAboveEyesPx: 120, chinBelowEyesPx: 130, rollDeg: 2 }) },
  { name: 'tiny source (225×275)', f: face({ cx: 112, cy: 120, eyeGapPx: 40, crownAboveEyesPx: 80, chinBelowEyesPx: 85, rollDeg: -1.5, sourceW: 225, sourceH: 275 }) },
];
const SPECS = ['jp-residence-card', 'jp-passport', 'jp-my-number-card'];

describe('solveCrop at the recommended adjustments', () => {
  for (const id of SPECS) {
    for (const { name, f } of FACES) {
      it(`${id} · ${name}: lands at every midpoint`, () => {
        const s = spec(id);
        const plan = solveCrop(s, f, recommendedAdjustments(s));
        expect(plan.outputWidthPx).toBe(Math.round((s.widthMm / 25.4) * 600));
        expect(plan.outputHeightPx).toBe(Math.round((s.heightMm / 25.4) * 600));
        expect(plan.faceHeightMm).toBeCloseTo((s.faceHeightMm.min + s.faceHeightMm.max) / 2, 6);
        expect(plan.topMarginMm).toBeCloseTo((s.topMarginMm.min + s.topMarginMm.max) / 2, 6);
        expect(Math.abs(plan.offsetXMm)).toBeLessThan(EXACT_MM);
        // Eyes level after the rotation.
        const l = apply(plan.sourceToOutput, f.eyeImageLeft);
        const r = apply(plan.sourceToOutput, f.eyeImageRight);
        expect(Math.abs(l.y - r.y)).toBeLessThan(EXACT_PX);
        // Crown straight above the chin.
        expect(Math.abs(plan.crownOutputPx.x - plan.chinOutputPx.x)).toBeLessThan(EXACT_PX);
      });
    }
  }
});

describe('solveCrop follows each adjustment exactly', () => {
  const s = spec('jp-passport');
  const f = FACES[1]!.f;
  const cases: { name: string; adj: Partial<Adjustments> }[] = [
    { name: 'top margin at min', adj: { topMarginMm: 2 } },
    { name: 'top margin at max', adj: { topMarginMm: 6 } },
    { name: 'face height at min', adj: { faceHeightMm: 32 } },
    { name: 'face height at max', adj: { faceHeightMm: 36 } },
    { name: 'offset 1.3 mm right', adj: { offsetXMm: 1.3 } },
    { name: 'offset 0.7 mm left', adj: { offsetXMm: -0.7 } },
    { name: 'all at 0.1 mm steps', adj: { topMarginMm: 3.7, faceHeightMm: 33.3, offsetXMm: 0.1 } },
  ];
  for (const { name, adj } of cases) {
    it(name, () => {
      const a = { ...recommendedAdjustments(s), ...adj };
      const plan = solveCrop(s, f, a);
      expect(Math.abs(plan.topMarginMm - a.topMarginMm)).toBeLessThan(EXACT_MM);
      expect(Math.abs(plan.faceHeightMm - a.faceHeightMm)).toBeLessThan(EXACT_MM);
      expect(Math.abs(plan.offsetXMm - a.offsetXMm)).toBeLessThan(EXACT_MM);
      expect(Math.abs(plan.chinToBottomMm - (s.heightMm - a.topMarginMm - a.faceHeightMm))).toBeLessThan(0.05);
    });
  }

  it('extra rotation turns the eye line by that angle', () => {
    const plan = solveCrop(s, f, { ...recommendedAdjustments(s), rotateDeg: 3 });
    const l = apply(plan.sourceToOutput, f.eyeImageLeft);
    const r = apply(plan.sourceToOutput, f.eyeImageRight);
    expect((Math.atan2(r.y - l.y, r.x - l.x) * 180) / Math.PI).toBeCloseTo(3, 6);
    expect(plan.rotationDeg).toBeCloseTo(-6 + 3, 9);
  });

  it('measures without hair where the spec says so', () => {
    const noHair: PhotoSpec = { ...s, faceHeightIncludesHair: false };
    const plan = solveCrop(noHair, f, recommendedAdjustments(noHair));
    expect(apply(plan.sourceToOutput, f.crownWithoutHair).y).toBeCloseTo((4 / 25.4) * 600, 6);
  });
});

describe('coverage and edges', () => {
  const s = spec('jp-residence-card');
  it('a face near the top of a tiny photo needs fill at the top and bottom', () => {
    const f = face({ cx: 112, cy: 60, eyeGapPx: 40, crownAboveEyesPx: 55, chinBelowEyesPx: 85, rollDeg: 0, sourceW: 225, sourceH: 275 });
    const plan = solveCrop(s, f, recommendedAdjustments(s));
    expect(plan.uncoveredEdges.top).toBe(true);
    expect(plan.sourceCoverage).toBeLessThan(1);
  });
  it('a small face in a big photo is fully covered', () => {
    const plan = solveCrop(s, FACES[3]!.f, recommendedAdjustments(s));
    expect(plan.sourceCoverage).toBe(1);
    expect(plan.uncoveredEdges).toEqual({ top: false, bottom: false, left: false, right: false });
  });
  it('refuses a chin above the crown', () => {
    const f = face({ cx: 500, cy: 500, eyeGapPx: 100, crownAboveEyesPx: -300, chinBelowEyesPx: -200, rollDeg: 0 });
    expect(() => solveCrop(s, f, recommendedAdjustments(s))).toThrow(/chin must be below the crown/);
  });
});
