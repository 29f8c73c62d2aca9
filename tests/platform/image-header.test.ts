import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { sniffImageFormat } from '../../src/platform/image-format';
import { orientedSize, readImageHeader } from '../../src/platform/image-header';

const read = (path: string) => {
  const bytes = new Uint8Array(readFileSync(path));
  return readImageHeader(bytes, sniffImageFormat(bytes));
};
const bad = (name: string) => read(`tests/fixtures/bad/${name}`);

describe('readImageHeader: the pixel size before decoding', () => {
  it.each([
    // HEIF gives the coded size: the HEVC encoder rounded 225×275 up to even numbers (a clean aperture crops it).
    ['photo.heic', 226, 276, false],
    ['photo.avif', 225, 275, false],
    ['photo.webp', 225, 275, false],
    ['photo.gif', 225, 275, true],
    ['photo.bmp', 225, 275, false],
    ['rgb16.png', 225, 275, false],
    ['alpha.png', 225, 275, true],
    ['cmyk.jpg', 225, 275, false],
    ['greyscale.jpg', 225, 275, false],
    ['small-100x120.jpg', 100, 120, false],
    ['panorama-6000x300.jpg', 6000, 300, false],
    ['garbage-exif.jpg', 225, 275, false],
    ['gps.jpg', 225, 275, false],
    ['bomb-20000x20000.png', 20000, 20000, false],
  ])('%s is %i×%i', (name, widthPx, heightPx, alpha) => {
    const header = bad(name);
    expect(header).toMatchObject({ widthPx, heightPx });
    expect(header?.mayHaveAlpha).toBe(alpha);
  });

  it.each([1, 2, 3, 4, 5, 6, 7, 8])('reads EXIF orientation %i and the size as shown', (tag) => {
    const header = bad(`orientation-${tag}.jpg`);
    expect(header?.orientation).toBe(tag);
    expect(orientedSize(header!)).toEqual({ widthPx: 225, heightPx: 275 });
  });

  it('garbage in the EXIF block leaves the orientation at 1', () => expect(bad('garbage-exif.jpg')?.orientation).toBe(1));

  it.each(['empty.jpg', 'text-renamed.jpg', 'header-only.jpg'])('%s has no usable image data but never throws', (name) => {
    expect(() => bad(name)).not.toThrow();
  });

  it('a JPEG cut off before its frame header has no header', () => {
    const photo = new Uint8Array(readFileSync('tests/fixtures/photos/C001061.jpg'));
    expect(readImageHeader(photo.subarray(0, 20), 'jpeg')).toBeNull();
  });
});

describe('readImageHeader: HEIF boxes', () => {
  const box = (s: string) => [...s].map((c) => c.charCodeAt(0));
  const u32 = (n: number) => [n >>> 24, (n >> 16) & 0xff, (n >> 8) & 0xff, n & 0xff];
  const ftyp = [...u32(24), ...box('ftypheic'), 0, 0, 0, 0, ...box('mif1heic')];
  const ispe = (w: number, h: number) => [...u32(20), ...box('ispe'), 0, 0, 0, 0, ...u32(w), ...u32(h)];

  it('takes the largest ispe (a grid image, not its 512 px tiles)', () => {
    const bytes = new Uint8Array([...ftyp, ...ispe(512, 512), ...ispe(4032, 3024), ...ispe(512, 512)]);
    expect(readImageHeader(bytes, 'heic')).toMatchObject({ widthPx: 4032, heightPx: 3024, orientation: 1, mayHaveAlpha: false });
  });
  it('an odd irot swaps the size as shown', () => {
    const irot = [...u32(9), ...box('irot'), 1];
    const header = readImageHeader(new Uint8Array([...ftyp, ...ispe(4032, 3024), ...irot]), 'heic')!;
    expect(orientedSize(header)).toEqual({ widthPx: 3024, heightPx: 4032 });
  });
  it('an alpha auxiliary image means transparency', () => {
    const auxC = [...u32(40), ...box('auxC'), 0, 0, 0, 0, ...box('urn:mpeg:hevc:2015:auxid:1'), 0];
    expect(readImageHeader(new Uint8Array([...ftyp, ...ispe(100, 100), ...auxC]), 'heic')?.mayHaveAlpha).toBe(true);
  });
});
