import type { ComplianceInput } from '../compliance-input';
import type { Finding } from '../finding';
import { gradeHeadAngle } from './grade-head-angle';
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
  return gradeHeadAngle({
    rule: 'roll',
    angleDeg: face.rollDeg,
    limitDeg: ROLL_LIMIT_DEG,
    warnAboveDeg: AUTO_LEVEL_WARN_DEG,
    failAboveDeg: ROLL_LIMIT_DEG,
    warnVerdict: 'levelled',
    failVerdict: 'tilted',
  });
}
