import { describe, expect, it } from 'vitest';
import { dpi, edgePx, inRange, midpoint, mm, mmToPx, OUTPUT_DPI, pxToMm } from '../../src/core/units';

describe('units', () => {
  it.each([
    [30, 709],
    [40, 945],
    [35, 827],
    [45, 1063],
    [24, 567],
    [89, 2102],
    [127, 3000],
  ])('%d mm is %d px at 600 dpi', (lengthMm, px) => expect(edgePx(mm(lengthMm), OUTPUT_DPI)).toBe(px));
  it('mm ↔ px round-trips', () => {
    for (const lengthMm of [0.1, 2, 25, 34.3, 127]) expect(pxToMm(mmToPx(mm(lengthMm), dpi(600)), dpi(600))).toBeCloseTo(lengthMm, 12);
  });
  it('1 inch is 600 px at 600 dpi', () => expect(mmToPx(mm(25.4), dpi(600))).toBe(600));
  it('midpoint and inRange', () => {
    expect(midpoint({ min: 22, max: 28 })).toBe(25);
    expect(inRange(28.04, { min: 22, max: 28 }, 0.05)).toBe(true);
    expect(inRange(28.06, { min: 22, max: 28 }, 0.05)).toBe(false);
  });
});
