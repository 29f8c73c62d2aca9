import type { CropPlan } from '../core/crop/crop-plan';
import type { FaceMeasurement } from '../core/face/face-measurement';
import type { ProducibleSpec } from '../specs';
import { selectWarnings } from '../store/selectors';
import type { LoadedPhoto, StoreState } from '../store/store-state';
import { complianceReport } from './compliance-report';

/** What the page measured of its own steps for one processed photo, ms. */
export interface ProcessTimings {
  readonly solveMs: number;
  readonly renderMs: number;
  readonly encodeMs: number;
  readonly totalMs: number;
}

/** The source file as the batch report describes it: its size on disk and as decoded. */
function sourceReport(fileName: string, photo: LoadedPhoto) {
  return {
    fileName,
    format: photo.format,
    widthPx: photo.originalWidthPx,
    heightPx: photo.originalHeightPx,
    decodedWidthPx: photo.bitmap.width,
    decodedHeightPx: photo.bitmap.height,
  };
}

/** The measured face: crown, chin, eyes and face sides in decoded source px, with roll and pose. */
function measuredReport(face: FaceMeasurement) {
  return {
    units: 'decoded source px',
    crown: face.crown,
    crownSource: face.crownSource,
    chin: face.chin,
    eyeImageLeft: face.eyeImageLeft,
    eyeImageRight: face.eyeImageRight,
    faceImageLeft: face.faceImageLeft,
    faceImageRight: face.faceImageRight,
    rollDeg: face.rollDeg,
    pose: face.pose,
    faceCount: face.faceCount,
  };
}

/** The output photo: its pixels and the face height, top margin and offset it was cut at. */
function outputReport(plan: CropPlan, jpegBytes: number) {
  return {
    widthPx: plan.outputWidthPx,
    heightPx: plan.outputHeightPx,
    dpi: plan.dpi,
    faceHeightMm: plan.faceHeightMm,
    topMarginMm: plan.topMarginMm,
    offsetXMm: plan.offsetXMm,
    chinToBottomMm: plan.chinToBottomMm,
    eyeLineFromBottomMm: plan.eyeLineFromBottomMm,
    jpegBytes,
  };
}

function timingsReport(state: StoreState, own: ProcessTimings) {
  const timings = state.timings;
  return {
    decode: timings?.decodeMs ?? null,
    landmarks: timings?.landmarksMs ?? null,
    matte: timings?.matteMs ?? null,
    // The head matte's own stages: the crop drawn on the page, the model, the upsampling in the worker.
    matteCrop: timings?.matteStagesMs?.cropMs ?? null,
    matteInference: timings?.matteStagesMs?.inferenceMs ?? null,
    matteUpsample: timings?.matteStagesMs?.upsampleMs ?? null,
    solve: own.solveMs,
    render: own.renderMs,
    encode: own.encodeMs,
    total: own.totalMs,
  };
}

/** The batch command's JSON report of one processed photo (scripts/idphoto.mjs prints it beside the JPEG). */
export function photoReport(
  state: StoreState,
  spec: ProducibleSpec,
  fileName: string,
  photo: LoadedPhoto,
  face: FaceMeasurement,
  plan: CropPlan,
  jpegBytes: number,
  timings: ProcessTimings,
) {
  return {
    specId: spec.id,
    source: sourceReport(fileName, photo),
    measured: measuredReport(face),
    output: outputReport(plan, jpegBytes),
    adjustments: state.adjustments,
    plan,
    timingsMs: timingsReport(state, timings),
    warnings: selectWarnings(state),
    ...complianceReport(state),
  };
}
