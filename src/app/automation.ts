import i18next from 'i18next';
import { adjustmentsOutOfRange } from '../core/crop/adjustment-ranges';
import { recommendedAdjustments, type Adjustments } from '../core/crop/adjustments';
import { solveCrop } from '../core/crop/solve-crop';
import { measureFace } from '../core/face/measure-face';
import { greyPlaneOf } from '../core/image-stats/grey-plane';
import { bitmapPixels } from '../platform/bitmap-pixels';
import { encodeJpeg } from '../render/encode-jpeg';
import { renderPhoto } from '../render/render-photo';
import { digitalOutputPx, documentSpecs, fileSizeBandBytes, findProducibleSpec } from '../specs';
import { renderJpeg } from '../render/render-jpeg';
import { renderUpload } from '../render/render-upload';
import type { PhotoStore } from '../store/store-state';
import type { PipelineServices } from '../store/pipeline-services';
import { selectBackground, selectMeasurement, selectPlan, selectSpec, selectWarnings } from '../store/selectors';
import { sheetAutomation } from './sheet-automation';
import { complianceReport } from './compliance-report';
import { fromBase64, toBase64 } from './base64';

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

function waitForSettled(store: PhotoStore): Promise<void> {
  return new Promise((resolve) => {
    const check = () => {
      const s = store.getState().stage;
      return s === 'ready' || s === 'idle';
    };
    if (check()) return resolve();
    const off = store.subscribe(() => {
      if (check()) {
        off();
        resolve();
      }
    });
  });
}

export function registerAutomation(store: PhotoStore, services: PipelineServices): void {
  let measureCount = 0;
  const english = (key: string, detail?: string, params?: Readonly<Record<string, string | number>>) => ({
    key,
    message: i18next.t(`errors:${key}`, { lng: 'en', ...params }),
    detail: detail ?? '',
  });
  const api = {
    ...sheetAutomation(store),
    listSpecs: () => documentSpecs,

    /** Batch flags → errors naming the flag, the value and the allowed range. */
    checkRequest(specId: string, adjustments: Partial<Adjustments>, allowOutOfSpec: boolean) {
      const spec = findProducibleSpec(specId);
      if (!spec) return { errors: [`unknown or non-producible spec "${specId}" (see --list-specs)`] };
      if (allowOutOfSpec) return { errors: [] };
      const flag: Record<keyof Adjustments, string> = {
        topMarginMm: '--top-margin-mm',
        faceHeightMm: '--face-height-mm',
        offsetXMm: '--offset-x-mm',
        rotateDeg: '--rotate-deg',
      };
      return {
        errors: adjustmentsOutOfRange(spec, adjustments).map(
          (o) => `${flag[o.field]} ${o.value} is outside ${spec.id}'s tolerance ${o.range.min}…${o.range.max} (use --allow-out-of-spec to force it)`,
        ),
      };
    },

    async process(request: ProcessRequest) {
      const spec = findProducibleSpec(request.specId);
      if (!spec) return { ok: false as const, error: { key: 'unknown-spec', message: `unknown spec ${request.specId}`, detail: request.specId } };
      const started = performance.now();
      store.getState().setSpec(spec);
      const accepted = await store.getState().loadPhoto(new Blob([fromBase64(request.base64) as BlobPart]), request.name);
      await waitForSettled(store);
      const state = store.getState();
      if (!accepted || !state.photo) {
        return { ok: false as const, error: english(state.error?.key ?? 'corrupt', state.error?.detail, state.error?.params) };
      }
      if (request.adjustments) state.setAdjustments(request.adjustments, { within: 'exact' });
      // The face statistics normally wait for an idle moment; the report needs them now.
      store.getState().measureFaceStats();
      const settled = store.getState();
      const face = selectMeasurement(settled);
      const t0 = performance.now();
      const plan = face ? solveCrop(selectSpec(settled), face, settled.adjustments) : null;
      const solveMs = performance.now() - t0;
      if (!face || !plan || selectPlan(settled) === null) return { ok: false as const, error: english('render-failed', 'no crop plan') };
      const t1 = performance.now();
      const canvas = await renderPhoto({ source: settled.photo!.bitmap, plan, background: selectBackground(settled), matte: settled.matte });
      const renderMs = performance.now() - t1;
      const t2 = performance.now();
      const jpeg = await encodeJpeg(canvas, plan.dpi);
      const encodeMs = performance.now() - t2;
      const timings = settled.timings;
      return {
        ok: true as const,
        jpegBase64: toBase64(jpeg),
        report: {
          specId: spec.id,
          source: {
            fileName: request.name,
            format: settled.photo!.format,
            widthPx: settled.photo!.originalWidthPx,
            heightPx: settled.photo!.originalHeightPx,
            decodedWidthPx: settled.photo!.bitmap.width,
            decodedHeightPx: settled.photo!.bitmap.height,
          },
          measured: {
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
          },
          output: {
            widthPx: plan.outputWidthPx,
            heightPx: plan.outputHeightPx,
            dpi: plan.dpi,
            faceHeightMm: plan.faceHeightMm,
            topMarginMm: plan.topMarginMm,
            offsetXMm: plan.offsetXMm,
            chinToBottomMm: plan.chinToBottomMm,
            eyeLineFromBottomMm: plan.eyeLineFromBottomMm,
            jpegBytes: jpeg.length,
          },
          adjustments: settled.adjustments,
          plan,
          timingsMs: {
            decode: timings?.decodeMs ?? null,
            landmarks: timings?.landmarksMs ?? null,
            matte: timings?.matteMs ?? null,
            // The head matte's own stages: the crop drawn on the page, the model, the upsampling in the worker.
            matteCrop: timings?.matteStagesMs?.cropMs ?? null,
            matteInference: timings?.matteStagesMs?.inferenceMs ?? null,
            matteUpsample: timings?.matteStagesMs?.upsampleMs ?? null,
            solve: solveMs,
            render: renderMs,
            encode: encodeMs,
            total: performance.now() - started,
          },
          warnings: selectWarnings(settled),
          ...complianceReport(settled),
        },
      };
    },

    /**
     * Landmarks only, without waiting for the person matte (head-pose calibration on many photos): resolves once
     * the face is found; loading the next photo cancels this one's matte.
     */
    async detectFace(request: ProcessRequest) {
      const loaded = store.getState().loadPhoto(new Blob([fromBase64(request.base64) as BlobPart]), request.name);
      await new Promise<void>((resolve) => {
        const check = () => {
          const s = store.getState();
          return s.stage === 'matting' || s.stage === 'ready' || s.stage === 'idle' || s.error !== null;
        };
        if (check()) return resolve();
        const off = store.subscribe(() => {
          if (check()) {
            off();
            resolve();
          }
        });
      });
      const state = store.getState();
      const face = selectMeasurement(state);
      loaded.catch(() => undefined);
      if (!face) return { ok: false as const, error: english(state.error?.key ?? 'no-face', state.error?.detail) };
      return { ok: true as const, measured: { rollDeg: face.rollDeg, pose: face.pose, faceCount: face.faceCount } };
    },

    /**
     * The loaded photo's raw model output (landmarks and person matte), so that the truth-set bench and unit tests
     * can replay the pure measurement code without a model (scripts/capture-truth-fixtures.mjs).
     */
    faceData() {
      const state = store.getState();
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
    },

    /**
     * With the loaded photo, the print JPEG and (where the spec has one) the upload file for each spec, at that
     * spec's recommended adjustments: checks that every row produces files inside its pixel and KB bands.
     */
    async exportForSpecs(specIds: string[]) {
      const state = store.getState();
      const face = selectMeasurement(state);
      if (!state.photo || !face) throw new Error('load a photo first');
      const out = [];
      for (const id of specIds) {
        const spec = findProducibleSpec(id);
        if (!spec) {
          out.push({ specId: id, error: 'unknown or non-producible spec' });
          continue;
        }
        const plan = solveCrop(spec, face, recommendedAdjustments(spec));
        const input = { source: state.photo.bitmap, plan, background: spec.background.default, matte: state.matte };
        const print = await renderJpeg(input);
        const row: Record<string, unknown> = {
          specId: id,
          print: { widthPx: plan.outputWidthPx, heightPx: plan.outputHeightPx, bytes: print.length, faceHeightMm: plan.faceHeightMm, topMarginMm: plan.topMarginMm },
        };
        if (spec.digital) {
          const size = digitalOutputPx(spec);
          const band = fileSizeBandBytes(spec.digital);
          const upload = await renderUpload(input, { widthPx: size.widthPx, heightPx: size.heightPx, widthMm: spec.widthMm, band });
          row.upload = { widthPx: upload.widthPx, heightPx: upload.heightPx, bytes: upload.bytes.length, withinBand: upload.withinBand, padded: upload.padded, quality: upload.quality, band: band ?? null, rule: spec.digital };
        }
        out.push(row);
      }
      return out;
    },

    /**
     * Issue 10's quality check: loads a photo as the app does (head matte) and mattes the same photo once more with
     * the full-frame imgly path, then reports the crown from each, in decoded source px.
     */
    async compareMattes(request: { name: string; base64: string }) {
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
    },

    /** What the app shows now: the photo's file name, where its crown came from, the stage and any error. */
    currentPhoto() {
      const state = store.getState();
      return { fileName: state.photo?.fileName ?? null, crownSource: selectMeasurement(state)?.crownSource ?? null, stage: state.stage, error: state.error?.key ?? null };
    },

    /** Tests: a model worker dies as a crashed one would (issue 14). */
    crashWorker(worker: 'face-landmarks' | 'person-matte') {
      services.simulateWorkerCrash?.(worker);
    },

    /**
     * Decodes a file as the app does, without any model or the app's state: the decoded size and a small luma
     * thumbnail, so the e2e catalogue can compare formats and EXIF orientations with the upright original cheaply.
     */
    async decodeOnly(base64: string, name: string, thumbnailPx: number) {
      let decoded;
      try {
        decoded = await services.decode(new Blob([fromBase64(base64) as BlobPart]), name);
      } catch (error) {
        const { code, params } = error as { code?: string; params?: Record<string, string | number> };
        return { ok: false as const, key: code ?? 'corrupt', params: params ?? {}, detail: String(error) };
      }
      const { bitmap } = decoded;
      const canvas = new OffscreenCanvas(thumbnailPx, thumbnailPx);
      const context = canvas.getContext('2d', { willReadFrequently: true })!;
      context.drawImage(bitmap, 0, 0, thumbnailPx, thumbnailPx);
      const rgba = context.getImageData(0, 0, thumbnailPx, thumbnailPx).data;
      const luma: number[] = [];
      for (let i = 0; i < rgba.length; i += 4) luma.push(Math.round(0.299 * rgba[i]! + 0.587 * rgba[i + 1]! + 0.114 * rgba[i + 2]!));
      const result = {
        ok: true as const,
        format: decoded.format,
        widthPx: bitmap.width,
        heightPx: bitmap.height,
        originalWidthPx: decoded.originalWidthPx,
        originalHeightPx: decoded.originalHeightPx,
        luma,
      };
      bitmap.close();
      return result;
    },

    /** Measures a photo without touching the app's state (e2e: measure the output JPEG again). */
    async measure(base64: string) {
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
    },
  };
  (window as unknown as { idPhoto: typeof api }).idPhoto = api;
}
