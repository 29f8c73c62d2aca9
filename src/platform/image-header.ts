import type { ImageFormat } from './image-format';

/**
 * The pixel size a file claims, read from its header before anything is decoded, so a decompression bomb (a small
 * file claiming 20000×20000 px) is refused before the browser allocates 1.6 GB for it, and a large photo can be
 * decoded straight to the working size. Every reader is total: any byte sequence gives a header or null, never an
 * exception or a long loop (fuzzed in tests/platform/byte-parsers.fuzz.test.ts).
 */
export interface ImageHeader {
  /** As stored, before the EXIF orientation. */
  readonly widthPx: number;
  readonly heightPx: number;
  /** EXIF orientation 1–8 (JPEG), or 1; 5–8 swap width and height when shown. */
  readonly orientation: number;
  /** The format can carry transparency here (PNG colour type or tRNS, WebP alpha, GIF, 32-bit BMP). */
  readonly mayHaveAlpha: boolean;
}

/** Size as shown, after the EXIF orientation. */
export function orientedSize(header: ImageHeader): { widthPx: number; heightPx: number } {
  const swaps = header.orientation >= FIRST_SWAPPING_ORIENTATION;
  return swaps ? { widthPx: header.heightPx, heightPx: header.widthPx } : { widthPx: header.widthPx, heightPx: header.heightPx };
}

/** EXIF orientations 5–8 are transposes: the stored rows become columns. */
const FIRST_SWAPPING_ORIENTATION = 5;
const MAX_ORIENTATION = 8;

const u16be = (b: Uint8Array, at: number) => ((b[at] ?? 0) << 8) | (b[at + 1] ?? 0);
const u16le = (b: Uint8Array, at: number) => (b[at] ?? 0) | ((b[at + 1] ?? 0) << 8);
const u24le = (b: Uint8Array, at: number) => u16le(b, at) | ((b[at + 2] ?? 0) << 16);
const u32be = (b: Uint8Array, at: number) => (((b[at] ?? 0) << 24) >>> 0) + ((b[at + 1] ?? 0) << 16) + u16be(b, at + 2);
const i32le = (b: Uint8Array, at: number) => (b[at] ?? 0) | ((b[at + 1] ?? 0) << 8) | ((b[at + 2] ?? 0) << 16) | ((b[at + 3] ?? 0) << 24);
const ascii = (b: Uint8Array, at: number, length: number) => String.fromCharCode(...b.subarray(at, at + length));

export function readImageHeader(bytes: Uint8Array, format: ImageFormat): ImageHeader | null {
  switch (format) {
    case 'jpeg':
      return readJpegHeader(bytes);
    case 'png':
      return readPngHeader(bytes);
    case 'gif':
      return sized(u16le(bytes, 6), u16le(bytes, 8), 1, true, bytes.length >= 10);
    case 'bmp':
      return readBmpHeader(bytes);
    case 'webp':
      return readWebpHeader(bytes);
    case 'heic':
    case 'avif':
      return readBmffHeader(bytes);
    default:
      return null;
  }
}

function sized(widthPx: number, heightPx: number, orientation: number, mayHaveAlpha: boolean, complete = true): ImageHeader | null {
  if (!complete || !(widthPx > 0) || !(heightPx > 0)) return null;
  return { widthPx, heightPx, orientation, mayHaveAlpha };
}

/* ---------------------------------------------------------------- JPEG (ITU-T T.81 B.1; EXIF 2.32 for APP1) */
const JPEG_MARKER = 0xff;
const APP1 = 0xe1;
const SOS = 0xda;
const EOI = 0xd9;
/** Markers without a length field: TEM, RST0–7 (and SOI/EOI, handled apart). */
const isStandalone = (m: number) => m === 0x01 || (m >= 0xd0 && m <= 0xd7);
/** SOF0–SOF15 except DHT (C4), JPG (C8) and DAC (CC) carry the frame size. */
const isStartOfFrame = (m: number) => m >= 0xc0 && m <= 0xcf && m !== 0xc4 && m !== 0xc8 && m !== 0xcc;

function readJpegHeader(bytes: Uint8Array): ImageHeader | null {
  let orientation = 1;
  let at = 2;
  while (at + 4 <= bytes.length) {
    if (bytes[at] !== JPEG_MARKER) return null;
    const marker = bytes[at + 1]!;
    if (marker === JPEG_MARKER) {
      at += 1; // fill byte before a marker
      continue;
    }
    if (isStandalone(marker)) {
      at += 2;
      continue;
    }
    if (marker === SOS || marker === EOI) return null; // image data before any frame header
    const length = u16be(bytes, at + 2);
    if (length < 2) return null;
    if (marker === APP1 && ascii(bytes, at + 4, 6) === 'Exif\0\0') {
      orientation = readExifOrientation(bytes.subarray(at + 10, Math.min(bytes.length, at + 2 + length))) ?? orientation;
    }
    if (isStartOfFrame(marker)) {
      if (at + 9 > bytes.length) return null;
      return sized(u16be(bytes, at + 7), u16be(bytes, at + 5), orientation, false);
    }
    at += 2 + length;
  }
  return null;
}

const TIFF_ORIENTATION_TAG = 0x0112;
const IFD_ENTRY_BYTES = 12;
/** A real IFD0 has a few dozen entries; garbage can claim 65535, which we need not walk. */
const MAX_IFD_ENTRIES = 512;

/** Orientation from IFD0 of the TIFF structure inside EXIF, or null when it is absent or malformed. */
function readExifOrientation(tiff: Uint8Array): number | null {
  const order = ascii(tiff, 0, 2);
  if (order !== 'II' && order !== 'MM') return null;
  const u16 = order === 'II' ? u16le : u16be;
  const u32 = order === 'II' ? (b: Uint8Array, at: number) => u16le(b, at) + u16le(b, at + 2) * 65536 : u32be;
  const ifd0 = u32(tiff, 4);
  if (ifd0 + 2 > tiff.length) return null;
  const count = Math.min(u16(tiff, ifd0), MAX_IFD_ENTRIES);
  for (let i = 0; i < count; i++) {
    const entry = ifd0 + 2 + i * IFD_ENTRY_BYTES;
    if (entry + IFD_ENTRY_BYTES > tiff.length) return null;
    if (u16(tiff, entry) === TIFF_ORIENTATION_TAG) {
      const value = u16(tiff, entry + 8);
      return value >= 1 && value <= MAX_ORIENTATION ? value : null;
    }
  }
  return null;
}

/* ---------------------------------------------------------------- PNG (ISO/IEC 15948) */
const PNG_IHDR_AT = 8;
const PNG_COLOUR_TYPE_AT = 25;
/** Colour types 4 (grey + alpha) and 6 (RGBA) carry alpha; any type can add it with a tRNS chunk. */
const PNG_ALPHA_COLOUR_TYPES = new Set([4, 6]);
const PNG_CHUNK_OVERHEAD_BYTES = 12;

function readPngHeader(bytes: Uint8Array): ImageHeader | null {
  if (ascii(bytes, PNG_IHDR_AT + 4, 4) !== 'IHDR' || bytes.length < PNG_COLOUR_TYPE_AT + 1) return null;
  let mayHaveAlpha = PNG_ALPHA_COLOUR_TYPES.has(bytes[PNG_COLOUR_TYPE_AT]!);
  // tRNS must come before the first IDAT; each step moves forward by at least one chunk header.
  for (let at = PNG_IHDR_AT; at + 8 <= bytes.length && !mayHaveAlpha; ) {
    const type = ascii(bytes, at + 4, 4);
    if (type === 'IDAT') break;
    if (type === 'tRNS') mayHaveAlpha = true;
    at += PNG_CHUNK_OVERHEAD_BYTES + u32be(bytes, at);
  }
  return sized(u32be(bytes, PNG_IHDR_AT + 8), u32be(bytes, PNG_IHDR_AT + 12), 1, mayHaveAlpha);
}

/* ---------------------------------------------------------------- BMP (BITMAPINFOHEADER and OS/2 core header) */
const BMP_DIB_AT = 14;
const BMP_CORE_HEADER_BYTES = 12;
const BMP_ALPHA_BITS = 32;

function readBmpHeader(bytes: Uint8Array): ImageHeader | null {
  if (bytes.length < BMP_DIB_AT + 16) return null;
  const dibBytes = i32le(bytes, BMP_DIB_AT);
  if (dibBytes === BMP_CORE_HEADER_BYTES) return sized(u16le(bytes, 18), u16le(bytes, 20), 1, false);
  // A negative height means rows stored top-down.
  return sized(Math.abs(i32le(bytes, 18)), Math.abs(i32le(bytes, 22)), 1, u16le(bytes, 28) === BMP_ALPHA_BITS);
}

/* ---------------------------------------------------------------- WebP (RFC 9649) */
const WEBP_CHUNK_AT = 12;
const VP8X_ALPHA_FLAG = 0x10;
const VP8_SIZE_MASK = 0x3fff;

function readWebpHeader(bytes: Uint8Array): ImageHeader | null {
  const chunk = ascii(bytes, WEBP_CHUNK_AT, 4);
  if (chunk === 'VP8 ') {
    return sized(u16le(bytes, 26) & VP8_SIZE_MASK, u16le(bytes, 28) & VP8_SIZE_MASK, 1, false, bytes.length >= 30);
  }
  if (chunk === 'VP8L') {
    if (bytes.length < 25) return null;
    const [b0, b1, b2, b3] = [bytes[21]!, bytes[22]!, bytes[23]!, bytes[24]!];
    const widthPx = 1 + (b0 | ((b1 & 0x3f) << 8));
    const heightPx = 1 + ((b1 >> 6) | (b2 << 2) | ((b3 & 0x0f) << 10));
    return sized(widthPx, heightPx, 1, ((b3 >> 4) & 1) === 1);
  }
  if (chunk === 'VP8X') {
    if (bytes.length < 30) return null;
    return sized(1 + u24le(bytes, 24), 1 + u24le(bytes, 27), 1, (bytes[20]! & VP8X_ALPHA_FLAG) !== 0);
  }
  return null;
}

/* ---------------------------------------------------------------- HEIF / AVIF (ISO/IEC 23008-12) */
/**
 * The item properties (ispe: image spatial extents) sit in the meta box near the start of the file; a grid image
 * lists its full size and each tile's. The largest ispe is the photo. Scanning for the box type instead of walking
 * the box tree keeps this short and total; the decoder validates the file properly afterwards.
 */
const BMFF_HEADER_SCAN_BYTES = 256 * 1024;
/** Width and height follow the box type (4 bytes) and its version/flags (4 bytes). */
const ISPE_PAYLOAD_AT = 8;
const ALPHA_AUX_URN = /auxid:1|auxiliary:alpha/;
const AUX_URN_MAX_BYTES = 64;

function readBmffHeader(bytes: Uint8Array): ImageHeader | null {
  const end = Math.min(bytes.length, BMFF_HEADER_SCAN_BYTES) - 4;
  let best: { widthPx: number; heightPx: number } | null = null;
  let quarterTurns = 0;
  let alpha = false;
  for (let at = 4; at <= end; at++) {
    // 'i' (ispe, irot) and 'a' (auxC) start the box types we want.
    if (bytes[at] !== 0x69 && bytes[at] !== 0x61) continue;
    const type = ascii(bytes, at, 4);
    if (type === 'ispe' && at + ISPE_PAYLOAD_AT + 8 <= bytes.length) {
      const widthPx = u32be(bytes, at + ISPE_PAYLOAD_AT);
      const heightPx = u32be(bytes, at + ISPE_PAYLOAD_AT + 4);
      if (!best || widthPx * heightPx > best.widthPx * best.heightPx) best = { widthPx, heightPx };
    } else if (type === 'irot' && at + 4 < bytes.length) {
      quarterTurns = bytes[at + 4]! & 0x03;
    } else if (type === 'auxC') {
      // An auxiliary image whose type URN names alpha (HEVC: "…:auxid:1", AV1: "…:auxiliary:alpha").
      alpha ||= ALPHA_AUX_URN.test(ascii(bytes, at + 8, AUX_URN_MAX_BYTES));
    }
  }
  if (!best) return null;
  // irot turns the image anticlockwise by quarter turns; odd turns swap width and height like EXIF 6/8.
  // The size is the coded size (an encoder may round it up to its block size; 'clap' crops it for display):
  // an upper bound, which is what the pixel limit needs.
  const odd = quarterTurns % 2 === 1;
  return sized(best.widthPx, best.heightPx, odd ? 6 : 1, alpha);
}
