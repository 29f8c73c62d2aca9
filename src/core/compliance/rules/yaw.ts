import type { ComplianceInput } from '../compliance-input';
import type { Finding } from '../finding';
import { gradeHeadAngle } from './grade-head-angle';
import { POSE_ESTIMATE_ERROR_DEG, YAW_LIMIT_DEG } from './head-pose-limits';

/** Head turned left or right, from the facial transformation matrix. */
export function checkYaw({ face }: ComplianceInput): Finding {
  return gradeHeadAngle({
    rule: 'yaw',
    angleDeg: face.pose.yawDeg,
    limitDeg: YAW_LIMIT_DEG,
    warnAboveDeg: YAW_LIMIT_DEG,
    failAboveDeg: YAW_LIMIT_DEG + POSE_ESTIMATE_ERROR_DEG,
    warnVerdict: 'slightly-turned',
    failVerdict: 'turned',
  });
}
