import { describe, expect, it } from 'vitest';
import { resampleAlpha } from '../../../src/core/matte/resample-alpha';

describe('resampleAlpha', () => {
  it('keeps a constant plane constant at any size', () => {
    const out = resampleAlpha(new Uint8Array(4).fill(200), 2, 2, 7, 5);
    expect(out.length).toBe(35);
    expect(new Set(out)).toEqual(new Set([200]));
  });

  it('upsamples an edge into a smooth ramp with no overshoot (no blocks, no halo)', () => {
    // A hard edge between columns 1 and 2 of a 4-wide row, upsampled 8×.
    const out = resampleAlpha(new Uint8Array([0, 0, 255, 255]), 4, 1, 32, 1);
    for (let x = 1; x < out.length; x++) expect(out[x]!).toBeGreaterThanOrEqual(out[x - 1]!);
    expect(Math.min(...out)).toBe(0);
    expect(Math.max(...out)).toBe(255);
    // The ramp spans about one source pixel (8 output px), not a single step.
    const ramp = [...out].filter((v) => v > 0 && v < 255).length;
    expect(ramp).toBeGreaterThanOrEqual(6);
    expect(ramp).toBeLessThanOrEqual(9);
  });

  it('puts the edge where it was: pixel centres aligned', () => {
    const out = resampleAlpha(new Uint8Array([0, 0, 255, 255]), 4, 1, 400, 1);
    const half = out.findIndex((v) => v >= 128);
    // The edge sits at x = 2.0 in source units, i.e. 200 of 400.
    expect(Math.abs(half - 200)).toBeLessThanOrEqual(1);
  });

  it('stretches independently on each axis (the square model input back to the crop aspect)', () => {
    const out = resampleAlpha(new Uint8Array([0, 255, 0, 255]), 2, 2, 4, 8);
    for (let y = 0; y < 8; y++) expect([...out.subarray(y * 4, y * 4 + 4)]).toEqual([...out.subarray(0, 4)]);
  });

  it('rejects a plane of the wrong size', () => {
    expect(() => resampleAlpha(new Uint8Array(3), 2, 2, 4, 4)).toThrow(/3 values/);
  });
});
