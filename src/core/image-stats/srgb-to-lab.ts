import { srgbToLinear } from './ofiq-luminance';

/** CIELAB colour (D65 white), L* 0..100. */
export interface Lab {
  readonly l: number;
  readonly a: number;
  readonly b: number;
}

export interface Rgb {
  /** sRGB channels 0..255. */
  readonly r: number;
  readonly g: number;
  readonly b: number;
}

/** D65 reference white (CIE 15:2004), the white point of sRGB. */
const WHITE_X = 0.95047;
const WHITE_Z = 1.08883;
/** CIE constants ε = 216/24389 and κ = 24389/27 (CIE 15:2004 §8.2.1). */
const EPSILON = 216 / 24389;
const KAPPA = 24389 / 27;

function f(t: number): number {
  return t > EPSILON ? Math.cbrt(t) : (KAPPA * t + 16) / 116;
}

/** CIE 1976 lightness L* (0..100) of a relative luminance Y (0..1). */
export function cieLightness(y: number): number {
  return 116 * f(y) - 16;
}

/** sRGB (IEC 61966-2-1) → CIE XYZ (D65) → CIELAB. */
export function srgbToLab(rgb: Rgb): Lab {
  const r = srgbToLinear(rgb.r / 255);
  const g = srgbToLinear(rgb.g / 255);
  const b = srgbToLinear(rgb.b / 255);
  const x = 0.4124564 * r + 0.3575761 * g + 0.1804375 * b;
  const y = 0.2126729 * r + 0.7151522 * g + 0.072175 * b;
  const z = 0.0193339 * r + 0.119192 * g + 0.9503041 * b;
  const fx = f(x / WHITE_X);
  const fy = f(y);
  const fz = f(z / WHITE_Z);
  return { l: cieLightness(y), a: 500 * (fx - fy), b: 200 * (fy - fz) };
}

/** CIE76 colour difference ΔE*ab: about 2.3 is just noticeable side by side (Sharma 2003). */
export function deltaE76(p: Lab, q: Lab): number {
  return Math.hypot(p.l - q.l, p.a - q.a, p.b - q.b);
}

/** "#rrggbb" → sRGB; throws on anything else, naming the value. */
export function parseHexColour(hex: string): Rgb {
  const match = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex);
  if (!match) throw new Error(`colour: expected #rrggbb, got "${hex}"`);
  return { r: parseInt(match[1] as string, 16), g: parseInt(match[2] as string, 16), b: parseInt(match[3] as string, 16) };
}
