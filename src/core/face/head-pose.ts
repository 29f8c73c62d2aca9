import { radToDeg } from '../geometry';
import type { HeadPose } from './face-measurement';

/**
 * Yaw, pitch and roll of the head relative to the line of sight from the lens, from MediaPipe's 4×4 facial
 * transformation matrix (column-major, canonical face model space, camera looking down −z).
 *
 * The matrix's rotation is relative to the camera's axis. A face away from the photo's centre is seen along a ray
 * tilted from that axis, so a person looking into the lens reads as turned by the ray's angle: on the 20 fixture
 * portraits the face sits up to 5° off the axis, and taking the ray out narrowed the spread of pitch from 5.3° to
 * 4.9° (standard deviation) and yaw from 6.2° to 5.0°; one frontal portrait read 8.5° of pitch and reads 0.2°
 * without it (tests/truth/pose-report.ts, `npm run bench`).
 * With R = Rz(roll)·Ry(yaw)·Rx(pitch): r20 = −sin(yaw), r21/r22 give pitch, r10/r00 give roll.
 */
export function headPoseFromMatrix(matrix: readonly number[]): HeadPose {
  const r = (row: number, col: number): number => matrix[col * 4 + row] ?? 0;
  const sinYaw = Math.max(-1, Math.min(1, -r(2, 0)));
  const [tx, ty, tz] = [r(0, 3), r(1, 3), r(2, 3)];
  // Only a face in front of the camera (z < 0) has a line of sight; a bare rotation (tests) has none.
  const inFront = tz < 0;
  return {
    yawDeg: radToDeg(Math.asin(sinYaw) - (inFront ? Math.atan2(tx, -tz) : 0)),
    pitchDeg: radToDeg(Math.atan2(r(2, 1), r(2, 2)) - (inFront ? Math.atan2(ty, -tz) : 0)),
    rollDeg: radToDeg(Math.atan2(r(1, 0), r(0, 0))),
  };
}
