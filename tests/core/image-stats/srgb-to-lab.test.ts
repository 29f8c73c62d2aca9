import { describe, expect, it } from 'vitest';
import { deltaE76, parseHexColour, srgbToLab } from '../../../src/core/image-stats/srgb-to-lab';

describe('srgbToLab (D65)', () => {
  it.each([
    [{ r: 255, g: 255, b: 255 }, { l: 100, a: 0, b: 0 }],
    [{ r: 0, g: 0, b: 0 }, { l: 0, a: 0, b: 0 }],
    // Reference values (Lindbloom calculator, sRGB D65): red, mid grey.
    [{ r: 255, g: 0, b: 0 }, { l: 53.24, a: 80.09, b: 67.2 }],
    [{ r: 119, g: 119, b: 119 }, { l: 50.03, a: 0, b: 0 }],
  ])('%j → %j', (rgb, lab) => {
    const got = srgbToLab(rgb);
    expect(got.l).toBeCloseTo(lab.l, 1);
    expect(got.a).toBeCloseTo(lab.a, 1);
    expect(got.b).toBeCloseTo(lab.b, 1);
  });

  it('measures ΔE*ab as the Euclidean distance', () => {
    expect(deltaE76({ l: 50, a: 3, b: 4 }, { l: 50, a: 0, b: 0 })).toBe(5);
  });
});

describe('parseHexColour', () => {
  it('reads #rrggbb and names a bad value', () => {
    expect(parseHexColour('#d3e3f3')).toEqual({ r: 211, g: 227, b: 243 });
    expect(() => parseHexColour('white')).toThrow('colour: expected #rrggbb, got "white"');
  });
});
