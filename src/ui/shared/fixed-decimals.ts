/**
 * `value.toFixed(decimals)` without a minus sign on a value that rounds to zero: "-0.0 mm" reads as a fault
 * ("Face off centre -0.0 mm") where there is none.
 */
export function fixedDecimals(value: number, decimals: number): string {
  const text = value.toFixed(decimals);
  return Number(text) === 0 ? (0).toFixed(decimals) : text;
}

/** The value rounded to `decimals`, with -0 made 0, for formatters (Intl) that would print "-0.0". */
export function roundedForDisplay(value: number, decimals: number): number {
  // Adding 0 turns -0 into +0.
  return Number(value.toFixed(decimals)) + 0;
}
