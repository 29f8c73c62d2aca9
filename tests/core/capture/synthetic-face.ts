import { LANDMARK, type FaceLandmarks } from '../../../src/core/face/face-landmarks';
import { CROWN_ABOVE_FOREHEAD_RATIO } from '../../../src/core/face/measure-face';
import { degToRad, type Point } from '../../../src/core/geometry';
import type { PhotoSpec } from '../../../src/core/photo-spec';

export const LANDMARK_COUNT = 478;

/** A 30×40 mm document with the residence card's tolerances: face 22–28 mm, crown 2–8 mm below the top. */
export const SPEC: PhotoSpec = {
  id: 'test-30x40',
  widthMm: 30,
  heightMm: 40,
  faceHeightMm: { min: 22, max: 28 },
  topMarginMm: { min: 2, max: 8 },
  centringToleranceMm: 1.5,
  faceHeightIncludesHair: true,
  background: { default: '#ffffff', allowed: ['#ffffff'] },
};

export interface FaceShape {
  /** Crown (as measureFace estimates it) to chin, px. */
  heightPx: number;
  /** Face centre x (between landmarks 234 and 454) and the crown–chin midpoint y, px. */
  centre: Point;
  rollDeg?: number;
  yawDeg?: number;
  pitchDeg?: number;
  blendshapes?: Record<string, number>;
}

type M3 = readonly [readonly [number, number, number], readonly [number, number, number], readonly [number, number, number]];
const mul = (a: M3, b: M3): M3 =>
  [0, 1, 2].map((i) => [0, 1, 2].map((j) => [0, 1, 2].reduce((s, k) => s + a[i]![k]! * b[k]![j]!, 0))) as unknown as M3;

/** MediaPipe's facial transformation matrix (column-major 4×4) for R = Rz(roll)·Ry(yaw)·Rx(pitch), as headPoseFromMatrix reads it. */
export function poseMatrix(yawDeg: number, pitchDeg: number, rollDeg: number): number[] {
  const [y, p, r] = [degToRad(yawDeg), degToRad(pitchDeg), degToRad(rollDeg)];
  const rx: M3 = [[1, 0, 0], [0, Math.cos(p), -Math.sin(p)], [0, Math.sin(p), Math.cos(p)]];
  const ry: M3 = [[Math.cos(y), 0, Math.sin(y)], [0, 1, 0], [-Math.sin(y), 0, Math.cos(y)]];
  const rz: M3 = [[Math.cos(r), -Math.sin(r), 0], [Math.sin(r), Math.cos(r), 0], [0, 0, 1]];
  const m = mul(rz, mul(ry, rx));
  const out = new Array<number>(16).fill(0);
  for (let row = 0; row < 3; row++) for (let col = 0; col < 3; col++) out[col * 4 + row] = m[row]![col]!;
  out[15] = 1;
  return out;
}

/**
 * 478 landmarks where measureFace reads them: forehead 10, chin 152, irises, outer eye corners, face sides; the
 * rest sit on the nose. Forehead-to-chin h = heightPx / (1 + 0.42), the eyes 0.4 h below the forehead.
 */
export function syntheticFace(shape: FaceShape): FaceLandmarks {
  const h = shape.heightPx / (1 + CROWN_ABOVE_FOREHEAD_RATIO);
  const crownV = -0.4 * h - CROWN_ABOVE_FOREHEAD_RATIO * h;
  const chinV = 0.6 * h;
  // Local frame: u right, v down from the eye midpoint; shifted so the crown–chin midpoint is at v = 0.
  const shiftV = (crownV + chinV) / 2;
  const r = degToRad(shape.rollDeg ?? 0);
  const at = (u: number, v: number): Point => {
    const vv = v - shiftV;
    return { x: shape.centre.x + u * Math.cos(r) - vv * Math.sin(r), y: shape.centre.y + u * Math.sin(r) + vv * Math.cos(r) };
  };
  const points: Point[] = Array.from({ length: LANDMARK_COUNT }, () => at(0, 0.25 * h));
  points[LANDMARK.foreheadTop] = at(0, -0.4 * h);
  points[LANDMARK.chin] = at(0, chinV);
  points[LANDMARK.irisA] = at(-0.22 * h, 0);
  points[LANDMARK.irisB] = at(0.22 * h, 0);
  points[LANDMARK.eyeOuterA] = at(-0.32 * h, 0);
  points[LANDMARK.eyeOuterB] = at(0.32 * h, 0);
  points[LANDMARK.faceSideA] = at(-0.45 * h, 0.1 * h);
  points[LANDMARK.faceSideB] = at(0.45 * h, 0.1 * h);
  return {
    points,
    blendshapes: shape.blendshapes ?? { eyeBlinkLeft: 0.1, eyeBlinkRight: 0.1, jawOpen: 0.02 },
    matrix: poseMatrix(shape.yawDeg ?? 0, shape.pitchDeg ?? 0, shape.rollDeg ?? 0),
  };
}
