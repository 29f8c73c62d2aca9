import type { ComplianceInput } from '../compliance-input';
import { makeFinding, roundTo, type Finding } from '../finding';
import { PITCH_LIMIT_DEG, POSE_ESTIMATE_ERROR_DEG } from './head-pose-limits';

/** Chin raised or lowered, from the facial transformation matrix. */
export function checkPitch({ face }: ComplianceInput): Finding {
  const pitch = face.pose.pitchDeg;
  const size = Math.abs(pitch);
  const parts = {
    measured: pitch,
    limit: { min: -PITCH_LIMIT_DEG, max: PITCH_LIMIT_DEG },
    unit: 'deg' as const,
    params: { deg: roundTo(size, 1), limit: PITCH_LIMIT_DEG },
  };
  if (size > PITCH_LIMIT_DEG + POSE_ESTIMATE_ERROR_DEG) return makeFinding('pitch', 'fail', 'tilted', parts);
  if (size > PITCH_LIMIT_DEG) return makeFinding('pitch', 'warn', 'slightly-tilted', parts);
  return makeFinding('pitch', 'pass', 'ok', parts);
}
