import { describe, expect, it } from 'vitest';
import { headPoseFromMatrix } from '../../../src/core/face/head-pose';
import { degToRad } from '../../../src/core/geometry';
import { poseMatrix } from '../../helpers/synthetic-face';

/** poseMatrix with the face moved to (x, y, z) cm in camera space (camera looking down −z). */
function placed(yawDeg: number, pitchDeg: number, rollDeg: number, x: number, y: number, z: number): number[] {
  const m = poseMatrix(yawDeg, pitchDeg, rollDeg);
  m[12] = x;
  m[13] = y;
  m[14] = z;
  return m;
}

describe('headPoseFromMatrix', () => {
  it('reads a bare rotation as it is', () => {
    const pose = headPoseFromMatrix(poseMatrix(7, -4, 3));
    expect(pose.yawDeg).toBeCloseTo(7, 6);
    expect(pose.pitchDeg).toBeCloseTo(-4, 6);
    expect(pose.rollDeg).toBeCloseTo(3, 6);
  });

  it('reads a frontal face off the axis as frontal: where it sits in the frame does not turn it', () => {
    // A face beside another person in the frame (the e2e two-people copy) sat ~27° off the axis.
    const distanceCm = 30;
    const offsetCm = distanceCm * Math.tan(degToRad(27));
    const pose = headPoseFromMatrix(placed(0, 0, 0, offsetCm, offsetCm, -distanceCm));
    expect(pose.yawDeg).toBeCloseTo(0, 6);
    expect(pose.pitchDeg).toBeCloseTo(0, 6);
  });

  it('keeps a real tilt: 15° of pitch on the axis stays 15°', () => {
    expect(headPoseFromMatrix(placed(0, 15, 0, 0, 0, -30)).pitchDeg).toBeCloseTo(15, 6);
  });
});
