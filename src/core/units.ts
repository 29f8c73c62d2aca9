/** Physical units. Lengths on paper are in millimetres; image lengths are in pixels. */
export type Mm = number;
export type Px = number;
export type Dpi = number;

/** The only place the inch is defined: 1 in = 25.4 mm exactly (international yard and pound agreement, 1959). */
export const MM_PER_INCH = 25.4;

/** Print resolution of every output file: 600 dpi keeps a 0.1 mm adjustment visible (0.1 mm ≈ 2.4 px). */
export const OUTPUT_DPI: Dpi = 600;

export function mmToPx(mm: Mm, dpi: Dpi): Px {
  return (mm / MM_PER_INCH) * dpi;
}

export function pxToMm(px: Px, dpi: Dpi): Mm {
  return (px / dpi) * MM_PER_INCH;
}

/** Whole pixels an edge of `mm` needs at `dpi` (30 mm at 600 dpi → 709 px). */
export function edgePx(mm: Mm, dpi: Dpi): Px {
  return Math.round(mmToPx(mm, dpi));
}

export interface Range {
  readonly min: number;
  readonly max: number;
}

export function midpoint(range: Range): number {
  return (range.min + range.max) / 2;
}

export function inRange(value: number, range: Range, epsilon = 0): boolean {
  return value >= range.min - epsilon && value <= range.max + epsilon;
}

/** The resolution at which `px` pixels print as `mm` millimetres. */
export function dpiFor(px: Px, mm: Mm): Dpi {
  return (px / mm) * MM_PER_INCH;
}
