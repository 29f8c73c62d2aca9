import type { ComplianceInput } from '../compliance-input';
import { makeFinding, roundTo, type Finding } from '../finding';
import { POSE_ESTIMATE_ERROR_DEG, YAW_LIMIT_DEG } from './head-pose-limits';

/** Head turned left or right, from the facial transformation matrix. */
export function checkYaw({ face }: ComplianceInput): Finding {
  const yaw = face.pose.yawDeg;
  const size = Math.abs(yaw);
  const parts = {
    measured: yaw,
    limit: { min: -YAW_LIMIT_DEG, max: YAW_LIMIT_DEG },
    unit: 'deg' as const,
    params: { deg: roundTo(size, 1), limit: YAW_LIMIT_DEG },
  };
  if (size > YAW_LIMIT_DEG + POSE_ESTIMATE_ERROR_DEG) return makeFinding('yaw', 'fail', 'turned', parts);
  if (size > YAW_LIMIT_DEG) return makeFinding('yaw', 'warn', 'slightly-turned', parts);
  return makeFinding('yaw', 'pass', 'ok', parts);
}
