import { describe, expect, it } from 'vitest';
import { readJfifDensity, setJfifDensity } from '../../../src/core/jpeg/jfif-density';

const SOI = [0xff, 0xd8];
const EOI = [0xff, 0xd9];
const jfif = (units: number, x: number, y: number) => [0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46, 0x00, 0x01, 0x01, units, x >> 8, x & 0xff, y >> 8, y & 0xff, 0, 0];
const body = [0xff, 0xdb, 0x00, 0x03, 0x07, 0xff, 0xda, 0x00, 0x02, 0x12, 0x34];

describe('setJfifDensity', () => {
  it('patches an existing JFIF header in place', () => {
    const input = new Uint8Array([...SOI, ...jfif(0, 1, 1), ...body, ...EOI]);
    const out = setJfifDensity(input, 600);
    expect(out.length).toBe(input.length);
    expect(readJfifDensity(out)).toEqual({ units: 1, x: 600, y: 600 });
    expect([...out.subarray(20)]).toEqual([...input.subarray(20)]);
    expect(readJfifDensity(input)).toEqual({ units: 0, x: 1, y: 1 });
  });
  it('inserts a JFIF header when there is none (e.g. EXIF-first files)', () => {
    const exif = [0xff, 0xe1, 0x00, 0x04, 0x00, 0x00];
    const input = new Uint8Array([...SOI, ...exif, ...body, ...EOI]);
    const out = setJfifDensity(input, 300);
    expect(out.length).toBe(input.length + 18);
    expect(readJfifDensity(out)).toEqual({ units: 1, x: 300, y: 300 });
    expect([...out.subarray(20)]).toEqual([...input.subarray(2)]);
  });
  it('does not touch the input array', () => {
    const input = new Uint8Array([...SOI, ...jfif(0, 1, 1), ...EOI]);
    setJfifDensity(input, 600);
    expect(readJfifDensity(input)).toEqual({ units: 0, x: 1, y: 1 });
  });
  it.each([0, -1, 65536, 1.5])('rejects dpi %d', (dpi) => {
    expect(() => setJfifDensity(new Uint8Array([...SOI, ...EOI]), dpi)).toThrow(/dpi/);
  });
  it('rejects non-JPEG bytes', () => {
    expect(() => setJfifDensity(new Uint8Array([0x89, 0x50, 0x4e, 0x47]), 600)).toThrow(/not a JPEG/);
  });
});
