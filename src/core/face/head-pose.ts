import { radToDeg } from '../geometry';
import type { HeadPose } from './face-measurement';

/**
 * Yaw, pitch and roll from MediaPipe's 4×4 facial transformation matrix (column-major, canonical face model
 * space). With R = Rz(roll)·Ry(yaw)·Rx(pitch): r20 = −sin(yaw), r21/r22 give pitch, r10/r00 give roll.
 */
export function headPoseFromMatrix(matrix: readonly number[]): HeadPose {
  const r = (row: number, col: number): number => matrix[col * 4 + row] ?? 0;
  const sinYaw = Math.max(-1, Math.min(1, -r(2, 0)));
  return {
    yawDeg: radToDeg(Math.asin(sinYaw)),
    pitchDeg: radToDeg(Math.atan2(r(2, 1), r(2, 2))),
    rollDeg: radToDeg(Math.atan2(r(1, 0), r(0, 0))),
  };
}
