import { JpegStructureError } from './jpeg-structure-error';

/**
 * Writes the print resolution into a JPEG's JFIF APP0 header (units = dots per inch, X and Y density), inserting
 * the segment when the encoder wrote none. Pure byte function: the pixels are untouched.
 * JFIF 1.02: APP0 marker FFE0, length 16, "JFIF\0", version, units, Xdensity, Ydensity, thumbnail 0×0.
 */
const SOI = [0xff, 0xd8] as const;
const APP0 = 0xe0;
const JFIF_ID = [0x4a, 0x46, 0x49, 0x46, 0x00] as const;
const UNITS_DPI = 1;
/** JFIF densities are 16-bit. */
const MAX_DENSITY = 0xffff;

function isJfifApp0(bytes: Uint8Array, at: number): boolean {
  return bytes[at] === 0xff && bytes[at + 1] === APP0 && JFIF_ID.every((b, i) => bytes[at + 4 + i] === b);
}

export function setJfifDensity(jpeg: Uint8Array, dpi: number): Uint8Array {
  if (jpeg[0] !== SOI[0] || jpeg[1] !== SOI[1]) throw new JpegStructureError('not a JPEG: missing start-of-image marker');
  if (!Number.isInteger(dpi) || dpi < 1 || dpi > MAX_DENSITY) throw new JpegStructureError(`dpi must be an integer 1..${MAX_DENSITY}, got ${dpi}`);
  let out: Uint8Array;
  if (isJfifApp0(jpeg, 2)) {
    out = jpeg.slice();
  } else {
    const app0 = [0xff, APP0, 0x00, 0x10, ...JFIF_ID, 0x01, 0x02, 0, 0, 0, 0, 0, 0, 0];
    out = new Uint8Array(jpeg.length + app0.length);
    out.set(SOI, 0);
    out.set(app0, 2);
    out.set(jpeg.subarray(2), 2 + app0.length);
  }
  // APP0 payload: length(2) "JFIF\0"(5) version(2) → units at +11, Xdensity at +12, Ydensity at +14 from the marker.
  out[2 + 11] = UNITS_DPI;
  out[2 + 12] = dpi >> 8;
  out[2 + 13] = dpi & 0xff;
  out[2 + 14] = dpi >> 8;
  out[2 + 15] = dpi & 0xff;
  return out;
}

/** Reads the JFIF density back: { units, x, y } or null when there is no JFIF APP0 right after SOI. */
export function readJfifDensity(jpeg: Uint8Array): { units: number; x: number; y: number } | null {
  if (!isJfifApp0(jpeg, 2)) return null;
  const at = 2;
  return {
    units: jpeg[at + 11] ?? 0,
    x: ((jpeg[at + 12] ?? 0) << 8) | (jpeg[at + 13] ?? 0),
    y: ((jpeg[at + 14] ?? 0) << 8) | (jpeg[at + 15] ?? 0),
  };
}
