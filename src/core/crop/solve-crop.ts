import { apply, invert, midpointOf, rotationScale, withTranslation, type Affine, type Point } from '../geometry';
import type { FaceMeasurement } from '../face/face-measurement';
import type { PhotoSpec } from '../photo-spec';
import { edgePx, mm, mmToPx, OUTPUT_DPI, px, pxToMm, type Dpi } from '../units';
import type { Adjustments } from './adjustments';
import type { CropPlan, UncoveredEdges } from './crop-plan';

/** Output pixels sampled per side when measuring how much of the photo the source covers. */
const COVERAGE_SAMPLES_PER_SIDE = 48;

/**
 * The heart of the app: where to cut the photo so that the face lands where the spec and the user want it.
 * Rotate to level the eyes (plus the user's extra rotation), scale so crown-to-chin equals the face height,
 * put the crown at the top margin, centre the face (plus the user's offset).
 */
export function solveCrop(
  spec: PhotoSpec,
  face: FaceMeasurement,
  adjustments: Adjustments,
  dpi: Dpi = OUTPUT_DPI,
): CropPlan {
  const outputWidthPx = edgePx(mm(spec.widthMm), dpi);
  const outputHeightPx = edgePx(mm(spec.heightMm), dpi);
  const rotationDeg = -face.rollDeg + adjustments.rotateDeg;
  const crown = spec.faceHeightIncludesHair ? face.crown : face.crownWithoutHair;

  const unit = rotationScale(rotationDeg, 1);
  const crownLevel = apply(unit, crown);
  const chinLevel = apply(unit, face.chin);
  const faceHeightSourcePx = chinLevel.y - crownLevel.y;
  if (!(faceHeightSourcePx > 0)) {
    throw new Error(`chin must be below the crown (face height ${faceHeightSourcePx.toFixed(1)} px)`);
  }
  const scale = mmToPx(mm(adjustments.faceHeightMm), dpi) / faceHeightSourcePx;
  const linear = rotationScale(rotationDeg, scale);

  const faceCentreSource = midpointOf(face.faceImageLeft, face.faceImageRight);
  const crownScaled = apply(linear, crown);
  const centreScaled = apply(linear, faceCentreSource);
  const e = outputWidthPx / 2 + mmToPx(mm(adjustments.offsetXMm), dpi) - centreScaled.x;
  const f = mmToPx(mm(adjustments.topMarginMm), dpi) - crownScaled.y;
  const sourceToOutput = withTranslation(linear, e, f);

  const out = (p: Point): Point => apply(sourceToOutput, p);
  const crownOutputPx = out(crown);
  const chinOutputPx = out(face.chin);
  const eyeMidOutputPx = out(midpointOf(face.eyeImageLeft, face.eyeImageRight));
  const faceLeft = out(face.faceImageLeft);
  const faceRight = out(face.faceImageRight);
  const faceCentreXOutputPx = px((faceLeft.x + faceRight.x) / 2);
  const { coverage, edges } = measureCoverage(sourceToOutput, face, outputWidthPx, outputHeightPx);

  return {
    specId: spec.id,
    dpi,
    outputWidthPx,
    outputHeightPx,
    sourceToOutput,
    rotationDeg,
    scale,
    crownOutputPx,
    chinOutputPx,
    eyeMidOutputPx,
    faceCentreXOutputPx,
    faceLeftXOutputPx: px(faceLeft.x),
    faceRightXOutputPx: px(faceRight.x),
    faceHeightMm: pxToMm(px(chinOutputPx.y - crownOutputPx.y), dpi),
    topMarginMm: pxToMm(px(crownOutputPx.y), dpi),
    offsetXMm: pxToMm(px(faceCentreXOutputPx - outputWidthPx / 2), dpi),
    chinToBottomMm: pxToMm(px(outputHeightPx - chinOutputPx.y), dpi),
    eyeLineFromBottomMm: pxToMm(px(outputHeightPx - eyeMidOutputPx.y), dpi),
    sourceCoverage: coverage,
    uncoveredEdges: edges,
  };
}

function measureCoverage(
  sourceToOutput: Affine,
  face: FaceMeasurement,
  widthPx: number,
  heightPx: number,
): { coverage: number; edges: UncoveredEdges } {
  const toSource = invert(sourceToOutput);
  const inside = (x: number, y: number): boolean => {
    const p = apply(toSource, { x, y });
    return p.x >= 0 && p.y >= 0 && p.x <= face.sourceWidthPx && p.y <= face.sourceHeightPx;
  };
  const n = COVERAGE_SAMPLES_PER_SIDE;
  let covered = 0;
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < n; j++) {
      if (inside(((i + 0.5) / n) * widthPx, ((j + 0.5) / n) * heightPx)) covered++;
    }
  }
  let top = false;
  let bottom = false;
  let left = false;
  let right = false;
  for (let i = 0; i <= n; i++) {
    const x = (i / n) * widthPx;
    const y = (i / n) * heightPx;
    top ||= !inside(x, 0);
    bottom ||= !inside(x, heightPx);
    left ||= !inside(0, y);
    right ||= !inside(widthPx, y);
  }
  return { coverage: covered / (n * n), edges: { top, bottom, left, right } };
}
