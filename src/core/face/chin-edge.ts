import { greyAt, type GreyPlane } from '../image-stats/grey-plane';
import { fromFrame, type FaceFrame } from './find-crown';

export type { GreyPlane };

/**
 * Landmark 152 sat 1–3 % of the face height below the visible chin on small or shadowed chins (ARCHITECTURE.md); on the
 * hand-marked truth set (tests/fixtures/truth.csv) the chin was up to 3.3 % of the face height above the landmark,
 * and below it by more than 0.6 % only on one dark chin over a dark bow tie (R000053, 1.9 %), where the image
 * edge is too weak to read anyway. The edge is searched in that range with a margin; an edge further down is
 * a beard's or a collar's, not the chin's.
 *
 * The values in this file were first chosen by looking at the truth set (window 5 % above and 1.5 % below, beard
 * limit 0.5 %, dark reach 3 %, lighter neck 0.3: tests/truth/leave-one-out.ts, LOOKED_TUNING); those that differ
 * now are what the written-down procedure chooses there, all constants together on the 20 photos, so its
 * leave-one-out figures are the out-of-sample estimate (ARCHITECTURE.md, "Out of sample").
 */
export const CHIN_SEARCH_ABOVE_SHARE = 0.07;
export const CHIN_SEARCH_BELOW_SHARE = 0.02;
/**
 * An edge read more than this far below landmark 152 is taken for a beard's or a collar's edge (on the truth set
 * the two beards' edges read 1.2–1.3 % below it): the chin is then too uncertain to move, and the user is asked.
 */
export const CHIN_EDGE_MAX_BELOW_SHARE = 0.0075;
/** Half the width of the band of columns averaged around the chin's axis: the chin is flat this close to it. */
export const CHIN_BAND_HALF_SHARE = 0.03;
/**
 * The lit chin's level is the brightest point up to this far above the steepest fall (the shading of a round chin
 * starts well above its edge), the shadow's or line's level the darkest point up to DARK_REACH below it.
 */
const LIT_REACH_SHARE = 0.06;
const DARK_REACH_SHARE = 0.025;
/** After the darkest point, a rise by this share of the step means a lighter neck below a dark chin–neck line. */
const LIGHTER_NECK_SHARE = 0.25;
/**
 * Where a dark chin–neck line has a lighter neck below it, the chin is where brightness has fallen this share of
 * the way from the chin to the line's darkest point (tests/fixtures/truth.md, "Rules"); over a neck in shadow, half.
 */
const LINE_EDGE_SHARE = 0.75;
const STEP_EDGE_SHARE = 0.5;
/**
 * A step from chin to shadow smaller than this share of the chin's own brightness is too weak to read (a beard,
 * a soft shadow, a dark face over a dark collar): the landmark stays and the user is asked to check the line.
 * On the truth set the two white beards read 0.19 and 0.24, the softest real chins 0.32 and more.
 */
export const WEAK_CHIN_CONTRAST = 0.28;

/**
 * The chin-edge constants chosen while looking at the hand-marked truth set (the search window, the band and
 * reaches, when a neck counts as lighter, how weak a step is too weak): a parameter so that
 * tests/truth/leave-one-out.ts can choose them without the photo it measures. The app always uses
 * CHIN_EDGE_TUNING. The 75 % and halfway points on the fall (LINE_EDGE_SHARE, STEP_EDGE_SHARE) are the hand-marking
 * rule itself (tests/fixtures/truth.md), not a choice, so they stay constants.
 */
export interface ChinEdgeTuning {
  /** CHIN_SEARCH_ABOVE_SHARE / CHIN_SEARCH_BELOW_SHARE: the search window around landmark 152, shares of the face. */
  readonly searchAboveShare: number;
  readonly searchBelowShare: number;
  /** CHIN_EDGE_MAX_BELOW_SHARE: an edge further below landmark 152 is a beard's or a collar's. */
  readonly edgeMaxBelowShare: number;
  /** CHIN_BAND_HALF_SHARE: half the width of the band of columns averaged around the chin's axis. */
  readonly bandHalfShare: number;
  /** LIT_REACH_SHARE / DARK_REACH_SHARE: how far above and below the steepest fall the lit and dark levels are sought. */
  readonly litReachShare: number;
  readonly darkReachShare: number;
  /** LIGHTER_NECK_SHARE: a rise after the darkest point by this share of the step is a lighter neck below a line. */
  readonly lighterNeckShare: number;
  /** WEAK_CHIN_CONTRAST: a step under this share of the chin's brightness is too weak to read. */
  readonly weakContrast: number;
}

export const CHIN_EDGE_TUNING: ChinEdgeTuning = {
  searchAboveShare: CHIN_SEARCH_ABOVE_SHARE,
  searchBelowShare: CHIN_SEARCH_BELOW_SHARE,
  edgeMaxBelowShare: CHIN_EDGE_MAX_BELOW_SHARE,
  bandHalfShare: CHIN_BAND_HALF_SHARE,
  litReachShare: LIT_REACH_SHARE,
  darkReachShare: DARK_REACH_SHARE,
  lighterNeckShare: LIGHTER_NECK_SHARE,
  weakContrast: WEAK_CHIN_CONTRAST,
};

export type ChinEdge =
  | { readonly kind: 'edge'; readonly chinV: number; readonly contrast: number }
  | { readonly kind: 'weak'; readonly contrast: number };

export interface ChinSearch {
  readonly frame: FaceFrame;
  /** Landmark 152 in the face frame (source px). */
  readonly chinU: number;
  readonly chinV: number;
  /** Crown-to-chin or forehead-to-chin length that scales the search (source px). */
  readonly faceHeightPx: number;
}

/**
 * The chin's lower edge on the face's vertical axis, read from the image the way a person marks it: the mean
 * grey profile of a narrow band of columns around landmark 152, its steepest fall from the lit chin into the
 * shadow or chin–neck line, and on that fall the point between the chin's level and the darkest level below
 * (halfway over a shadowed neck; 75 % of the way where a lighter neck shows a dark line).
 */
export function findChinEdge(plane: GreyPlane, search: ChinSearch, tuning: ChinEdgeTuning = CHIN_EDGE_TUNING): ChinEdge {
  const stepPx = Math.min(1, plane.sourcePxPerPlanePx);
  const fromV = search.chinV - tuning.searchAboveShare * search.faceHeightPx;
  const toV = search.chinV + tuning.searchBelowShare * search.faceHeightPx;
  const litReach = tuning.litReachShare * search.faceHeightPx;
  const darkReach = tuning.darkReachShare * search.faceHeightPx;
  const halfBand = tuning.bandHalfShare * search.faceHeightPx;
  const firstV = fromV - litReach;
  const count = Math.floor((toV + darkReach - firstV) / stepPx) + 1;
  const profile: number[] = [];
  for (let k = 0; k < count; k++) {
    const v = firstV + k * stepPx;
    let sum = 0;
    let n = 0;
    for (let u = search.chinU - halfBand; u <= search.chinU + halfBand; u += stepPx) {
      const p = fromFrame(search.frame, u, v);
      const g = greyAt(plane, p.x, p.y);
      if (g !== null) {
        sum += g;
        n++;
      }
    }
    if (n === 0) return { kind: 'weak', contrast: 0 };
    profile.push(sum / n);
  }
  const vAt = (k: number): number => firstV + k * stepPx;
  const litSteps = Math.max(2, Math.round(litReach / stepPx));
  const darkSteps = Math.max(2, Math.round(darkReach / stepPx));
  // Steepest fall over two samples inside the search window.
  let fallK = -1;
  let fall = 0;
  for (let k = litSteps; k < count - darkSteps; k++) {
    const drop = (profile[k - 1] as number) - (profile[k + 1] as number);
    if (drop > fall) {
      fall = drop;
      fallK = k;
    }
  }
  if (fallK < 0) return { kind: 'weak', contrast: 0 };
  let litK = fallK;
  for (let k = fallK; k >= fallK - litSteps; k--) if ((profile[k] as number) > (profile[litK] as number)) litK = k;
  let darkK = fallK;
  for (let k = fallK; k <= fallK + darkSteps; k++) if ((profile[k] as number) < (profile[darkK] as number)) darkK = k;
  const lit = profile[litK] as number;
  const dark = profile[darkK] as number;
  const contrast = lit > 0 ? (lit - dark) / lit : 0;
  if (contrast < tuning.weakContrast) return { kind: 'weak', contrast };
  let below = dark;
  for (let k = darkK; k < Math.min(count, darkK + darkSteps + 1); k++) below = Math.max(below, profile[k] as number);
  const lighterNeck = below - dark >= tuning.lighterNeckShare * (lit - dark);
  const level = lit - (lighterNeck ? LINE_EDGE_SHARE : STEP_EDGE_SHARE) * (lit - dark);
  for (let k = litK; k < darkK; k++) {
    const a = profile[k] as number;
    const b = profile[k + 1] as number;
    if (a >= level && b < level) {
      const chinV = vAt(k) + ((a - level) / (a - b)) * stepPx;
      const lowestV = search.chinV + tuning.edgeMaxBelowShare * search.faceHeightPx;
      return chinV <= lowestV ? { kind: 'edge', chinV, contrast } : { kind: 'weak', contrast };
    }
  }
  return { kind: 'weak', contrast };
}
