import type { ComplianceInput } from '../compliance-input';
import { gradeLow, makeFinding, roundTo, type Finding } from '../finding';

/**
 * laplacianSharpness below this is soft. Calibrated on the 20 fixture portraits (all ≥ 0.52 as published) and
 * the same photos blurred: Gaussian σ 0.6 px → 0.38–0.72, σ ≈ 1.4 px → 0.13–0.32, σ ≈ 2.4 px → ≤ 0.18.
 */
export const SHARPNESS_WARN_BELOW = 0.4;
/** Plainly blurred (MOFA and ISA refuse ピンぼけ, out-of-focus photos). */
export const SHARPNESS_FAIL_BELOW = 0.25;

/** Focus and motion blur of the face (ISO/IEC 29794-5 Sharpness, 0x49). */
export function checkSharpness({ faceStats }: ComplianceInput): Finding | null {
  if (!faceStats) return null;
  const value = faceStats.sharpness.value;
  const status = gradeLow(value, SHARPNESS_WARN_BELOW, SHARPNESS_FAIL_BELOW);
  return makeFinding('sharpness', status, status === 'pass' ? 'ok' : 'blurred', {
    measured: value,
    limit: { min: SHARPNESS_WARN_BELOW },
    unit: 'score',
    params: { score: roundTo(value, 2) },
  });
}
