import type { ComplianceInput } from '../compliance-input';
import type { Finding } from '../finding';
import { gradeHeadAngle } from './grade-head-angle';
import { PITCH_LIMIT_DEG, POSE_ESTIMATE_ERROR_DEG } from './head-pose-limits';

/** Chin raised or lowered, from the facial transformation matrix. */
export function checkPitch({ face }: ComplianceInput): Finding {
  return gradeHeadAngle({
    rule: 'pitch',
    angleDeg: face.pose.pitchDeg,
    limitDeg: PITCH_LIMIT_DEG,
    warnAboveDeg: PITCH_LIMIT_DEG,
    failAboveDeg: PITCH_LIMIT_DEG + POSE_ESTIMATE_ERROR_DEG,
    warnVerdict: 'slightly-tilted',
    failVerdict: 'tilted',
  });
}
