/** What a file really is, from its first bytes (the file name and MIME type can lie). */
export type ImageFormat = 'jpeg' | 'png' | 'webp' | 'heic' | 'gif' | 'bmp' | 'unknown';

const ascii = (bytes: Uint8Array, from: number, length: number): string =>
  String.fromCharCode(...bytes.subarray(from, from + length));

export function sniffImageFormat(bytes: Uint8Array): ImageFormat {
  if (bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) return 'jpeg';
  if (ascii(bytes, 0, 8) === '\x89PNG\r\n\x1a\n') return 'png';
  if (ascii(bytes, 0, 4) === 'RIFF' && ascii(bytes, 8, 4) === 'WEBP') return 'webp';
  if (ascii(bytes, 4, 4) === 'ftyp' && /^(heic|heix|hevc|hevx|heim|heis|mif1|msf1|avif)$/.test(ascii(bytes, 8, 4))) return 'heic';
  if (ascii(bytes, 0, 4) === 'GIF8') return 'gif';
  if (ascii(bytes, 0, 2) === 'BM') return 'bmp';
  return 'unknown';
}

/**
 * A JPEG whose data stops before its end-of-image marker was cut off (an interrupted download or copy).
 * Browsers still decode such files and paint the missing rows grey, which would silently spoil the photo.
 * Some encoders pad after EOI, so look for FFD9 near the end rather than exactly at it.
 */
const EOI_SEARCH_TAIL_BYTES = 4096;

export function jpegIsComplete(bytes: Uint8Array): boolean {
  const from = Math.max(2, bytes.length - EOI_SEARCH_TAIL_BYTES);
  for (let i = bytes.length - 2; i >= from; i--) {
    if (bytes[i] === 0xff && bytes[i + 1] === 0xd9) return true;
  }
  return false;
}

/** PNG files end with an IEND chunk; a truncated PNG lacks it. */
export function pngIsComplete(bytes: Uint8Array): boolean {
  return bytes.length >= 12 && ascii(bytes, bytes.length - 8, 4) === 'IEND';
}
