import { describe, expect, it } from 'vitest';
import { recommendedAdjustments } from '../../../src/core/crop/adjustments';
import { clampMarkerY, markerCorrection, MIN_MARKER_GAP_MM, nudgeMarker } from '../../../src/core/crop/marker-correction';
import { solveCrop } from '../../../src/core/crop/solve-crop';
import { applyCorrections } from '../../../src/core/face/apply-corrections';
import { apply } from '../../../src/core/geometry';
import { mm, mmToPx, OUTPUT_DPI } from '../../../src/core/units';
import { findProducibleSpec } from '../../../src/specs';
import { faceFixture } from '../../specs/fixtures/face-fixture';

/** Inverting the plan's affine and mapping forward again must land on the same output pixel (float noise only). */
const ROUND_TRIP_PX = 1e-6;
const EXACT_MM = 1e-9;

const spec = findProducibleSpec('jp-passport')!;
const px = (lengthMm: number) => mmToPx(mm(lengthMm), OUTPUT_DPI);

describe.each([
  { name: 'upright', face: faceFixture() },
  { name: 'tilted 7°', face: faceFixture({ rollDeg: 7, faceHeightPx: 900 }) },
])('marker correction, $name face', ({ face }) => {
  const adjustments = { ...recommendedAdjustments(spec), rotateDeg: 1.5 };
  const plan = solveCrop(spec, face, adjustments);

  it.each([
    { marker: 'chin' as const, deltaMm: 1.5 },
    { marker: 'chin' as const, deltaMm: -2 },
    { marker: 'crown' as const, deltaMm: -1.2 },
    { marker: 'crown' as const, deltaMm: 0.8 },
  ])('$marker moved $deltaMm mm: the source point lies under the marker, on the same vertical', ({ marker, deltaMm }) => {
    const before = marker === 'crown' ? plan.crownOutputPx : plan.chinOutputPx;
    const targetY = before.y + px(deltaMm);
    const source = markerCorrection(plan, marker, targetY);
    const back = apply(plan.sourceToOutput, source);
    expect(Math.abs(back.y - targetY)).toBeLessThan(ROUND_TRIP_PX);
    expect(Math.abs(back.x - before.x)).toBeLessThan(ROUND_TRIP_PX);
    expect(nudgeMarker(plan, marker, mm(deltaMm)).y).toBeCloseTo(source.y, 9);
  });

  it('the crop re-solves from the corrected chin: the face keeps its set height, so the photo scales', () => {
    // The user says the true chin is 2 mm lower on the photo than the detector thought.
    const chin = markerCorrection(plan, 'chin', plan.chinOutputPx.y + px(2));
    const corrected = applyCorrections(face, { chin });
    const replanned = solveCrop(spec, corrected, adjustments);
    expect(Math.abs(replanned.faceHeightMm - adjustments.faceHeightMm)).toBeLessThan(EXACT_MM);
    expect(Math.abs(replanned.topMarginMm - adjustments.topMarginMm)).toBeLessThan(EXACT_MM);
    // Crown to corrected chin was faceHeight + 2 mm on the old photo: the new scale shrinks by that ratio.
    const expectedRatio = adjustments.faceHeightMm / (adjustments.faceHeightMm + 2);
    expect(replanned.scale / plan.scale).toBeCloseTo(expectedRatio, 9);
    expect(apply(replanned.sourceToOutput, chin).y).toBeCloseTo(replanned.chinOutputPx.y, 6);
  });

  it('keeps the markers inside the photo and at least MIN_MARKER_GAP_MM apart', () => {
    const gap = px(MIN_MARKER_GAP_MM);
    expect(clampMarkerY(plan, 'crown', -50)).toBe(0);
    expect(clampMarkerY(plan, 'crown', plan.chinOutputPx.y)).toBeCloseTo(plan.chinOutputPx.y - gap, 9);
    expect(clampMarkerY(plan, 'chin', plan.crownOutputPx.y)).toBeCloseTo(plan.crownOutputPx.y + gap, 9);
    expect(clampMarkerY(plan, 'chin', plan.outputHeightPx + 99)).toBe(plan.outputHeightPx);
    const squashed = applyCorrections(face, { chin: markerCorrection(plan, 'chin', 0) });
    expect(() => solveCrop(spec, squashed, adjustments)).not.toThrow();
  });
});
