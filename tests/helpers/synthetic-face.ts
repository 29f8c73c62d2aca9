import { LANDMARK, type FaceLandmarks } from '../../src/core/face/model-outputs';
import type { CrownSource, FaceMeasurement } from '../../src/core/face/face-measurement';
import { CROWN_ABOVE_FOREHEAD_RATIO } from '../../src/core/face/measure-face';
import { degToRad, type Point } from '../../src/core/geometry';
import { FACE_OVAL_LANDMARKS } from '../../src/core/image-stats/face-region';

/*
 * Synthetic faces for tests, one place for all of them: a measured face (syntheticFace), the model's 478
 * landmarks of a face of a given shape (syntheticLandmarks), an upright face placed point by point for the store
 * tests (uprightFace), and the bare landmark array the others start from (landmarkPoints).
 */

/** MediaPipe Face Mesh: 468 mesh points and 10 iris points. */
export const LANDMARK_COUNT = 478;

/** 478 landmarks, all at `rest` except those `at` places by index. */
export function landmarkPoints(rest: Point, at: Readonly<Record<number, Point>> = {}): Point[] {
  const points: Point[] = Array.from({ length: LANDMARK_COUNT }, () => ({ ...rest }));
  for (const [index, p] of Object.entries(at)) points[Number(index)] = p;
  return points;
}

export interface SyntheticFaceOptions {
  readonly cx: number;
  readonly cy: number;
  readonly eyeGapPx: number;
  readonly crownAboveEyesPx: number;
  readonly chinBelowEyesPx: number;
  readonly rollDeg: number;
  readonly sourceW?: number;
  readonly sourceH?: number;
  readonly crownSource?: CrownSource;
}

/**
 * A measured face for core tests: eyes `eyeGapPx` apart around (cx, cy), chin `chinBelowEyesPx` below them, crown
 * `crownAboveEyesPx` above, all tilted by rollDeg about the eye midpoint.
 */
export function syntheticFace(o: SyntheticFaceOptions): FaceMeasurement {
  const r = degToRad(o.rollDeg);
  const at = (u: number, v: number): Point => ({ x: o.cx + u * Math.cos(r) - v * Math.sin(r), y: o.cy + u * Math.sin(r) + v * Math.cos(r) });
  return {
    sourceWidthPx: o.sourceW ?? 2000,
    sourceHeightPx: o.sourceH ?? 2600,
    crown: at(0, -o.crownAboveEyesPx),
    crownSource: o.crownSource ?? 'matte',
    crownCutOff: false,
    crownWithoutHair: at(0, -o.crownAboveEyesPx * 0.8),
    chin: at(0, o.chinBelowEyesPx),
    chinSource: 'landmark',
    eyeImageLeft: at(-o.eyeGapPx / 2, 0),
    eyeImageRight: at(o.eyeGapPx / 2, 0),
    faceImageLeft: at(-o.eyeGapPx * 1.1, o.eyeGapPx * 0.3),
    faceImageRight: at(o.eyeGapPx * 1.1, o.eyeGapPx * 0.3),
    rollDeg: o.rollDeg,
    pose: { yawDeg: 0, pitchDeg: 0, rollDeg: o.rollDeg },
    expression: {},
    faceCount: 1,
  };
}

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
export function syntheticLandmarks(shape: FaceShape): FaceLandmarks {
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
  const points = landmarkPoints(at(0, 0.25 * h), {
    [LANDMARK.foreheadTop]: at(0, -0.4 * h),
    [LANDMARK.chin]: at(0, chinV),
    [LANDMARK.irisA]: at(-0.22 * h, 0),
    [LANDMARK.irisB]: at(0.22 * h, 0),
    [LANDMARK.eyeOuterA]: at(-0.32 * h, 0),
    [LANDMARK.eyeOuterB]: at(0.32 * h, 0),
    [LANDMARK.faceSideA]: at(-0.45 * h, 0.1 * h),
    [LANDMARK.faceSideB]: at(0.45 * h, 0.1 * h),
  });
  return {
    points,
    blendshapes: shape.blendshapes ?? { eyeBlinkLeft: 0.1, eyeBlinkRight: 0.1, jawOpen: 0.02 },
    matrix: poseMatrix(shape.yawDeg ?? 0, shape.pitchDeg ?? 0, shape.rollDeg ?? 0),
  };
}

/** The points of an upright face that measureFace reads, by landmark index, and where all the others sit. */
export interface UprightFacePoints {
  readonly rest: Point;
  readonly at: Readonly<Record<number, Point>>;
}

/**
 * The store tests' face in a 1000 × 1300 photo: forehead (lm 10) at y 380, chin (152) at 820, irises and outer
 * eye corners at y 560, face sides at y 600, nose tip at 650; every other landmark at (500, 600).
 */
export const STORE_TEST_FACE: UprightFacePoints = {
  rest: { x: 500, y: 600 },
  at: {
    [LANDMARK.foreheadTop]: { x: 500, y: 380 },
    [LANDMARK.chin]: { x: 500, y: 820 },
    [LANDMARK.irisA]: { x: 440, y: 560 },
    [LANDMARK.irisB]: { x: 560, y: 560 },
    [LANDMARK.eyeOuterA]: { x: 410, y: 560 },
    [LANDMARK.eyeOuterB]: { x: 590, y: 560 },
    [LANDMARK.faceSideA]: { x: 360, y: 600 },
    [LANDMARK.faceSideB]: { x: 640, y: 600 },
    [LANDMARK.noseTip]: { x: 500, y: 650 },
  },
};

export interface UprightFaceOptions {
  /** Where the points are; STORE_TEST_FACE unless told. */
  readonly points?: UprightFacePoints;
  /** The whole face moved right by this many px. */
  readonly dx?: number;
  /**
   * The face outline (FACE_OVAL_LANDMARKS, clockwise from the top) on an ellipse of this half-width around the
   * rest point, from the forehead's height to the chin's (the image statistics read the outline).
   */
  readonly ovalHalfWidthPx?: number;
  readonly blendshapes?: Readonly<Record<string, number>>;
}

/** An upright face placed point by point (no pose matrix), for the store tests. */
export function uprightFace(options: UprightFaceOptions = {}): FaceLandmarks {
  const { points: placed = STORE_TEST_FACE, dx = 0, ovalHalfWidthPx, blendshapes = {} } = options;
  const shift = (p: Point): Point => ({ x: p.x + dx, y: p.y });
  const at: Record<number, Point> = {};
  if (ovalHalfWidthPx !== undefined) {
    const top = placed.at[LANDMARK.foreheadTop]!.y;
    const bottom = placed.at[LANDMARK.chin]!.y;
    FACE_OVAL_LANDMARKS.forEach((index, k) => {
      const angle = (2 * Math.PI * k) / FACE_OVAL_LANDMARKS.length;
      at[index] = shift({ x: placed.rest.x + ovalHalfWidthPx * Math.sin(angle), y: (top + bottom) / 2 - ((bottom - top) / 2) * Math.cos(angle) });
    });
  }
  for (const [index, p] of Object.entries(placed.at)) at[Number(index)] = shift(p);
  return { points: landmarkPoints(shift(placed.rest), at), blendshapes, matrix: null };
}
