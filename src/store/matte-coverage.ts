import { LANDMARK, type FaceLandmarks, type PersonMatte } from '../core/face/model-outputs';
import type { Point } from '../core/geometry';
import { matteRegion, rectContains, rectUnion, type SourceRect } from '../core/matte/matte-region';
import type { PhotoSpec } from '../core/photo-spec';
import { findProducibleSpec } from '../specs';
import { selectMeasurement, selectSpec } from './selectors';
import { sheetRequestsOf } from './sheet-slice';
import type { HeadCropRequest } from './pipeline-services';
import type { StoreState } from './store-state';


/** Points that are on the person in any photo with a face: nose tip, between the eyes, upper forehead. */
const SEED_LANDMARKS = [LANDMARK.noseTip, 168, LANDMARK.foreheadTop] as const;

/** The documents whose crops the matte must serve: the chosen one and every one on the print sheet. */
export function specsInPlay(state: StoreState): PhotoSpec[] {
  const chosen = selectSpec(state);
  const onSheet = sheetRequestsOf(state)
    .filter((r) => r.specId !== chosen.id)
    .map((r) => findProducibleSpec(r.specId))
    .filter((s): s is NonNullable<typeof s> => s !== undefined);
  return [chosen, ...onSheet];
}

/** The region of the photo a matte must cover now (with the crown as measured so far); null without a face. */
export function requiredMatteRegion(state: StoreState): SourceRect | null {
  const face = selectMeasurement(state);
  if (!face) return null;
  try {
    return matteRegion(specsInPlay(state), face);
  } catch (error) {
    console.error('matte region could not be computed', error);
    return null;
  }
}

export function headCropFor(state: StoreState, region: SourceRect): HeadCropRequest {
  const face: FaceLandmarks | undefined = state.faces[0];
  const seeds = face ? SEED_LANDMARKS.map((i) => face.points[i]).filter((p): p is Point => p !== undefined) : [];
  return { region, seeds };
}

/** The part of the photo a matte covers (a full-frame matte: all of it). */
export function matteCoverage(matte: PersonMatte): SourceRect {
  return {
    x: matte.originXPx ?? 0,
    y: matte.originYPx ?? 0,
    width: matte.width * matte.sourcePxPerMattePx,
    height: matte.height * matte.sourcePxPerMattePx,
  };
}

/**
 * The wider region to matte again, or null when the current matte serves every reachable crop. Needed when a
 * change (another document, a mixed sheet, a corrected crown or chin) reaches outside the matted region, or
 * when the hair runs into the matte's top edge although the photo goes on above it.
 */
export function wideningNeeded(state: StoreState): SourceRect | null {
  const { matte, photo } = state;
  if (!matte || !photo || matte.originXPx === undefined) return null;
  const covered = matteCoverage(matte);
  let required = requiredMatteRegion(state);
  if (!required) return null;
  const face = selectMeasurement(state);
  if (face?.crownCutOff && covered.y > 0) {
    // The hair reached the matte's top edge: take in up to one more face height above it.
    const faceHeightPx = Math.hypot(face.chin.x - face.crown.x, face.chin.y - face.crown.y);
    const top = Math.max(0, Math.floor(covered.y - faceHeightPx));
    required = rectUnion(required, { x: covered.x, y: top, width: covered.width, height: covered.y - top + 1 });
  }
  // Slack of one matte px: the grid's size is rounded to whole matte px.
  const k = matte.sourcePxPerMattePx + 1;
  const slack = { x: covered.x - k, y: covered.y - k, width: covered.width + 2 * k, height: covered.height + 2 * k };
  return rectContains(slack, required) ? null : rectUnion(covered, required);
}
