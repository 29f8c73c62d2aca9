import { distance, type Point } from '../geometry';
import type { PhotoSpec } from '../photo-spec';
import { mm, px, pxToMm, type Dpi, type Mm } from '../units';
import type { Adjustments } from './adjustments';
import { snapAdjustment } from './nudge-adjustment';

/**
 * Face height change per pixel of wheel travel. One notch of a mouse wheel is 100 px in Chromium and Firefox,
 * so a notch changes the face by 0.5 mm: the 4 mm of a typical tolerance is eight notches.
 */
export const FACE_HEIGHT_MM_PER_WHEEL_PX: Mm = mm(0.005);

/**
 * Moving the photo with a pointer: the crown follows the pointer's vertical travel (top margin) and the face
 * centre its horizontal travel (offset). `from` and `to` are output px on the photo; the result is snapped to
 * 0.1 mm and kept inside the tolerance, so a drag can never leave the rules.
 */
export function dragAdjustments(spec: PhotoSpec, start: Adjustments, from: Point, to: Point, dpi: Dpi): Partial<Adjustments> {
  return {
    topMarginMm: snapAdjustment(spec, 'topMarginMm', start.topMarginMm + pxToMm(px(to.y - from.y), dpi)),
    offsetXMm: snapAdjustment(spec, 'offsetXMm', start.offsetXMm + pxToMm(px(to.x - from.x), dpi)),
  };
}

/**
 * Wheel (or a trackpad pinch, which Chromium sends as a wheel with Ctrl): scrolling up makes the face larger.
 * The travel is the wheel's own scrolling distance, not a length on the photo, so it stays a plain number.
 */
export function wheelFaceHeight(spec: PhotoSpec, start: Adjustments, wheelDeltaYPx: number): Partial<Adjustments> {
  return { faceHeightMm: snapAdjustment(spec, 'faceHeightMm', start.faceHeightMm - wheelDeltaYPx * FACE_HEIGHT_MM_PER_WHEEL_PX) };
}

/** Two-finger pinch: the face grows with the spread of the fingers, as a photo does in any viewer. */
export function pinchFaceHeight(
  spec: PhotoSpec,
  start: Adjustments,
  startFingers: readonly [Point, Point],
  fingers: readonly [Point, Point],
): Partial<Adjustments> {
  const startSpreadPx = distance(...startFingers);
  if (!(startSpreadPx > 0)) return {};
  return { faceHeightMm: snapAdjustment(spec, 'faceHeightMm', (start.faceHeightMm * distance(...fingers)) / startSpreadPx) };
}
