import { measureFace } from '../core/face/measure-face';
import { greyPlaneOf } from '../core/image-stats/grey-plane';
import { bitmapPixels } from '../platform/bitmap-pixels';
import { renderJpeg } from '../render/render-jpeg';
import { renderUpload } from '../render/render-upload';
import { digitalOutputPx, fileSizeBandBytes, findProducibleSpec, type ProducibleSpec } from '../specs';
import type { PipelineServices } from '../store/pipeline-services';
import { recommendedPlan, selectMeasurement } from '../store/selectors';
import type { PhotoStore, StoreState } from '../store/store-state';
import type { FaceMeasurement } from '../core/face/face-measurement';
import { fromBase64, toBase64 } from './base64';
import { waitForSettled } from './wait-for-stage';

/*
 * The parts of window.idPhoto (automation.ts) that only the tests and benches use: raw model output for the
 * truth fixtures, every spec's files for one photo, the two mattes side by side, decoding and measuring without
 * the app's state.
 */

/**
 * The loaded photo's raw model output (landmarks and person matte), so that the truth-set bench and unit tests
 * can replay the pure measurement code without a model (scripts/capture-truth-fixtures.mjs).
 */
export function faceData(state: StoreState) {
  const face = state.faces[0];
  if (!state.photo || !face) return null;
  const matte = state.matte;
  return {
    sourceWidthPx: state.photo.bitmap.width,
    sourceHeightPx: state.photo.bitmap.height,
    points: face.points.map((p) => [p.x, p.y]),
    blendshapes: face.blendshapes,
    matrix: face.matrix,
    matte: matte
      ? {
          width: matte.width,
          height: matte.height,
          sourcePxPerMattePx: matte.sourcePxPerMattePx,
          originXPx: matte.originXPx ?? 0,
          originYPx: matte.originYPx ?? 0,
          alphaBase64: toBase64(matte.alpha),
        }
      : null,
  };
}

/** One spec's print JPEG and (where the spec has one) upload file, at its recommended adjustments. */
async function specFiles(state: StoreState, face: FaceMeasurement, spec: ProducibleSpec) {
  const plan = recommendedPlan(spec, face);
  if (!plan) throw new Error(`no crop plan for ${spec.id}`);
  const input = { source: state.photo!.bitmap, plan, background: spec.background.default, matte: state.matte };
  const print = await renderJpeg(input);
  const row: Record<string, unknown> = {
    specId: spec.id,
    print: { widthPx: plan.outputWidthPx, heightPx: plan.outputHeightPx, bytes: print.length, faceHeightMm: plan.faceHeightMm, topMarginMm: plan.topMarginMm },
  };
  if (spec.digital) {
    const size = digitalOutputPx(spec);
    const band = fileSizeBandBytes(spec.digital);
    const upload = await renderUpload(input, { widthPx: size.widthPx, heightPx: size.heightPx, widthMm: spec.widthMm, band });
    row.upload = { widthPx: upload.widthPx, heightPx: upload.heightPx, bytes: upload.bytes.length, withinBand: upload.withinBand, padded: upload.padded, quality: upload.quality, band: band ?? null, rule: spec.digital };
  }
  return row;
}

/**
 * With the loaded photo, the print JPEG and (where the spec has one) the upload file for each spec, at that
 * spec's recommended adjustments: checks that every row produces files inside its pixel and KB bands.
 */
export async function exportForSpecs(store: PhotoStore, specIds: string[]) {
  const state = store.getState();
  const face = selectMeasurement(state);
  if (!state.photo || !face) throw new Error('load a photo first');
  const out = [];
  for (const id of specIds) {
    const spec = findProducibleSpec(id);
    out.push(spec ? await specFiles(state, face, spec) : { specId: id, error: 'unknown or non-producible spec' });
  }
  return out;
}

/**
 * Issue 10's quality check: loads a photo as the app does (head matte) and mattes the same photo once more with
 * the full-frame imgly path, then reports the crown from each, in decoded source px.
 */
export async function compareMattes(store: PhotoStore, services: PipelineServices, request: { name: string; base64: string }) {
  const accepted = await store.getState().loadPhoto(new Blob([fromBase64(request.base64) as BlobPart]), request.name);
  await waitForSettled(store);
  const state = store.getState();
  const head = selectMeasurement(state);
  if (!accepted || !state.photo || !head || !state.matte) return null;
  const size = { widthPx: state.photo.bitmap.width, heightPx: state.photo.bitmap.height };
  const t0 = performance.now();
  const fullMatte = await services.segmentPerson(state.photo.bitmap, () => undefined, new AbortController().signal);
  const fullMs = performance.now() - t0;
  const full = measureFace(state.faces, size, fullMatte);
  const m = state.matte;
  return {
    ...size,
    head: { crown: head.crown, hairTop: head.matteHairTop ?? null, crownSource: head.crownSource, matteMs: state.timings?.matteMs ?? null },
    full: { crown: full.crown, hairTop: full.matteHairTop ?? null, crownSource: full.crownSource, matteMs: fullMs },
    headRegion: { x: m.originXPx ?? 0, y: m.originYPx ?? 0, width: m.width * m.sourcePxPerMattePx, height: m.height * m.sourcePxPerMattePx },
  };
}

/** A square luma thumbnail of a bitmap, rows top to bottom (Rec. 601 weights). */
function lumaThumbnail(bitmap: ImageBitmap, thumbnailPx: number): number[] {
  const canvas = new OffscreenCanvas(thumbnailPx, thumbnailPx);
  const context = canvas.getContext('2d', { willReadFrequently: true })!;
  context.drawImage(bitmap, 0, 0, thumbnailPx, thumbnailPx);
  const rgba = context.getImageData(0, 0, thumbnailPx, thumbnailPx).data;
  const luma: number[] = [];
  for (let i = 0; i < rgba.length; i += 4) luma.push(Math.round(0.299 * rgba[i]! + 0.587 * rgba[i + 1]! + 0.114 * rgba[i + 2]!));
  return luma;
}

/**
 * Decodes a file as the app does, without any model or the app's state: the decoded size and a small luma
 * thumbnail, so the e2e catalogue can compare formats and EXIF orientations with the upright original cheaply.
 */
export async function decodeOnly(services: PipelineServices, base64: string, name: string, thumbnailPx: number) {
  let decoded;
  try {
    decoded = await services.decode(new Blob([fromBase64(base64) as BlobPart]), name);
  } catch (error) {
    const { code, params } = error as { code?: string; params?: Record<string, string | number> };
    return { ok: false as const, key: code ?? 'corrupt', params: params ?? {}, detail: String(error) };
  }
  const { bitmap } = decoded;
  const result = {
    ok: true as const,
    format: decoded.format,
    widthPx: bitmap.width,
    heightPx: bitmap.height,
    originalWidthPx: decoded.originalWidthPx,
    originalHeightPx: decoded.originalHeightPx,
    luma: lumaThumbnail(bitmap, thumbnailPx),
  };
  bitmap.close();
  return result;
}

/** Measures a photo without touching the app's state (e2e: measure the output JPEG again). */
export function photoMeasurer(services: PipelineServices) {
  let measureCount = 0;
  return async (base64: string) => {
    const decoded = await services.decode(new Blob([fromBase64(base64) as BlobPart]), 'measure.jpg');
    const controller = new AbortController();
    const { faces } = await services.detectFaces(decoded.bitmap, controller.signal);
    if (faces.length === 0) return null;
    const matte = await services.segmentPerson(decoded.bitmap, () => undefined, controller.signal);
    // The same chin reading as the app's own measurement: an id of its own keeps the pixel cache apart.
    const pixels = bitmapPixels(decoded.bitmap, -++measureCount, 1);
    const grey = pixels ? greyPlaneOf(pixels.image, 1 / pixels.scaleX) : null;
    const face = measureFace(faces, { widthPx: decoded.bitmap.width, heightPx: decoded.bitmap.height }, matte, { grey });
    return { widthPx: decoded.bitmap.width, heightPx: decoded.bitmap.height, face };
  };
}
