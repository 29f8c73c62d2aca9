/**
 * Luminance as ISO/IEC 29794-5 and its reference implementation OFIQ define it (image_utils.cpp,
 * GetLuminanceImageFromBGR): linearise sRGB, Y = 0.2126 R + 0.7152 G + 0.0722 B (ITU-R BT.709), then
 * round(Y · 255). Linear light, not gamma-encoded: a mid-grey sRGB 128 has luminance 55.
 */

/** Levels of an 8-bit channel and of the luminance histogram. */
export const LEVELS = 256;

/** sRGB transfer function (IEC 61966-2-1), 0..1 → 0..1. */
export function srgbToLinear(encoded: number): number {
  return encoded > 0.04045 ? ((encoded + 0.055) / 1.055) ** 2.4 : encoded / 12.92;
}

export function linearToSrgb(linear: number): number {
  return linear > 0.0031308 ? 1.055 * linear ** (1 / 2.4) - 0.055 : linear * 12.92;
}

export const BT709_R = 0.2126;
export const BT709_G = 0.7152;
export const BT709_B = 0.0722;

function table(weight: number): Float64Array {
  const t = new Float64Array(LEVELS);
  for (let i = 0; i < LEVELS; i++) t[i] = weight * srgbToLinear(i / (LEVELS - 1)) * (LEVELS - 1);
  return t;
}

/** Each channel's contribution to luminance, in luminance levels, so a pixel costs three look-ups. */
export const R_PART: Float64Array = table(BT709_R);
export const G_PART: Float64Array = table(BT709_G);
export const B_PART: Float64Array = table(BT709_B);
/** Linear light of an sRGB byte, 0..1. */
export const LINEAR_BY_BYTE: Float64Array = Float64Array.from({ length: LEVELS }, (_, i) => srgbToLinear(i / (LEVELS - 1)));

/** OFIQ luminance level 0..255 of one sRGB pixel. */
export function ofiqLuminance(r: number, g: number, b: number): number {
  return Math.floor((R_PART[r] ?? 0) + (G_PART[g] ?? 0) + (B_PART[b] ?? 0) + 0.5);
}
