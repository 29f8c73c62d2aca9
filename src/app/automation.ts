import i18next from 'i18next';
import { adjustmentsOutsideTolerance } from '../core/crop/adjustment-ranges';
import type { Adjustments } from '../core/crop/adjustments';
import { encodeJpeg } from '../render/encode-jpeg';
import { renderPhoto } from '../render/render-photo';
import { documentSpecs, findProducibleSpec } from '../specs';
import type { PhotoStore } from '../store/store-state';
import type { PipelineServices } from '../store/pipeline-services';
import { selectBackground, selectMeasurement, selectPlan } from '../store/selectors';
import { sheetAutomation } from './sheet-automation';
import { fromBase64, toBase64 } from './base64';
import { compareMattes, decodeOnly, exportForSpecs, faceData, photoMeasurer } from './diagnostics-automation';
import { photoReport } from './photo-report';
import { waitForSettled, waitForState } from './wait-for-stage';

/**
 * A small API on window for the batch command (scripts/idphoto.mjs) and the e2e tests: the same store and
 * pipeline the UI uses, driven from headless Chromium. There is no second pipeline in Node.
 */
export interface ProcessRequest {
  name: string;
  base64: string;
  specId: string;
  adjustments?: Partial<Adjustments>;
}

/** The batch report is read in any locale: an error's message in English, with its key and detail. */
function englishError(key: string, detail?: string, params?: Readonly<Record<string, string | number>>) {
  return { key, message: i18next.t(`errors:${key}`, { lng: 'en', ...params }), detail: detail ?? '' };
}

const ADJUSTMENT_FLAGS: Record<keyof Adjustments, string> = {
  topMarginMm: '--top-margin-mm',
  faceHeightMm: '--face-height-mm',
  offsetXMm: '--offset-x-mm',
  rotateDeg: '--rotate-deg',
};

/** Batch flags → errors naming the flag, the value and the allowed range. */
function checkRequest(specId: string, adjustments: Partial<Adjustments>, allowOutOfSpec: boolean) {
  const spec = findProducibleSpec(specId);
  if (!spec) return { errors: [`unknown or non-producible spec "${specId}" (see --list-specs)`] };
  if (allowOutOfSpec) return { errors: [] };
  return {
    errors: adjustmentsOutsideTolerance(spec, adjustments).map(
      (o) => `${ADJUSTMENT_FLAGS[o.field]} ${o.value} is outside ${spec.id}'s tolerance ${o.range.min}…${o.range.max} (use --allow-out-of-spec to force it)`,
    ),
  };
}

/**
 * One photo through the app for the batch command: loads it for the spec, applies the requested adjustments,
 * renders and encodes the store's own crop plan (selectPlan, as the download does) and reports on it.
 */
async function processPhoto(store: PhotoStore, request: ProcessRequest) {
  const spec = findProducibleSpec(request.specId);
  if (!spec) return { ok: false as const, error: { key: 'unknown-spec', message: `unknown spec ${request.specId}`, detail: request.specId } };
  const started = performance.now();
  store.getState().setSpec(spec);
  const accepted = await store.getState().loadPhoto(new Blob([fromBase64(request.base64) as BlobPart]), request.name);
  await waitForSettled(store);
  const state = store.getState();
  if (!accepted || !state.photo) return { ok: false as const, error: englishError(state.error?.key ?? 'corrupt', state.error?.detail, state.error?.params) };
  if (request.adjustments) state.setAdjustments(request.adjustments, { within: 'exact' });
  // The face statistics normally wait for an idle moment; the report needs them now.
  store.getState().measureFaceStats();
  const settled = store.getState();
  const face = selectMeasurement(settled);
  const t0 = performance.now();
  // The store's plan, memoised on its inputs: no second solve beside the one the app shows and downloads.
  const plan = selectPlan(settled);
  const solveMs = performance.now() - t0;
  const photo = settled.photo;
  if (!face || !plan || !photo) return { ok: false as const, error: englishError('render-failed', 'no crop plan') };
  const t1 = performance.now();
  const canvas = await renderPhoto({ source: photo.bitmap, plan, background: selectBackground(settled), matte: settled.matte });
  const renderMs = performance.now() - t1;
  const t2 = performance.now();
  const jpeg = await encodeJpeg(canvas, plan.dpi);
  const encodeMs = performance.now() - t2;
  const timings = { solveMs, renderMs, encodeMs, totalMs: performance.now() - started };
  return { ok: true as const, jpegBase64: toBase64(jpeg), report: photoReport(settled, spec, request.name, photo, face, plan, jpeg.length, timings) };
}

/**
 * Landmarks only, without waiting for the person matte (head-pose calibration on many photos): resolves once
 * the face is found; loading the next photo cancels this one's matte.
 */
async function detectFace(store: PhotoStore, request: ProcessRequest) {
  const loaded = store.getState().loadPhoto(new Blob([fromBase64(request.base64) as BlobPart]), request.name);
  await waitForState(store, (s) => s.stage === 'matting' || s.stage === 'ready' || s.stage === 'idle' || s.error !== null);
  const state = store.getState();
  const face = selectMeasurement(state);
  loaded.catch(() => undefined);
  if (!face) return { ok: false as const, error: englishError(state.error?.key ?? 'no-face', state.error?.detail) };
  return { ok: true as const, measured: { rollDeg: face.rollDeg, pose: face.pose, faceCount: face.faceCount } };
}

export function registerAutomation(store: PhotoStore, services: PipelineServices): void {
  const api = {
    ...sheetAutomation(store),
    listSpecs: () => documentSpecs,
    checkRequest,
    process: (request: ProcessRequest) => processPhoto(store, request),
    detectFace: (request: ProcessRequest) => detectFace(store, request),
    faceData: () => faceData(store.getState()),
    exportForSpecs: (specIds: string[]) => exportForSpecs(store, specIds),
    compareMattes: (request: { name: string; base64: string }) => compareMattes(store, services, request),

    /** What the app shows now: the photo's file name, where its crown came from, the stage and any error. */
    currentPhoto() {
      const state = store.getState();
      return { fileName: state.photo?.fileName ?? null, crownSource: selectMeasurement(state)?.crownSource ?? null, stage: state.stage, error: state.error?.key ?? null };
    },

    /** Tests: a model worker dies as a crashed one would (issue 14). */
    crashWorker(worker: 'face-landmarks' | 'person-matte') {
      services.simulateWorkerCrash?.(worker);
    },

    decodeOnly: (base64: string, name: string, thumbnailPx: number) => decodeOnly(services, base64, name, thumbnailPx),
    measure: photoMeasurer(services),
  };
  (window as unknown as { idPhoto: typeof api }).idPhoto = api;
}
