/**
 * Borderless konbini prints enlarge the image so it overfills the paper: a 40 × 30 mm box printed as
 * 41.5 × 31 mm on FamilyMart's L borderless (specs.md §14, support.coreca.co.jp/photoprint), about +3.5 %.
 * A sheet meant for borderless printing is shrunk by the inverse beforehand so the photos come out true to size.
 */

/** Measured borderless enlargement at FamilyMart (Sharp machine), as a factor. */
export const BORDERLESS_ENLARGEMENT_MEASURED = 1.035;

/** Default pre-scale of a borderless sheet: undoes the measured enlargement. */
export const BORDERLESS_SCALE_DEFAULT = 1 / BORDERLESS_ENLARGEMENT_MEASURED;

/** Lab practice is 3–4 mm overfill per side (≈ 6–9 % on L); 10 % covers any machine without inviting typos. */
export const BORDERLESS_SCALE_MIN = 0.9;

/** A pre-scale above 1 would enlarge: that is never what borderless printing needs. */
export const BORDERLESS_SCALE_MAX = 1;

const PERCENT = 100;

/** "The machine enlarges by 3.5 %" → the pre-scale 1/1.035. */
export function borderlessScaleFromEnlargementPercent(enlargementPercent: number): number {
  return 1 / (1 + enlargementPercent / PERCENT);
}

/** The pre-scale 1/1.035 → "3.5 %", the figure the user compares with the ruler. */
export function enlargementPercentFromBorderlessScale(scale: number): number {
  return (1 / scale - 1) * PERCENT;
}

export function isValidBorderlessScale(scale: number): boolean {
  return Number.isFinite(scale) && scale >= BORDERLESS_SCALE_MIN && scale <= BORDERLESS_SCALE_MAX;
}
