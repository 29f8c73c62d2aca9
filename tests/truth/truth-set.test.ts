import { describe, expect, it } from 'vitest';
import { measureFace } from '../../src/core/face/measure-face';
import { poseTallies } from './pose-report';
import { runTruthSet } from './truth-report';
import { hasTruthFace, loadTruth, loadTruthFace } from './truth-set';

/**
 * The figures reached on the hand-marked truth set (tests/fixtures/truth.csv), replayed from the saved model
 * output with no model. Bounds are the measured figures rounded up by 0.01 mm: a change that makes the app agree
 * less with people fails here. `npm run bench` prints the full table.
 */
describe('truth set: measurements against hand-marked points', () => {
  const [before, now] = runTruthSet();

  it('has every photo marked and replayed', () => {
    expect(now?.chinErrors).toHaveLength(20);
    expect(now?.errors).toHaveLength(20);
  });

  it('reads the chin from the image closer to people than landmark 152 alone', () => {
    expect(before?.chin.medianMm).toBeGreaterThan(0.27);
    expect(now?.chin.medianMm).toBeLessThanOrEqual(0.16);
    expect(now?.chin.p90Mm).toBeLessThanOrEqual(0.41);
    expect(now?.chin.withinHalfMmShare).toBeGreaterThanOrEqual(0.9);
    expect(now?.chin.maxMm).toBeLessThanOrEqual(1.18);
  });

  it('places the skull (rules without hair) under the hand-marked hair top, and at it on the bald head', () => {
    // The head model alone (skull-crown.ts) sits above the hand-marked hair of the five short-haired or bald heads
    // by up to 0.09 of forehead-to-chin; the matte's hair top holds it down. In mm at a 34 mm hair-to-chin face.
    const aboveHairMm: Record<string, number> = {};
    for (const row of loadTruth()) {
      if (!hasTruthFace(row.stem)) continue;
      const t = loadTruthFace(row.stem);
      const face = measureFace(t.faces, t.photo, t.matte, { grey: t.grey });
      const r = (face.rollDeg * Math.PI) / 180;
      const along = (p: { x: number; y: number }): number => -Math.sin(r) * p.x + Math.cos(r) * p.y;
      const mmPerPx = 34 / (along(row.chin) - along(row.crown));
      aboveHairMm[row.stem] = (along(row.crown) - along(face.crownWithoutHair)) * mmPerPx;
    }
    expect(Object.keys(aboveHairMm)).toHaveLength(20);
    for (const [stem, mm] of Object.entries(aboveHairMm)) expect(mm, stem).toBeLessThanOrEqual(0.25);
    expect(Math.abs(aboveHairMm.H000324 ?? Infinity)).toBeLessThanOrEqual(0.25);
  });

  it('holds face height and top margin at the figures reached', () => {
    // Replayed with the head matte the app uses (issue 10). Landmark 152 alone (same crowns): median 0.29,
    // p90 0.70 mm, 60 % within ±0.5 mm.
    expect(now?.faceHeight.medianMm).toBeLessThanOrEqual(0.1);
    expect(now?.faceHeight.p90Mm).toBeLessThanOrEqual(0.57);
    expect(now?.faceHeight.withinHalfMmShare).toBeGreaterThanOrEqual(0.85);
    // The worst is a chin under a white beard (N000189), marked by hand to ±4 px only: no face off by 1.26 mm.
    expect(now?.faceHeight.maxMm).toBeLessThanOrEqual(1.26);
    // Crowns with wisps taken at the dense hair (find-crown.ts): median 0.09 → 0.08, max 0.30 → 0.22 mm.
    expect(now?.topMargin.medianMm).toBeLessThanOrEqual(0.09);
    expect(now?.topMargin.p90Mm).toBeLessThanOrEqual(0.18);
    expect(now?.topMargin.maxMm).toBeLessThanOrEqual(0.23);
  });
});

describe('honest doubt on the truth set', () => {
  const measured = loadTruth()
    .filter((r) => hasTruthFace(r.stem))
    .map((row) => {
      const t = loadTruthFace(row.stem);
      return { row, face: measureFace(t.faces, t.photo, t.matte, { grey: t.grey }) };
    });

  it('doubts every crown a person marked as blending into the background, and one clear crown', () => {
    const soft = measured.filter((m) => m.face.crownEdgeSoft).map((m) => m.row.stem);
    const blends = measured.filter((m) => m.row.crownConfidence === 'blends' && m.face.crownSource === 'matte').map((m) => m.row.stem);
    expect(blends).toEqual(['N000189', 'S001163', 'W000738']);
    // L000582's crisp quiff comes out soft in the 384 px head matte (crown-softness.ts): doubted without need.
    expect(soft).toEqual(['L000582', ...blends]);
  });

  it('doubts the chin under all three beards and on the dark, low-contrast chin, and on no clear chin', () => {
    const weak = measured.filter((m) => m.face.chinEdgeWeak).map((m) => `${m.row.stem}:${m.row.chinConfidence}`);
    // S000030's clear chin was doubted with the constants as first chosen by looking; not with the ones the
    // procedure in tests/truth/leave-one-out.ts chose together.
    expect(weak).toEqual(['H000324:beard', 'M001137:beard', 'N000189:beard', 'R000053:shadow']);
  });
});

describe('head pose against a person’s judgement', () => {
  const tally = (axis: string, judged: string) => poseTallies().find((t) => t.axis === axis && t.judged === judged);

  it('fails no portrait judged level or frontal (before: 4 of 31 level heads failed pitch)', () => {
    expect(tally('pitch', 'level')?.after.fail).toBe(0);
    expect(tally('yaw', 'frontal')?.after.fail).toBe(0);
    expect(tally('roll', 'level')?.after.fail).toBe(0);
  });

  it('fails the heads judged clearly tilted or raised', () => {
    // 3 portraits and 9 copies rotated on purpose (tests/fixtures/pose-faces) until the head is tilted ≥ 10°.
    expect(tally('roll', 'tilted')?.after).toEqual({ pass: 0, warn: 0, fail: 12 });
    expect(tally('pitch', 'raised')?.after.fail).toBe(1);
    expect(tally('yaw', 'turned')?.after.pass).toBe(0);
  });
});
