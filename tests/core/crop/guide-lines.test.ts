import { describe, expect, it } from 'vitest';
import { recommendedAdjustments } from '../../../src/core/crop/adjustments';
import { GUIDE_TOLERANCE_MM, guideLines, horizontalGuide } from '../../../src/core/crop/guide-lines';
import { solveCrop } from '../../../src/core/crop/solve-crop';
import { mm, mmToPx, OUTPUT_DPI } from '../../../src/core/units';
import type { PhotoSpec } from '../../../src/core/photo-spec';
import { requireSpec } from '../../helpers/require-spec';
import { faceFixture } from '../../specs/fixtures/face-fixture';

/** Guide positions are the plan's own numbers: anything beyond float noise is a bug. */
const EXACT_PX = 1e-6;
const EXACT_MM = 1e-9;

const spec = (id: string): PhotoSpec => requireSpec(id);

const px = (lengthMm: number) => mmToPx(mm(lengthMm), OUTPUT_DPI);

describe('guideLines', () => {
  const passport = spec('jp-passport'); // 35×45 mm, face 32–36, top 2–6, centring ±2 (MOFA)
  const face = faceFixture({ rollDeg: 4 });

  it('puts each line where the plan puts the face, and each band where the spec allows it', () => {
    const adjustments = { ...recommendedAdjustments(passport), topMarginMm: 3.3, faceHeightMm: 33.1, offsetXMm: -0.4 };
    const plan = solveCrop(passport, face, adjustments);
    const g = guideLines(passport, plan);
    const cases = [
      { name: 'crown', got: g.crown.px, want: px(3.3) },
      { name: 'chin', got: g.chin.px, want: px(3.3 + 33.1) },
      { name: 'eye line', got: g.eye.px, want: plan.eyeMidOutputPx.y },
      { name: 'face left', got: g.faceLeft.px, want: plan.faceLeftXOutputPx },
      { name: 'face right', got: g.faceRight.px, want: plan.faceRightXOutputPx },
      { name: 'face centre', got: g.faceCentre.px, want: plan.outputWidthPx / 2 - px(0.4) },
      { name: 'photo centre', got: g.photoCentre.px, want: plan.outputWidthPx / 2 },
      { name: 'crown band top', got: g.crownBand.startPx, want: px(2) },
      { name: 'crown band bottom', got: g.crownBand.endPx, want: px(6) },
      // The chin band follows the crown: crown + 32 mm … crown + 36 mm.
      { name: 'chin band top', got: g.chinBand.startPx, want: px(3.3 + 32) },
      { name: 'chin band bottom', got: g.chinBand.endPx, want: px(3.3 + 36) },
      { name: 'chin band size', got: g.chinBand.sizePx, want: px(4) },
    ];
    for (const c of cases) expect(Math.abs(c.got - c.want), c.name).toBeLessThan(EXACT_PX);
    expect(g.crown.mm).toBeCloseTo(3.3, 9);
    expect(g.chin.fraction).toBeCloseTo(g.chin.px / plan.outputHeightPx, 12);
    expect(g.faceCentre.fraction).toBeCloseTo(g.faceCentre.px / plan.outputWidthPx, 12);
    expect(g.eyeBand).toBeNull();
    expect([g.crown, g.chin, g.eye, g.faceCentre].every((l) => l.withinTolerance)).toBe(true);
  });

  it.each([
    { name: 'top margin 0.2 mm over', adjustments: { topMarginMm: 6.2 }, bad: ['crown'] },
    { name: 'top margin at the limit as displayed', adjustments: { topMarginMm: 6 + GUIDE_TOLERANCE_MM / 2 }, bad: [] },
    { name: 'face 0.3 mm short', adjustments: { faceHeightMm: 31.7 }, bad: ['chin'] },
    { name: 'face off centre by 2.5 mm', adjustments: { offsetXMm: 2.5 }, bad: ['faceCentre'] },
  ])('turns the line red outside the tolerance: $name', ({ adjustments, bad }) => {
    const plan = solveCrop(passport, face, { ...recommendedAdjustments(passport), ...adjustments });
    const g = guideLines(passport, plan);
    const red = (['crown', 'chin', 'eye', 'faceCentre'] as const).filter((k) => !g[k].withinTolerance);
    expect(red).toEqual(bad);
  });

  it('draws an eye band, measured from the bottom edge, where the rule sets an eye line', () => {
    const us = spec('us-passport');
    expect(us.eyeLineFromBottomMm).toBeDefined();
    const plan = solveCrop(us, face, recommendedAdjustments(us));
    const g = guideLines(us, plan);
    const range = us.eyeLineFromBottomMm!;
    expect(Math.abs(g.eyeBand!.startPx - (plan.outputHeightPx - px(range.max)))).toBeLessThan(EXACT_PX);
    expect(Math.abs(g.eyeBand!.endPx - (plan.outputHeightPx - px(range.min)))).toBeLessThan(EXACT_PX);
    expect(g.eye.withinTolerance).toBe(plan.eyeLineFromBottomMm >= range.min - GUIDE_TOLERANCE_MM && plan.eyeLineFromBottomMm <= range.max + GUIDE_TOLERANCE_MM);
  });

  it('a horizontal guide at any row reports its mm from the top edge and its share of the height', () => {
    const plan = solveCrop(passport, face, recommendedAdjustments(passport));
    const line = horizontalGuide(plan, px(12.5), true);
    expect(Math.abs(line.mm - 12.5)).toBeLessThan(EXACT_MM);
    expect(line.fraction).toBeCloseTo(px(12.5) / plan.outputHeightPx, 12);
  });
});
