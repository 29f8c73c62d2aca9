import { radToDeg } from '../geometry';
import type { HeadPose } from './face-measurement';

/**
 * Yaw, pitch and roll from MediaPipe's 4×4 facial transformation matrix (column-major, canonical face model
 * space). With R = Rz(roll)·Ry(yaw)·Rx(pitch): r20 = −sin(yaw), r21/r22 give pitch, r10/r00 give roll.
 *
 * The line of sight to an off-centre face is not taken out: MediaPipe fits the canonical face to landmarks whose
 * depths are the face's own, so a face that looks into the lens from the side of the frame already reads
 * frontal. Taking the ray's angle out made a frontal face placed beside another person read 29° of yaw (the
 * e2e two-people copy), and it was not needed on the truth set: the pitch rule's 5° of doubt alone leaves no
 * level portrait failing (tests/truth).
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
