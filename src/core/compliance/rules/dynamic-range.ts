import type { ComplianceInput } from '../compliance-input';
import { gradeLow, makeFinding, roundTo, type Finding } from '../finding';

/**
 * DynamicRange (0x48): OFIQ quality = 12.5 × entropy bits, so 50 at 4 bits and 25 at 2 bits (the light rules'
 * convention, see exposure.ts). Fixture faces: 5.3–7.4 bits; the same faces 3.3 stops darker: 2.4–4.1 bits.
 */
export const ENTROPY_WARN_BELOW_BITS = 4;
export const ENTROPY_FAIL_BELOW_BITS = 2;

/** Enough distinct tones in the face (ISO/IEC 29794-5 DynamicRange): flat, washed-out or crushed faces have few. */
export function checkDynamicRange({ faceStats }: ComplianceInput): Finding | null {
  if (!faceStats) return null;
  const bits = faceStats.entropyBits;
  const status = gradeLow(bits, ENTROPY_WARN_BELOW_BITS, ENTROPY_FAIL_BELOW_BITS);
  return makeFinding('dynamic-range', status, status === 'pass' ? 'ok' : 'flat', {
    measured: bits,
    limit: { min: ENTROPY_WARN_BELOW_BITS },
    unit: 'bits',
    params: { bits: roundTo(bits, 1) },
  });
}
