import { describe, expect, it } from 'vitest';
import { recommendedAdjustments } from '../../src/core/crop/adjustments';
import { solveCrop } from '../../src/core/crop/solve-crop';
import { edgePx, inRange, midpoint, mm } from '../../src/core/units';
import { asPhotoSpec, producibleSpecs } from '../../src/specs';
import { faceFixture } from './fixtures/face-fixture';

/** How close the solved crop must land to the spec's midpoints: 0.02 mm is half a pixel at 600 dpi. */
const LAYOUT_TOLERANCE_MM = 0.02;
/** Rounding the output to whole pixels shifts edges by at most half a pixel (0.021 mm at 600 dpi). */
const EDGE_ROUNDING_MM = 0.03;

const fixtures = [
  { name: 'upright', face: faceFixture() },
  { name: 'tilted 6° and small in the frame', face: faceFixture({ rollDeg: 6, faceHeightPx: 700 }) },
];

describe.each(producibleSpecs.map((spec) => [spec.id, spec] as const))('golden crop: %s', (_id, spec) => {
  it.each(fixtures)('$name face lands at the midpoints and inside every tolerance', ({ face }) => {
    const photoSpec = asPhotoSpec(spec);
    const plan = solveCrop(photoSpec, face, recommendedAdjustments(photoSpec));

    expect(plan.specId).toBe(spec.id);
    expect(plan.outputWidthPx).toBe(edgePx(mm(spec.widthMm), plan.dpi));
    expect(plan.outputHeightPx).toBe(edgePx(mm(spec.heightMm), plan.dpi));
    expect(Math.abs(plan.faceHeightMm - midpoint(spec.faceHeightMm))).toBeLessThan(LAYOUT_TOLERANCE_MM);
    expect(Math.abs(plan.topMarginMm - midpoint(spec.topMarginMm))).toBeLessThan(LAYOUT_TOLERANCE_MM);
    expect(Math.abs(plan.offsetXMm)).toBeLessThan(LAYOUT_TOLERANCE_MM);
    expect(Math.abs(plan.offsetXMm)).toBeLessThanOrEqual(spec.centringToleranceMm);
    expect(inRange(plan.faceHeightMm, spec.faceHeightMm)).toBe(true);
    expect(inRange(plan.topMarginMm, spec.topMarginMm)).toBe(true);
    expect(plan.chinToBottomMm).toBeGreaterThan(0);
    if (spec.chinToBottomMm) {
      expect(inRange(plan.chinToBottomMm, { min: spec.chinToBottomMm.min ?? 0, max: spec.chinToBottomMm.max ?? spec.heightMm }, EDGE_ROUNDING_MM)).toBe(true);
    }
    if (spec.eyeLineFromBottomMm) {
      expect(inRange(plan.eyeLineFromBottomMm, spec.eyeLineFromBottomMm, EDGE_ROUNDING_MM)).toBe(true);
    }
    // The eyes come out level whatever the head's tilt in the source.
    expect(Math.abs(plan.rotationDeg + face.rollDeg)).toBeLessThan(1e-9);
    expect(plan.sourceCoverage).toBe(1);
  });
});
