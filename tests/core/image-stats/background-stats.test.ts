import { describe, expect, it } from 'vitest';
import type { PersonMatte } from '../../../src/core/face/model-outputs';
import { backgroundStats, BACKGROUND_SAMPLE_ROWS } from '../../../src/core/image-stats/background-stats';
import { inEllipse, paint, grey, type Rgb } from './synthetic';

const W = 450;
const H = 600;
/** The person: an ellipse in the lower middle of the frame, alpha 255 inside, 0 outside. */
const isPerson = (x: number, y: number) => inEllipse({ x, y }, 225, 400, 130, 260);

function matte(width = W, height = H, sourcePxPerMattePx = 1): PersonMatte {
  const alpha = new Uint8Array(width * height);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) alpha[y * width + x] = isPerson((x + 0.5) * sourcePxPerMattePx, (y + 0.5) * sourcePxPerMattePx) ? 255 : 0;
  }
  return { width, height, alpha, sourcePxPerMattePx };
}

/** Deterministic noise of ±amplitude sRGB levels, like a sensor's. */
function noise(x: number, y: number, amplitude: number): number {
  const s = Math.sin(x * 12.9898 + y * 78.233) * 43758.5453;
  return (s - Math.floor(s) - 0.5) * 2 * amplitude;
}

function photo(wall: (x: number, y: number) => Rgb): ReturnType<typeof paint> {
  return paint(W, H, (x, y) => (isPerson(x, y) ? [200, 40, 40] : wall(x, y)));
}

describe('backgroundStats', () => {
  it('measures a plain, evenly lit wall as uniform, and its colour', () => {
    const stats = backgroundStats(photo((x, y) => grey(235 + noise(x, y, 2))), matte());
    expect(stats).not.toBeNull();
    expect(stats?.lightnessSpread).toBeLessThanOrEqual(1);
    expect(stats?.gradientMean).toBeLessThan(80);
    expect(stats?.meanRgb).toEqual({ r: 235, g: 235, b: 235 });
    expect(stats?.meanLab.l).toBeCloseTo(92.8, 0);
    expect(stats?.sourcePxPerSample).toBe(Math.round(H / BACKGROUND_SAMPLE_ROWS));
  });

  it('keeps the person out: a red shirt does not tint the wall', () => {
    const stats = backgroundStats(photo(() => grey(235)), matte());
    expect(stats?.meanLab.a).toBeCloseTo(0, 1);
  });

  it('widens the lightness range for a shadow or a gradient', () => {
    const shadow = backgroundStats(photo((x) => grey(x > 300 ? 170 : 235)), matte());
    const gradient = backgroundStats(photo((_x, y) => grey(240 - (50 * y) / H)), matte());
    expect(shadow?.lightnessSpread).toBeGreaterThanOrEqual(20);
    expect(gradient?.lightnessSpread).toBeGreaterThanOrEqual(10);
  });

  it('raises the gradient mean for a patterned background (OFIQ 0x42)', () => {
    const stripes = backgroundStats(photo((x) => grey(Math.floor(x / 8) % 2 ? 180 : 235)), matte());
    expect(stripes?.gradientMean).toBeGreaterThan(198);
  });

  it('looks only inside the region the photo will show', () => {
    const wall = (x: number, y: number): Rgb => (x < 100 || x > 350 ? [20, 20, 200] : grey(235 + noise(x, y, 2)));
    const region = [
      { x: 100, y: 0 },
      { x: 350, y: 0 },
      { x: 350, y: H },
      { x: 100, y: H },
    ];
    const stats = backgroundStats(photo(wall), matte(), region);
    expect(stats?.meanRgb).toEqual({ r: 235, g: 235, b: 235 });
    expect(stats?.lightnessSpread).toBeLessThanOrEqual(1);
  });

  it('reads a matte smaller than the photo', () => {
    const stats = backgroundStats(photo(() => grey(235)), matte(W / 2, H / 2, 2));
    expect(stats?.meanRgb).toEqual({ r: 235, g: 235, b: 235 });
  });

  it('gives no verdict when the person fills the frame', () => {
    const full: PersonMatte = { width: W, height: H, alpha: new Uint8Array(W * H).fill(255), sourcePxPerMattePx: 1 };
    expect(backgroundStats(photo(() => grey(235)), full)).toBeNull();
  });
});
