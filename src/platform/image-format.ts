/**
 * What a file really is, from its first bytes (the file name and MIME type can lie).
 * Decodable: jpeg, png, webp, gif, bmp, avif (the browser), heic (the browser when it can, else libheif).
 * Refused with their own message: tiff (also most camera RAW files, which are TIFF inside), svg, pdf, raw.
 */
export type ImageFormat = 'jpeg' | 'png' | 'webp' | 'heic' | 'avif' | 'gif' | 'bmp' | 'tiff' | 'svg' | 'pdf' | 'raw' | 'unknown';

/** Formats we never decode: a document or a camera's raw sensor data, not a photo a browser shows. */
export const REFUSED_FORMATS: readonly ImageFormat[] = ['tiff', 'svg', 'pdf', 'raw'];

const ascii = (bytes: Uint8Array, from: number, length: number): string =>
  String.fromCharCode(...bytes.subarray(from, from + length));

/** ISO-BMFF (HEIF, AVIF, CR3) starts with an ftyp box: size(4) "ftyp" major brand(4) minor version(4) brands… */
const FTYP_BRANDS_FROM = 16;
/** A sane ftyp box is small; a larger size field is garbage and must not make us read far. */
const MAX_FTYP_BYTES = 256;
const AVIF_BRANDS = new Set(['avif', 'avis']);
const HEIC_BRANDS = new Set(['heic', 'heix', 'hevc', 'hevx', 'heim', 'heis', 'mif1', 'msf1', 'miaf', 'MiHE']);
/** Canon CR3 is ISO-BMFF too. */
const RAW_BRANDS = new Set(['crx ']);
/** How far into a text file to look for an <svg> element (after an XML prolog, a doctype and comments). */
const SVG_SNIFF_BYTES = 1024;

/** The ftyp box's major and compatible brands, or null when the file does not start with one. */
function ftypBrands(bytes: Uint8Array): string[] | null {
  if (bytes.length < 12 || ascii(bytes, 4, 4) !== 'ftyp') return null;
  const boxSize = ((bytes[0]! << 24) >>> 0) + (bytes[1]! << 16) + (bytes[2]! << 8) + bytes[3]!;
  const end = Math.min(bytes.length, boxSize, MAX_FTYP_BYTES);
  const brands = [ascii(bytes, 8, 4)];
  for (let at = FTYP_BRANDS_FROM; at + 4 <= end; at += 4) brands.push(ascii(bytes, at, 4));
  return brands;
}

function bmffFormat(brands: string[]): ImageFormat {
  // The major brand decides; a HEIF container whose brands name AVIF anywhere holds an AV1 image.
  const [major] = brands;
  if (major !== undefined && RAW_BRANDS.has(major)) return 'raw';
  if (major !== undefined && AVIF_BRANDS.has(major)) return 'avif';
  if (major !== undefined && (major === 'heic' || major === 'heix' || major === 'hevc' || major === 'hevx')) return 'heic';
  if (brands.some((b) => AVIF_BRANDS.has(b))) return 'avif';
  if (brands.some((b) => HEIC_BRANDS.has(b))) return 'heic';
  return 'unknown';
}

function looksLikeSvg(bytes: Uint8Array): boolean {
  const head = ascii(bytes, 0, SVG_SNIFF_BYTES).replace(/^\uFEFF|^\xEF\xBB\xBF/, '').trimStart();
  return head.startsWith('<') && /<svg[\s>]/i.test(head);
}

export function sniffImageFormat(bytes: Uint8Array): ImageFormat {
  if (bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) return 'jpeg';
  if (ascii(bytes, 0, 8) === '\x89PNG\r\n\x1a\n') return 'png';
  if (ascii(bytes, 0, 4) === 'RIFF' && ascii(bytes, 8, 4) === 'WEBP') return 'webp';
  const brands = ftypBrands(bytes);
  if (brands) return bmffFormat(brands);
  if (ascii(bytes, 0, 4) === 'GIF8') return 'gif';
  if (ascii(bytes, 0, 2) === 'BM') return 'bmp';
  // Olympus ORF and Panasonic RW2 use their own TIFF magic; Fujifilm RAF has a text signature.
  if (ascii(bytes, 0, 4) === 'IIRO' || ascii(bytes, 0, 4) === 'IIU\0' || ascii(bytes, 0, 15) === 'FUJIFILMCCD-RAW') return 'raw';
  // TIFF, and CR2, NEF, ARW, DNG, which are TIFF files.
  if (ascii(bytes, 0, 4) === 'II*\0' || ascii(bytes, 0, 4) === 'MM\0*') return 'tiff';
  if (ascii(bytes, 0, 5) === '%PDF-') return 'pdf';
  if (looksLikeSvg(bytes)) return 'svg';
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
