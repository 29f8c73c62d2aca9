import type { ComplianceInput } from '../compliance-input';
import type { Finding } from '../finding';
import { gradeHeadAngle } from './grade-head-angle';
import { PITCH_ESTIMATE_ERROR_DEG, PITCH_LIMIT_DEG } from './head-pose-limits';

/** Chin raised or lowered, from the facial transformation matrix (seen from the lens: head-pose.ts). */
export function checkPitch({ face }: ComplianceInput): Finding {
  return gradeHeadAngle({
    rule: 'pitch',
    angleDeg: face.pose.pitchDeg,
    limitDeg: PITCH_LIMIT_DEG,
    warnAboveDeg: PITCH_LIMIT_DEG,
    failAboveDeg: PITCH_LIMIT_DEG + PITCH_ESTIMATE_ERROR_DEG,
    warnVerdict: 'slightly-tilted',
    failVerdict: 'tilted',
  });
}
