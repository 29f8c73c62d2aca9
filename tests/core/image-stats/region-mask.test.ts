import { describe, expect, it } from 'vitest';
import { regionMask } from '../../../src/core/image-stats/region-mask';
import { ellipse } from './synthetic';

const rect = (x0: number, y0: number, x1: number, y1: number) => [
  { x: x0, y: y0 },
  { x: x1, y: y0 },
  { x: x1, y: y1 },
  { x: x0, y: y1 },
];

describe('regionMask', () => {
  it('covers the pixels of an axis-aligned rectangle exactly', () => {
    const mask = regionMask(rect(10, 10, 20, 30), 100, 100);
    expect(mask).toMatchObject({ x0: 10, y0: 10, width: 10, height: 20, count: 200 });
    expect(mask.inside.every((v) => v === 1)).toBe(true);
  });

  it('decides on pixel centres', () => {
    // Centres 10.5 … 19.5 lie in [10.4, 20.4); 20.5 does not.
    expect(regionMask(rect(10.4, 0, 20.4, 1), 100, 100).count).toBe(10);
  });

  it('clips to the image', () => {
    expect(regionMask(rect(-50, -50, 10, 5), 100, 100)).toMatchObject({ x0: 0, y0: 0, width: 10, height: 5, count: 50 });
    expect(regionMask(rect(200, 200, 300, 300), 100, 100).count).toBe(0);
  });

  it('fills a polygon with the area it encloses, whatever the winding', () => {
    const mask = regionMask(ellipse(100, 100, 60, 80, 72), 200, 200);
    expect(mask.count / (Math.PI * 60 * 80)).toBeCloseTo(1, 1);
    expect(regionMask([...ellipse(100, 100, 60, 80, 72)].reverse(), 200, 200).count).toBe(mask.count);
  });

  it('is empty for fewer than three points', () => {
    expect(regionMask([{ x: 1, y: 1 }, { x: 5, y: 5 }], 10, 10).count).toBe(0);
  });
});
