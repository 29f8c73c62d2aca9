import type { Range } from '../units';
import type { FindingStatus } from './finding';

/**
 * Half the 0.1 mm step the read-outs show: a value displayed as exactly the limit passes.
 */
export const DISPLAY_EPSILON_MM = 0.05;
/**
 * Within this of a tolerance's end the verdict is a warning: landmark 152 sat up to 1 % of the face height
 * (≈ 0.3 mm of a 34 mm face) off the visible chin on real photos (ARCHITECTURE.md), so the true value may be outside.
 */
export const NEAR_LIMIT_MM = 0.3;

export type BandVerdict = 'below' | 'above' | 'near-limit' | 'ok';

/** Where a length on the photo sits against the spec's tolerance. */
export function gradeBand(valueMm: number, range: Range): { status: FindingStatus; verdict: BandVerdict } {
  if (valueMm < range.min - DISPLAY_EPSILON_MM) return { status: 'fail', verdict: 'below' };
  if (valueMm > range.max + DISPLAY_EPSILON_MM) return { status: 'fail', verdict: 'above' };
  const margin = Math.min(NEAR_LIMIT_MM, (range.max - range.min) / 4);
  if (valueMm < range.min + margin || valueMm > range.max - margin) return { status: 'warn', verdict: 'near-limit' };
  return { status: 'pass', verdict: 'ok' };
}
