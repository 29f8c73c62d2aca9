import type { Point } from '../geometry';
import type { Polygon } from './region-mask';

/**
 * Where the face is in the source photo, in source pixels: what the face statistics need and nothing more.
 * The pipeline builds it from the landmarks (faceOutline) and the FaceMeasurement (eyes, chin).
 */
export interface FaceRegion {
  /** Face outline (forehead, cheeks, jaw), e.g. faceOutline(landmarks). */
  readonly outline: Polygon;
  /** Iris centres, image left and image right. */
  readonly eyeImageLeft: Point;
  readonly eyeImageRight: Point;
  readonly chin: Point;
}

/**
 * MediaPipe Face Mesh FACEMESH_FACE_OVAL, walked in order (36 landmarks from the forehead top, 10, clockwise
 * on screen through the chin, 152). Same canonical topology as LANDMARK in core/face/model-outputs.ts.
 */
export const FACE_OVAL_LANDMARKS: readonly number[] = [
  10, 338, 297, 332, 284, 251, 389, 356, 454, 323, 361, 288, 397, 365, 379, 378, 400, 377, 152, 148, 176, 149, 150,
  136, 172, 58, 132, 93, 234, 127, 162, 21, 54, 103, 67, 109,
];

/** The face outline polygon from the 478 Face Mesh points in source pixels. */
export function faceOutline(points: readonly Point[]): Polygon {
  return FACE_OVAL_LANDMARKS.map((index) => {
    const p = points[index];
    if (!p) throw new Error(`landmark ${index} missing (got ${points.length} points)`);
    return p;
  });
}
