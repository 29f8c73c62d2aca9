import { describe, expect, it } from 'vitest';
import { histogramEntropy } from '../../../src/core/image-stats/histogram-entropy';
import { histogramIntersection } from '../../../src/core/image-stats/histogram-intersection';
import { luminanceSummary } from '../../../src/core/image-stats/luminance-summary';

function histogram(entries: Record<number, number>, bins = 256): Uint32Array {
  const h = new Uint32Array(bins);
  for (const [level, count] of Object.entries(entries)) h[Number(level)] = count;
  return h;
}

describe('luminanceSummary (OFIQ 0x44–0x47)', () => {
  it('gives mean and variance on the 0..1 scale and the shares of levels 0–25 and 247–255', () => {
    const s = luminanceSummary(histogram({ 0: 1, 25: 1, 26: 1, 246: 1, 247: 1, 255: 3 }));
    expect(s.underExposedShare).toBeCloseTo(2 / 8, 12);
    expect(s.overExposedShare).toBeCloseTo(4 / 8, 12);
    const levels = [0, 25, 26, 246, 247, 255, 255, 255].map((l) => l / 255);
    const mean = levels.reduce((a, b) => a + b) / levels.length;
    expect(s.mean).toBeCloseTo(mean, 12);
    expect(s.variance).toBeCloseTo(levels.reduce((a, l) => a + (l - mean) ** 2, 0) / levels.length, 12);
  });

  it('is all zero for an empty histogram', () => {
    expect(luminanceSummary(new Uint32Array(256))).toEqual({ mean: 0, variance: 0, underExposedShare: 0, overExposedShare: 0 });
  });
});

describe('histogramEntropy (OFIQ 0x48)', () => {
  it.each([
    [histogram({ 100: 50 }), 0],
    [histogram({ 10: 7, 200: 7 }), 1],
    [new Uint32Array(256).fill(3), 8],
    [new Uint32Array(256), 0],
  ])('%#: %s bits', (h, bits) => {
    expect(histogramEntropy(h)).toBeCloseTo(bits, 12);
  });
});

describe('histogramIntersection (OFIQ 0x43)', () => {
  it('is 1 for identical shapes, whatever the counts, and 0 for disjoint ones', () => {
    expect(histogramIntersection(histogram({ 1: 2, 2: 2 }, 4), histogram({ 1: 10, 2: 10 }, 4))).toBeCloseTo(1, 12);
    expect(histogramIntersection(histogram({ 0: 5 }, 4), histogram({ 3: 5 }, 4))).toBe(0);
    expect(histogramIntersection(histogram({ 0: 1, 1: 1 }, 4), histogram({ 1: 1, 2: 1 }, 4))).toBeCloseTo(0.5, 12);
  });

  it('refuses histograms of different lengths and treats an empty one as disjoint', () => {
    expect(() => histogramIntersection(new Uint32Array(4), new Uint32Array(8))).toThrow(/length/);
    expect(histogramIntersection(new Uint32Array(4), histogram({ 1: 1 }, 4))).toBe(0);
  });
});
