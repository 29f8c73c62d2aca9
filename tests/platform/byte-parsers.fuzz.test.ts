import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { JpegStructureError } from '../../src/core/jpeg/jpeg-structure-error';
import { readJfifDensity, setJfifDensity } from '../../src/core/jpeg/jfif-density';
import { padJpegComment } from '../../src/core/jpeg/pad-comment';
import { jpegIsComplete, pngIsComplete, sniffImageFormat, type ImageFormat } from '../../src/platform/image-format';
import { readImageHeader } from '../../src/platform/image-header';

/**
 * Issue 14, item 7: the byte parsers meet whatever a user's disk holds. On random and on mutated real files they
 * return a value or throw their one typed error; never another exception, never a hang (vitest's timeout).
 */
const RUNS = 300;
/** Each call on a file of a few hundred KB must finish well inside this; a hang shows as a blown budget. */
const PER_CALL_BUDGET_MS = 250;

const FIXTURES = [
  'photos/C001061.jpg',
  'bad/photo.heic',
  'bad/photo.avif',
  'bad/photo.webp',
  'bad/photo.gif',
  'bad/photo.bmp',
  'bad/rgb16.png',
  'bad/alpha.png',
  'bad/gps.jpg',
  'bad/orientation-6.jpg',
  'bad/garbage-exif.jpg',
  'bad/bomb-20000x20000.png',
].map((path) => new Uint8Array(readFileSync(`tests/fixtures/${path}`)));

const ALL_FORMATS: ImageFormat[] = ['jpeg', 'png', 'webp', 'heic', 'avif', 'gif', 'bmp', 'tiff', 'svg', 'pdf', 'raw', 'unknown'];

/** A real file with a few bytes overwritten, a range cut out or a tail cut off: what a damaged copy looks like. */
const mutatedFile = fc
  .record({
    file: fc.constantFrom(...FIXTURES),
    edits: fc.array(fc.record({ at: fc.nat(), value: fc.integer({ min: 0, max: 255 }) }), { maxLength: 24 }),
    cutFrom: fc.nat(),
    cutLength: fc.nat({ max: 4096 }),
    keep: fc.double({ min: 0, max: 1, noNaN: true }),
  })
  .map(({ file, edits, cutFrom, cutLength, keep }) => {
    const bytes = file.slice();
    // Edits land mostly in the headers, where the parsers read.
    for (const { at, value } of edits) bytes[at % Math.min(bytes.length, 2048)] = value;
    const from = cutFrom % bytes.length;
    const tail = bytes.subarray(from + cutLength);
    const spliced = new Uint8Array(from + tail.length);
    spliced.set(bytes.subarray(0, from));
    spliced.set(tail, from);
    return spliced.subarray(0, Math.max(0, Math.round(spliced.length * keep)));
  });

const randomBytes = fc.uint8Array({ maxLength: 2048 });
/** Random bytes after a real signature, so every format's reader is reached. */
const SIGNATURES = ['\xff\xd8\xff', '\x89PNG\r\n\x1a\n\0\0\0\x0dIHDR', 'RIFF\0\0\0\0WEBPVP8X', 'RIFF\0\0\0\0WEBPVP8L', 'RIFF\0\0\0\0WEBPVP8 ', '\0\0\0\x18ftypheic', '\0\0\0\x1cftypavif', 'GIF89a', 'BM', 'II*\0', '<svg ', '%PDF-'];
const signedBytes = fc
  .tuple(fc.constantFrom(...SIGNATURES), fc.uint8Array({ maxLength: 1024 }))
  .map(([signature, tail]) => new Uint8Array([...[...signature].map((c) => c.charCodeAt(0)), ...tail]));
const anyInput = fc.oneof(mutatedFile, randomBytes, signedBytes);

function timed<T>(call: () => T): T {
  const start = performance.now();
  const result = call();
  expect(performance.now() - start).toBeLessThan(PER_CALL_BUDGET_MS);
  return result;
}

describe('header sniffing and reading (platform)', () => {
  it('sniffImageFormat names a known format for any bytes', () => {
    fc.assert(
      fc.property(anyInput, (bytes) => {
        expect(ALL_FORMATS).toContain(timed(() => sniffImageFormat(bytes)));
      }),
      { numRuns: RUNS },
    );
  });

  it('readImageHeader gives a positive size or null, for the sniffed format and for every other', () => {
    fc.assert(
      fc.property(anyInput, fc.constantFrom(...ALL_FORMATS), (bytes, otherFormat) => {
        for (const format of [sniffImageFormat(bytes), otherFormat]) {
          const header = timed(() => readImageHeader(bytes, format));
          if (header === null) continue;
          expect(header.widthPx).toBeGreaterThan(0);
          expect(header.heightPx).toBeGreaterThan(0);
          expect(Number.isInteger(header.widthPx) && Number.isInteger(header.heightPx)).toBe(true);
          expect(header.orientation).toBeGreaterThanOrEqual(1);
          expect(header.orientation).toBeLessThanOrEqual(8);
        }
      }),
      { numRuns: RUNS },
    );
  });

  it('the truncation checks answer a boolean for any bytes', () => {
    fc.assert(
      fc.property(anyInput, (bytes) => {
        expect(typeof timed(() => jpegIsComplete(bytes))).toBe('boolean');
        expect(typeof timed(() => pngIsComplete(bytes))).toBe('boolean');
      }),
      { numRuns: RUNS },
    );
  });

  it('a JPEG cut anywhere before its end marker is never called complete', () => {
    const photo = FIXTURES[0]!;
    fc.assert(
      fc.property(fc.integer({ min: 0, max: photo.length - 3 }), (length) => {
        const cut = photo.subarray(0, length);
        // The only FFD9 in an entropy-coded JPEG is its end marker.
        expect(jpegIsComplete(cut)).toBe(false);
      }),
      { numRuns: RUNS },
    );
  });
});

/** Runs a JPEG byte function: its result, or its typed error; any other exception fails the property. */
function typedOutcome<T>(call: () => T): T | JpegStructureError {
  try {
    return timed(call);
  } catch (error) {
    if (error instanceof JpegStructureError) return error;
    throw error;
  }
}

describe('JPEG byte functions (core)', () => {
  const jpegish = fc.oneof(anyInput, mutatedFile.map((b) => (b.length >= 2 ? new Uint8Array([0xff, 0xd8, ...b.subarray(2)]) : b)));

  it('setJfifDensity: a JPEG with the density read back, or JpegStructureError', () => {
    fc.assert(
      fc.property(jpegish, fc.oneof(fc.integer({ min: 1, max: 0xffff }), fc.double()), (bytes, dpi) => {
        const out = typedOutcome(() => setJfifDensity(bytes, dpi));
        if (out instanceof JpegStructureError) return;
        expect(out[0]).toBe(0xff);
        expect(out[1]).toBe(0xd8);
        if (out.length >= 18) expect(readJfifDensity(out)).toEqual({ units: 1, x: dpi, y: dpi });
      }),
      { numRuns: RUNS },
    );
  });

  it('readJfifDensity never throws', () => {
    fc.assert(
      fc.property(jpegish, (bytes) => {
        timed(() => readJfifDensity(bytes));
      }),
      { numRuns: RUNS },
    );
  });

  it('padJpegComment: at least the asked size with the original bytes kept in order, or JpegStructureError', () => {
    fc.assert(
      fc.property(jpegish, fc.oneof(fc.integer({ min: -10, max: 120_000 }), fc.double(), fc.constant(Number.POSITIVE_INFINITY)), (bytes, minBytes) => {
        const out = typedOutcome(() => padJpegComment(bytes, minBytes));
        if (out instanceof JpegStructureError) return;
        expect(out.length).toBeGreaterThanOrEqual(Math.max(bytes.length, Math.ceil(minBytes)));
        // The input is a prefix plus a suffix of the output: padding is only ever inserted, in one place.
        let prefix = 0;
        while (prefix < bytes.length && out[prefix] === bytes[prefix]) prefix++;
        const suffix = bytes.length - prefix;
        expect(Buffer.from(out.subarray(out.length - suffix)).equals(Buffer.from(bytes.subarray(prefix)))).toBe(true);
      }),
      { numRuns: RUNS },
    );
  });
});
