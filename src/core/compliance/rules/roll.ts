import type { ComplianceInput } from '../compliance-input';
import { makeFinding, roundTo, type Finding } from '../finding';
import { ROLL_LIMIT_DEG } from './head-pose-limits';

/**
 * Auto-levelling by more than this shows: the shoulders and neck tilt the other way and the rotated corners need
 * filling, so the user should look at the result. Below it the rotation is as small as a camera held slightly
 * askew (HivisionIDPhotos levels from 2°; 3° leaves the common hand-held case silent).
 */
export const AUTO_LEVEL_WARN_DEG = 3;

/**
 * Head tilt sideways, measured on the eye line before the photo is levelled (ICAO: within ±8°). The crop rotates
 * the eyes level, but a head tilted past the limit still looks tilted (neck, shoulders), so it fails; a smaller
 * tilt that needed a visible correction is a warning.
 */
export function checkRoll({ face }: ComplianceInput): Finding {
  const roll = face.rollDeg;
  const size = Math.abs(roll);
  const parts = {
    measured: roll,
    limit: { min: -ROLL_LIMIT_DEG, max: ROLL_LIMIT_DEG },
    unit: 'deg' as const,
    params: { deg: roundTo(size, 1), limit: ROLL_LIMIT_DEG },
  };
  if (size > ROLL_LIMIT_DEG) return makeFinding('roll', 'fail', 'tilted', parts);
  if (size > AUTO_LEVEL_WARN_DEG) return makeFinding('roll', 'warn', 'levelled', parts);
  return makeFinding('roll', 'pass', 'ok', parts);
}
