import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { jpegIsComplete, pngIsComplete, sniffImageFormat } from '../../src/platform/image-format';

const bytes = (s: string) => new Uint8Array([...s].map((c) => c.charCodeAt(0)));
const fixture = (name: string) => new Uint8Array(readFileSync(`tests/fixtures/bad/${name}`));

describe('sniffImageFormat', () => {
  it.each([
    ['jpeg', new Uint8Array([0xff, 0xd8, 0xff, 0xe0])],
    ['png', bytes('\x89PNG\r\n\x1a\n....')],
    ['webp', bytes('RIFF\0\0\0\0WEBPVP8 ')],
    ['heic', bytes('\0\0\0\x18ftypheic\0\0\0\0mif1heic')],
    ['heic', bytes('\0\0\0\x18ftypmif1\0\0\0\0mif1heic')],
    ['avif', bytes('\0\0\0\x1cftypavif\0\0\0\0avifmif1miaf')],
    ['avif', bytes('\0\0\0\x18ftypmif1\0\0\0\0mif1avif')],
    ['raw', bytes('\0\0\0\x18ftypcrx \0\0\0\0crx isom')],
    ['gif', bytes('GIF89a')],
    ['bmp', bytes('BM')],
    ['tiff', bytes('II*\0\x08\0\0\0')],
    ['tiff', bytes('MM\0*\0\0\0\x08')],
    ['raw', bytes('IIRO\x08\0\0\0')],
    ['raw', bytes('FUJIFILMCCD-RAW 0201')],
    ['pdf', bytes('%PDF-1.7\n')],
    ['svg', bytes('<svg xmlns="http://www.w3.org/2000/svg"/>')],
    ['svg', bytes('\xEF\xBB\xBF  <?xml version="1.0"?>\n<!-- x -->\n<svg width="1">')],
    ['unknown', bytes('<html><body>hello</body></html>')],
    ['unknown', bytes('hello world')],
    ['unknown', bytes('\0\0\0\x18ftypisom\0\0\0\0isommp41')],
    ['unknown', new Uint8Array([])],
  ] as const)('%s', (format, data) => expect(sniffImageFormat(data)).toBe(format));

  it.each([
    ['photo.heic', 'heic'],
    ['photo.avif', 'avif'],
    ['photo.webp', 'webp'],
    ['photo.gif', 'gif'],
    ['photo.bmp', 'bmp'],
    ['photo.tiff', 'tiff'],
    ['document.pdf', 'pdf'],
    ['script.svg', 'svg'],
    ['camera.orf', 'raw'],
    ['text-renamed.jpg', 'unknown'],
    ['rgb16.png', 'png'],
    ['cmyk.jpg', 'jpeg'],
  ])('reads the fixture %s as %s', (name, format) => expect(sniffImageFormat(fixture(name))).toBe(format));
});

describe('completeness', () => {
  const photo = new Uint8Array(readFileSync('tests/fixtures/photos/C001061.jpg'));
  it('a whole JPEG is complete', () => expect(jpegIsComplete(photo)).toBe(true));
  it('the truncated fixture is not', () => expect(jpegIsComplete(fixture('truncated.jpg'))).toBe(false));
  it('trailing padding after EOI is tolerated', () => expect(jpegIsComplete(new Uint8Array([...photo, 0, 0, 0]))).toBe(true));
  it('PNG needs IEND', () => {
    expect(pngIsComplete(bytes('\x89PNG\r\n\x1a\n....\0\0\0\0IEND\xaeB`\x82'))).toBe(true);
    expect(pngIsComplete(bytes('\x89PNG\r\n\x1a\n....'))).toBe(false);
    expect(pngIsComplete(fixture('truncated.png'))).toBe(false);
    expect(pngIsComplete(fixture('rgb16.png'))).toBe(true);
  });
});
