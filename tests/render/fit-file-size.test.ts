import { describe, expect, it } from 'vitest';
import { fitFileSize } from '../../src/render/fit-file-size';
import { fakeJpeg, photoEncoder } from '../specs/fixtures/fake-encoder';

describe('fitFileSize', () => {
  it('keeps the highest quality when the file is already inside the band', async () => {
    const { encode, calls } = photoEncoder(827 * 1063);
    const result = await fitFileSize(encode, { minBytes: 20 * 1024, maxBytes: 7_000_000 });
    expect(result).toMatchObject({ quality: 0.95, padded: false, withinBand: true, attempts: 1 });
    expect(calls).toEqual([0.95]);
  });

  it('bisects the quality down to the largest file under the maximum', async () => {
    const { encode } = photoEncoder(1200 * 1200);
    const maxBytes = 240_000;
    const result = await fitFileSize(encode, { maxBytes });
    expect(result.withinBand).toBe(true);
    expect(result.bytes.length).toBeLessThanOrEqual(maxBytes);
    // Within one bisection step of the quality where the model crosses the limit.
    const crossing = Math.cbrt(((maxBytes * 8) / (1200 * 1200) - 0.2) / 3);
    expect(crossing - result.quality).toBeGreaterThanOrEqual(0);
    expect(crossing - result.quality).toBeLessThan(0.01);
    expect(result.attempts).toBeLessThanOrEqual(9);
  });

  it('pads a small file with a comment segment up to the minimum', async () => {
    const flat = async (): Promise<Uint8Array> => fakeJpeg(5000);
    const result = await fitFileSize(flat, { minBytes: 20 * 1024, maxBytes: 7_000_000 });
    expect(result.padded).toBe(true);
    expect(result.withinBand).toBe(true);
    expect(result.bytes.length).toBeGreaterThanOrEqual(20 * 1024);
    expect(Array.from(result.bytes.subarray(result.bytes.length - 2))).toEqual([0xff, 0xd9]);
  });

  it('reports a band it cannot reach instead of returning a file that breaks it', async () => {
    const { encode } = photoEncoder(6000 * 6000);
    const result = await fitFileSize(encode, { maxBytes: 50_000 });
    expect(result.withinBand).toBe(false);
    expect(result.quality).toBe(0.3);
  });
});
