import { describe, expect, it } from 'vitest';
import { greyLevel } from '../../../src/core/image-stats/grey-level';
import { linearToSrgb, ofiqLuminance, srgbToLinear } from '../../../src/core/image-stats/ofiq-luminance';

describe('ofiqLuminance (OFIQ GetLuminanceImageFromBGR)', () => {
  it.each([
    [[0, 0, 0], 0],
    [[255, 255, 255], 255],
    // Linear light: sRGB mid-grey 128 is 21.6 % of white.
    [[128, 128, 128], 55],
    [[255, 0, 0], 54],
    [[0, 255, 0], 182],
    [[0, 0, 255], 18],
    // OFIQ's under-exposure range ends at level 25: sRGB grey 88.
    [[88, 88, 88], 25],
  ] as const)('%j → %s', ([r, g, b], level) => {
    expect(ofiqLuminance(r, g, b)).toBe(level);
  });

  it('inverts the sRGB transfer function', () => {
    for (const v of [0, 0.003, 0.04, 0.2, 0.5, 1]) expect(linearToSrgb(srgbToLinear(v))).toBeCloseTo(v, 12);
  });
});

describe('greyLevel (Rec. 601 luma)', () => {
  it('weights green most and keeps white white', () => {
    expect(greyLevel(255, 255, 255)).toBeCloseTo(255, 9);
    expect(greyLevel(0, 255, 0)).toBeCloseTo(149.685, 9);
  });
});
