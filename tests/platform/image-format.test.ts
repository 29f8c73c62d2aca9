import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { jpegIsComplete, pngIsComplete, sniffImageFormat } from '../../src/platform/image-format';

const bytes = (s: string) => new Uint8Array([...s].map((c) => c.charCodeAt(0)));

describe('sniffImageFormat', () => {
  it.each([
    ['jpeg', new Uint8Array([0xff, 0xd8, 0xff, 0xe0])],
    ['png', bytes('\x89PNG\r\n\x1a\n....')],
    ['webp', bytes('RIFF\0\0\0\0WEBPVP8 ')],
    ['heic', bytes('\0\0\0\x18ftypheic')],
    ['heic', bytes('\0\0\0\x18ftypmif1')],
    ['gif', bytes('GIF89a')],
    ['unknown', bytes('hello world')],
    ['unknown', new Uint8Array([])],
  ] as const)('%s', (format, data) => expect(sniffImageFormat(data)).toBe(format));
  it('reads a real fixture as JPEG', () => {
    expect(sniffImageFormat(new Uint8Array(readFileSync('tests/fixtures/photos/C001061.jpg')))).toBe('jpeg');
  });
});

describe('completeness', () => {
  const photo = new Uint8Array(readFileSync('tests/fixtures/photos/C001061.jpg'));
  it('a whole JPEG is complete', () => expect(jpegIsComplete(photo)).toBe(true));
  it('the truncated fixture is not', () => expect(jpegIsComplete(new Uint8Array(readFileSync('tests/fixtures/bad/truncated.jpg')))).toBe(false));
  it('trailing padding after EOI is tolerated', () => expect(jpegIsComplete(new Uint8Array([...photo, 0, 0, 0]))).toBe(true));
  it('PNG needs IEND', () => {
    expect(pngIsComplete(bytes('\x89PNG\r\n\x1a\n....\0\0\0\0IEND\xaeB`\x82'))).toBe(true);
    expect(pngIsComplete(bytes('\x89PNG\r\n\x1a\n....'))).toBe(false);
  });
});
