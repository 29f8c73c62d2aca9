import type { PhotoSpec } from '../photo-spec';
import { inRange, mm, mmToPx, px, pxToMm, type Dpi, type Mm, type Px, type Range } from '../units';
import type { CropPlan } from './crop-plan';

/**
 * Read-outs show one decimal, so a value that reads as the limit (2.0 mm against a 2 mm minimum) must not be
 * drawn red: the same slack as the measured figures beside the preview.
 */
export const GUIDE_TOLERANCE_MM = 0.05;

/** A guide line across the photo, in output px (y for horizontal lines, x for vertical ones). */
export interface GuideLine {
  readonly px: Px;
  /** The same position on the printed photo: mm from the top edge (horizontal lines) or the left edge. */
  readonly mm: Mm;
  /** Position as a share of the photo's height (horizontal lines) or width (vertical lines), for HTML handles. */
  readonly fraction: number;
  /** False when the value this line shows is outside the spec's tolerance: the line and its read-out turn red. */
  readonly withinTolerance: boolean;
}

/** A shaded band where a line may lie: from `startPx` to `endPx` on the same axis as its line. */
export interface GuideBand {
  readonly startPx: Px;
  readonly endPx: Px;
  readonly sizePx: Px;
}

/** Everything the editor's overlay draws, in output px of the finished photo (the overlay's viewBox). */
export interface GuideLines {
  readonly widthPx: Px;
  readonly heightPx: Px;
  readonly crown: GuideLine;
  readonly chin: GuideLine;
  readonly eye: GuideLine;
  readonly faceLeft: GuideLine;
  readonly faceRight: GuideLine;
  /** The face's own centre line (between the face-width lines); red when off centre beyond the tolerance. */
  readonly faceCentre: GuideLine;
  /** The photo's vertical centre line. */
  readonly photoCentre: GuideLine;
  /** Where the crown may be: the top-margin tolerance. */
  readonly crownBand: GuideBand;
  /** Where the chin may be: the crown plus the face-height tolerance, so it moves with the crown. */
  readonly chinBand: GuideBand;
  /** Where the eyes may be, for rules that set an eye line (US, ICAO); null otherwise. */
  readonly eyeBand: GuideBand | null;
}

function band(fromPx: Px, range: Range, dpi: Dpi, direction: 1 | -1): GuideBand {
  const a = fromPx + direction * mmToPx(mm(range.min), dpi);
  const b = fromPx + direction * mmToPx(mm(range.max), dpi);
  return { startPx: px(Math.min(a, b)), endPx: px(Math.max(a, b)), sizePx: px(Math.abs(b - a)) };
}

/** A horizontal guide at `px` on the photo (also the line under a marker while the user drags it). */
export function horizontalGuide(plan: CropPlan, px: Px, withinTolerance: boolean): GuideLine {
  return { px, mm: pxToMm(px, plan.dpi), fraction: px / plan.outputHeightPx, withinTolerance };
}

function verticalGuide(plan: CropPlan, px: Px, withinTolerance: boolean): GuideLine {
  return { px, mm: pxToMm(px, plan.dpi), fraction: px / plan.outputWidthPx, withinTolerance };
}

/** The overlay's geometry for a crop plan: where each line lies, where it may lie, and whether it is in tolerance. */
export function guideLines(spec: PhotoSpec, plan: CropPlan): GuideLines {
  const { dpi, outputWidthPx: widthPx, outputHeightPx: heightPx } = plan;
  const within = (value: number, range: Range | undefined) => (range ? inRange(value, range, GUIDE_TOLERANCE_MM) : true);
  const horizontal = (px: Px, withinTolerance: boolean) => horizontalGuide(plan, px, withinTolerance);
  const vertical = (px: Px, withinTolerance: boolean) => verticalGuide(plan, px, withinTolerance);
  const centring: Range = { min: -spec.centringToleranceMm, max: spec.centringToleranceMm };
  const photoCentreXPx = px(widthPx / 2);
  const crownYPx = px(plan.crownOutputPx.y);
  return {
    widthPx,
    heightPx,
    crown: horizontal(crownYPx, within(plan.topMarginMm, spec.topMarginMm)),
    chin: horizontal(px(plan.chinOutputPx.y), within(plan.faceHeightMm, spec.faceHeightMm)),
    eye: horizontal(px(plan.eyeMidOutputPx.y), within(plan.eyeLineFromBottomMm, spec.eyeLineFromBottomMm)),
    faceLeft: vertical(plan.faceLeftXOutputPx, true),
    faceRight: vertical(plan.faceRightXOutputPx, true),
    faceCentre: vertical(plan.faceCentreXOutputPx, within(plan.offsetXMm, centring)),
    photoCentre: vertical(photoCentreXPx, true),
    crownBand: band(px(0), spec.topMarginMm, dpi, 1),
    chinBand: band(crownYPx, spec.faceHeightMm, dpi, 1),
    eyeBand: spec.eyeLineFromBottomMm ? band(heightPx, spec.eyeLineFromBottomMm, dpi, -1) : null,
  };
}
