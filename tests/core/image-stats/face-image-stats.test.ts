import { describe, expect, it } from 'vitest';
import type { FaceRegion } from '../../../src/core/image-stats/face-region';
import { faceImageStats, type FaceImageStats } from '../../../src/core/image-stats/face-image-stats';
import type { PixelBuffer } from '../../../src/core/image-stats/pixel-buffer';
import { SHARPNESS_FACE_HEIGHT_PX } from '../../../src/core/image-stats/laplacian-sharpness';
import { linearToSrgb, srgbToLinear } from '../../../src/core/image-stats/ofiq-luminance';
import { boxBlur, faceRegion, grey, inEllipse, paint, skin } from './synthetic';

function stats(image: PixelBuffer, region: FaceRegion): FaceImageStats {
  const result = faceImageStats(image, region);
  if (!result) throw new Error('expected face statistics');
  return result;
}

/** A 200×260 photo: light grey wall, a 120×160 face of textured skin (sRGB ≈ 170 ± 40). */
const W = 200;
const H = 260;
const REGION = faceRegion(100, 130, 60, 80);
const SKIN = skin(170, 40, 6);

/** The face exposed `stops` brighter (positive) or darker (negative) in linear light, clipped as a sensor would. */
function faceAt(stops: number, shade: (x: number, y: number) => number = () => 1) {
  return paint(W, H, (x, y) => {
    if (!inEllipse({ x, y }, 100, 130, 60, 80)) return grey(230);
    const linear = Math.min(1, srgbToLinear(SKIN(x, y) / 255) * 2 ** stops * shade(x, y));
    return grey(Math.round(linearToSrgb(linear) * 255));
  });
}

describe('faceImageStats: exposure (OFIQ 0x44, 0x46, 0x47)', () => {
  it('sees a normally exposed face as neither dark nor clipped', () => {
    const { luminance, facePixels } = stats(faceAt(0), REGION);
    expect(facePixels / (Math.PI * 60 * 80)).toBeCloseTo(1, 1);
    expect(luminance.mean).toBeGreaterThan(0.25);
    expect(luminance.mean).toBeLessThan(0.6);
    expect(luminance.underExposedShare).toBe(0);
    expect(luminance.overExposedShare).toBe(0);
  });

  it('puts nearly all of a face 3 stops under in levels 0–25', () => {
    expect(stats(faceAt(-3), REGION).luminance.underExposedShare).toBeGreaterThan(0.95);
  });

  it('finds clipped highlights on a face 1.5 stops over', () => {
    expect(stats(faceAt(1.5), REGION).luminance.overExposedShare).toBeGreaterThan(0.1);
  });

  it('loses tones in the dark: entropy drops (DynamicRange, 0x48)', () => {
    const normal = stats(faceAt(0), REGION).entropyBits;
    expect(normal).toBeGreaterThan(5);
    expect(stats(faceAt(-4), REGION).entropyBits).toBeLessThan(normal - 2);
  });
});

describe('faceImageStats: illumination uniformity (OFIQ 0x43 on the lower face)', () => {
  it('matches the two halves of an evenly lit face', () => {
    expect(stats(faceAt(0), REGION).illumination.intersection).toBeGreaterThan(0.85);
  });

  it.each([
    ['image-left', (x: number) => (x < 100 ? 0.25 : 1)],
    ['image-right', (x: number) => (x > 100 ? 0.25 : 1)],
  ] as const)('finds a 2-stop shadow over the %s half', (side, shade) => {
    const { illumination } = stats(faceAt(0, shade), REGION);
    expect(illumination.intersection).toBeLessThan(0.1);
    expect(illumination.darkerSide).toBe(side);
    expect(illumination.meanDifference).toBeGreaterThan(0.2);
  });

  it('ignores the forehead, where a fringe of hair falls to one side', () => {
    const fringe = (x: number, y: number) => (y < 100 && x < 100 ? 0.05 : 1);
    expect(stats(faceAt(0, fringe), REGION).illumination.intersection).toBeGreaterThan(0.85);
  });

  it('splits along the face’s own midline when the head is tilted', () => {
    const tilted = { ...REGION, eyeImageLeft: { x: 70, y: 100 }, eyeImageRight: { x: 118, y: 92 }, chin: { x: 120, y: 210 } };
    expect(stats(faceAt(0), tilted).illumination.leftPixels).toBeGreaterThan(0);
    expect(stats(faceAt(0), tilted).illumination.rightPixels).toBeGreaterThan(0);
  });
});

describe('faceImageStats: sharpness (variance of the Laplacian, scale-normalised)', () => {
  const sharp = faceAt(0);

  it('tells a sharp face from a blurred one', () => {
    const crisp = stats(sharp, REGION).sharpness.value;
    const soft = stats(boxBlur(sharp, 2), REGION).sharpness.value;
    expect(crisp).toBeGreaterThan(0.4);
    expect(soft).toBeLessThan(0.25);
  });

  it('does not call a dim face blurred: contrast cancels out', () => {
    const bright = stats(sharp, REGION).sharpness.value;
    const dim = stats(faceAt(-1.5), REGION).sharpness.value;
    expect(dim / bright).toBeCloseTo(1, 1);
  });

  it('scores the same scene alike at twice the resolution', () => {
    const small = stats(
      paint(W, H, (x, y) => (inEllipse({ x, y }, 100, 130, 60, 80) ? grey(skin(170, 40, 12)(x, y)) : grey(230))),
      REGION,
    ).sharpness;
    const big = stats(
      paint(2 * W, 2 * H, (x, y) => (inEllipse({ x, y }, 200, 260, 120, 160) ? grey(skin(170, 40, 24)(x, y)) : grey(230))),
      faceRegion(200, 260, 120, 160),
    ).sharpness;
    expect(big.sourcePxPerSample).toBeCloseTo((2 * 160) / SHARPNESS_FACE_HEIGHT_PX, 1);
    expect(big.value / small.value).toBeGreaterThan(0.8);
    expect(big.value / small.value).toBeLessThan(1.25);
  });

  it('is 0 for a flat face', () => {
    expect(stats(paint(W, H, () => grey(128)), REGION).sharpness.value).toBe(0);
  });
});

describe('faceImageStats: input', () => {
  it('gives no statistics for a face mostly off the image or too small to measure', () => {
    expect(faceImageStats(faceAt(0), faceRegion(-100, -100, 60, 80))).toBeNull();
    expect(faceImageStats(faceAt(0), faceRegion(100, 130, 8, 10))).toBeNull();
  });

  it('names a buffer that does not match its size', () => {
    expect(() => faceImageStats({ width: 10, height: 10, data: new Uint8ClampedArray(10) }, REGION)).toThrow('image: 10×10 RGBA needs 400 bytes, got 10');
  });
});
