import { LANDMARK } from '../face/model-outputs';
import type { Point } from '../geometry';
import { faceOutline, type FaceRegion } from './face-region';

/** Pixels of the measured image per source pixel, along each axis. */
export interface ImageScale {
  readonly x: number;
  readonly y: number;
}

const SAME_SIZE: ImageScale = { x: 1, y: 1 };

function landmark(points: readonly Point[], index: number): Point {
  const p = points[index];
  if (!p) throw new Error(`landmark ${index} missing (got ${points.length} points)`);
  return p;
}

/**
 * The face region of one detected face straight from its 478 landmarks (source px), mapped into an image that
 * was scaled by `scale`. Only the landmarks, not the user's corrected chin: the statistics describe the photo's
 * pixels and should not change when a point is dragged.
 */
export function landmarkFaceRegion(points: readonly Point[], scale: ImageScale = SAME_SIZE): FaceRegion {
  const toImage = (p: Point): Point => ({ x: p.x * scale.x, y: p.y * scale.y });
  const [eyeImageLeft, eyeImageRight] = [landmark(points, LANDMARK.irisA), landmark(points, LANDMARK.irisB)].sort((a, b) => a.x - b.x) as [Point, Point];
  return {
    outline: faceOutline(points).map(toImage),
    eyeImageLeft: toImage(eyeImageLeft),
    eyeImageRight: toImage(eyeImageRight),
    chin: toImage(landmark(points, LANDMARK.chin)),
  };
}

