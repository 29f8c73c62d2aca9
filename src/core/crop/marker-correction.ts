import { apply, invert, type Point } from '../geometry';
import { mm, mmToPx, px, type Mm, type Px } from '../units';
import type { CropPlan } from './crop-plan';

/** The two detected points the user can drag when the detector is off (big hair, a beard, an allowed hat). */
export type Marker = 'crown' | 'chin';

/**
 * Closest the crown and chin markers may come on the finished photo. No document asks for a face under 20 mm;
 * a gap this small is a slip of the finger, and a zero gap would leave the crop without a scale.
 */
export const MIN_MARKER_GAP_MM: Mm = mm(5);

function markerPoint(plan: CropPlan, marker: Marker): Point {
  return marker === 'crown' ? plan.crownOutputPx : plan.chinOutputPx;
}

/**
 * Where a marker dragged to `outputYPx` may go: inside the photo, and keeping the crown above the chin by at
 * least MIN_MARKER_GAP_MM, so the live line never shows a place the correction would not accept. `outputYPx` is
 * a pointer's position on the photo (displayToOutputPx gives a plain Point): it is branded here, clamped.
 */
export function clampMarkerY(plan: CropPlan, marker: Marker, outputYPx: number): Px {
  const gapPx = mmToPx(MIN_MARKER_GAP_MM, plan.dpi);
  const min = marker === 'crown' ? 0 : plan.crownOutputPx.y + gapPx;
  const max = marker === 'crown' ? plan.chinOutputPx.y - gapPx : plan.outputHeightPx;
  return px(Math.min(Math.max(outputYPx, min), Math.max(min, max)));
}

/**
 * The corrected point in source px for a marker moved to `outputYPx` on the photo as it is drawn now. The marker
 * moves along the photo's vertical (the face's axis once the eyes are level), so its x stays; the plan's affine
 * is inverted to find the source pixel under it, which is what the store keeps across documents.
 */
export function markerCorrection(plan: CropPlan, marker: Marker, outputYPx: number): Point {
  const y = clampMarkerY(plan, marker, outputYPx);
  return apply(invert(plan.sourceToOutput), { x: markerPoint(plan, marker).x, y });
}

/** The corrected point for a marker moved by `deltaMm` on the photo (keyboard: arrows move 0.1 mm, Shift 1 mm). */
export function nudgeMarker(plan: CropPlan, marker: Marker, deltaMm: Mm): Point {
  return markerCorrection(plan, marker, px(markerPoint(plan, marker).y + mmToPx(deltaMm, plan.dpi)));
}
