import type { ComplianceInput } from '../compliance-input';
import { gradeLow, makeFinding, roundTo, type Finding } from '../finding';

/**
 * Histogram intersection of the two halves of the lower face below which one side is visibly darker. On the
 * fixture portraits, studio key light that leaves one cheek visibly shaded reads 0.30–0.34 and evenly lit faces
 * 0.48–0.94. OFIQ's own mapping (100 · raw^0.3) is far more lenient and is taken on small cheek patches, so its
 * numbers do not carry over to halves.
 */
export const ILLUMINATION_WARN_BELOW = 0.4;
/** Half the face in shadow: a 2-stop shadow over one half reads below 0.1. */
export const ILLUMINATION_FAIL_BELOW = 0.2;

const PERCENT = 100;

/** Even light on both sides of the face (ISO/IEC 29794-5 IlluminationUniformity, 0x43; ICAO: no shadows on the face). */
export function checkIllumination({ faceStats }: ComplianceInput): Finding | null {
  if (!faceStats) return null;
  const { intersection, darkerSide, meanDifference } = faceStats.illumination;
  const status = gradeLow(intersection, ILLUMINATION_WARN_BELOW, ILLUMINATION_FAIL_BELOW);
  return makeFinding('illumination', status, status === 'pass' ? 'ok' : `darker-${darkerSide}`, {
    measured: intersection,
    limit: { min: ILLUMINATION_WARN_BELOW },
    unit: 'score',
    params: { score: roundTo(intersection, 2), differencePercent: roundTo(meanDifference * PERCENT, 0) },
  });
}
