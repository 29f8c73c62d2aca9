import { describe, expect, it } from 'vitest';
import { padJpegComment } from '../../../src/core/jpeg/pad-comment';

const SOI = [0xff, 0xd8];
const EOI = [0xff, 0xd9];
/** A minimal JFIF APP0 segment: length 16, "JFIF\0", version 1.2, density 600×600 dpi, no thumbnail. */
const APP0 = [0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46, 0x00, 0x01, 0x02, 0x01, 0x02, 0x58, 0x02, 0x58, 0x00, 0x00];
/** Stand-in for the rest of a file (DQT … scan); only its bytes' integrity matters here. */
const BODY = [0xff, 0xdb, 0x00, 0x04, 0x00, 0x01, 0xff, 0xda, 0x00, 0x02, 0x12, 0x34];

function jpeg(withApp0 = true): Uint8Array {
  return Uint8Array.from([...SOI, ...(withApp0 ? APP0 : []), ...BODY, ...EOI]);
}

/** Walk the marker segments between SOI and the first non-APP/COM/DQT marker, returning [code, length]. */
function segments(bytes: Uint8Array): [number, number][] {
  const found: [number, number][] = [];
  let offset = 2;
  while (offset + 4 <= bytes.length && bytes[offset] === 0xff) {
    const code = bytes[offset + 1]!;
    const length = (bytes[offset + 2]! << 8) | bytes[offset + 3]!;
    found.push([code, length]);
    if (code === 0xda) break;
    offset += 2 + length;
  }
  return found;
}

describe('padJpegComment', () => {
  it('returns the file unchanged when it already meets the minimum', () => {
    const input = jpeg();
    expect(padJpegComment(input, input.length)).toBe(input);
  });

  it('inserts a COM segment right after APP0 and reaches the minimum exactly', () => {
    const input = jpeg();
    const out = padJpegComment(input, 1000);
    expect(out.length).toBe(1000);
    expect(Array.from(out.subarray(0, 2 + APP0.length))).toEqual([...SOI, ...APP0]);
    expect(segments(out).map(([code]) => code)).toEqual([0xe0, 0xfe, 0xdb, 0xda]);
    expect(segments(out)[1]).toEqual([0xfe, 1000 - input.length - 2]);
  });

  it('never writes after the end-of-image marker: the tail of the file is untouched', () => {
    const input = jpeg();
    const out = padJpegComment(input, 5000);
    const tail = input.length - 2 - APP0.length;
    expect(Array.from(out.subarray(out.length - tail))).toEqual(Array.from(input.subarray(input.length - tail)));
    expect(Array.from(out.subarray(out.length - 2))).toEqual(EOI);
  });

  it('inserts right after SOI when there is no APP0', () => {
    const out = padJpegComment(jpeg(false), 100);
    expect(segments(out)[0]?.[0]).toBe(0xfe);
    expect(out.length).toBe(100);
  });

  it('splits padding above 64 KB into several comment segments', () => {
    const input = jpeg();
    const minBytes = 200_000;
    const out = padJpegComment(input, minBytes);
    const comments = segments(out).filter(([code]) => code === 0xfe);
    expect(comments.length).toBe(4);
    for (const [, length] of comments) expect(length).toBeLessThanOrEqual(0xffff);
    expect(out.length).toBeGreaterThanOrEqual(minBytes);
    // An empty comment costs 4 bytes, so the overshoot is at most 3.
    expect(out.length - minBytes).toBeLessThanOrEqual(3);
  });

  it('overshoots by at most 3 bytes when fewer than 4 are missing', () => {
    const input = jpeg();
    const out = padJpegComment(input, input.length + 1);
    expect(out.length).toBe(input.length + 4);
    expect(segments(out)[1]).toEqual([0xfe, 2]);
  });

  it('rejects data that is not a JPEG', () => {
    expect(() => padJpegComment(Uint8Array.from([0x89, 0x50, 0x4e, 0x47]), 100)).toThrow(/start-of-image/);
  });

  it('rejects a truncated APP0', () => {
    expect(() => padJpegComment(Uint8Array.from([...SOI, 0xff, 0xe0, 0x00, 0x40, 0x4a]), 100)).toThrow(/APP0/);
  });
});
