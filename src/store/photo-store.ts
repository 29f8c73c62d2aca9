import { createStore } from 'zustand/vanilla';
import { adjustmentRanges } from '../core/crop/adjustment-ranges';
import { recommendedAdjustments, type Adjustments } from '../core/crop/adjustments';
import { editableRanges } from '../core/crop/editable-ranges';
import { snapAdjustment } from '../core/crop/nudge-adjustment';
import type { FaceLandmarks } from '../core/face/face-landmarks';
import type { PhotoSpec } from '../core/photo-spec';
import { createComplianceSlice, photoGreyPlane } from './compliance-slice';
import type { PreferenceStorage } from '../platform/preferences';
import { createDocumentSlice } from './document-slice';
import { createAdjustHistorySlice, emptyHistory, recordEdit } from './adjust-history';
import { headCropFor, requiredMatteRegion, wideningNeeded } from './matte-coverage';
import type { DecodedImage, PipelineServices } from './pipeline-services';
import { createOfflineSlice } from './offline-slice';
import { createSheetSlice } from './sheet-slice';
import { selectSpec } from './selectors';
import type { AdjustOptions, LoadedPhoto, PhotoStore, StoreState } from './store-state';
import { DECODE_ERROR_KEYS, type UserError, type UserErrorKey } from './user-error';

function decodeErrorKey(error: unknown): UserErrorKey {
  const code = (error as { code?: unknown } | null)?.code;
  return DECODE_ERROR_KEYS.find((k) => k === code) ?? 'corrupt';
}

/** The message's parameters (a pixel size and its limit…), kept only when they are plain strings and numbers. */
function decodeErrorParams(error: unknown): Record<string, string | number> | undefined {
  const params = (error as { params?: unknown } | null)?.params;
  if (typeof params !== 'object' || params === null) return undefined;
  const entries = Object.entries(params).filter((e): e is [string, string | number] => typeof e[1] === 'string' || typeof e[1] === 'number');
  return entries.length > 0 ? Object.fromEntries(entries) : undefined;
}

/** Each value of an edit on its step and inside its range (see AdjustOptions.within). */
function snapPatch(spec: PhotoSpec, patch: Partial<Adjustments>, within: NonNullable<AdjustOptions['within']>): Partial<Adjustments> {
  if (within === 'exact') return patch;
  const ranges = within === 'tolerance' ? adjustmentRanges(spec) : editableRanges(spec);
  const snapped: { -readonly [F in keyof Adjustments]?: number } = {};
  for (const field of Object.keys(patch) as (keyof Adjustments)[]) {
    const value = patch[field];
    if (value !== undefined) snapped[field] = snapAdjustment(spec, field, value, ranges[field]);
  }
  return snapped;
}

function isAbort(error: unknown): boolean {
  return error instanceof DOMException && error.name === 'AbortError';
}

/**
 * A photo's matte is widened at most this often: each widening takes in everything asked so far, so more would
 * only mean a crown that keeps running into the edge of a photo that goes on above it (a tall hat, say).
 */
const MAX_MATTE_WIDENINGS = 2;

export function createPhotoStore(services: PipelineServices, initialSpec: PhotoSpec, preferences: PreferenceStorage): PhotoStore {
  let controller: AbortController | null = null;
  let nextPhotoId = 1;
  let widenings = 0;
  let widening: Promise<void> | null = null;

  const store = createStore<StoreState>()((set, get, api) => ({
    ...createDocumentSlice(set, get, preferences),
    ...createSheetSlice(set, get),
    ...createComplianceSlice(set, get, api),
    ...createAdjustHistorySlice(set),
    ...createOfflineSlice(set, services, services.offline),
    photo: null,
    faces: [],
    matte: null,
    grey: null,
    stage: 'idle',
    matteProgress: null,
    error: null,
    matteFailed: false,
    timings: null,
    specId: initialSpec.id,
    adjustments: recommendedAdjustments(initialSpec),
    corrections: {},
    backgroundColour: null,

    async loadPhoto(file, fileName, origin = 'upload') {
      controller?.abort();
      const local = new AbortController();
      controller = local;
      const { signal } = local;
      // A dropped, pasted or picked file is intent too; the models may not have started loading yet.
      get().prepareModels();
      const previousStage = get().photo ? 'ready' : 'idle';
      const fail = (key: UserErrorKey, detail?: string, params?: UserError['params']): false => {
        if (controller === local) set({ stage: previousStage, error: { key, detail, ...(params ? { params } : {}) }, matteProgress: null });
        return false;
      };
      set({ stage: 'decoding', error: null });
      const t0 = performance.now();
      let decoded: DecodedImage;
      try {
        decoded = await services.decode(file, fileName);
      } catch (error) {
        return fail(decodeErrorKey(error), String(error), decodeErrorParams(error));
      }
      if (signal.aborted) return false;
      const decodeMs = performance.now() - t0;
      set({ stage: 'detecting' });

      // Landmarks first (tens of ms once warm): they say which part of the photo the matte must cover (issue 10).
      const t1 = performance.now();
      let faces: readonly FaceLandmarks[];
      try {
        faces = (await services.detectFaces(decoded.bitmap, signal)).faces;
      } catch (error) {
        if (isAbort(error)) return false;
        local.abort();
        return fail('model-failed', String(error));
      }
      if (signal.aborted) return false;
      if (faces.length === 0) {
        local.abort();
        return fail('no-face');
      }
      const landmarksMs = performance.now() - t1;
      const photo: LoadedPhoto = { ...decoded, origin, id: nextPhotoId++ };
      set({
        photo,
        faces,
        grey: photoGreyPlane(photo, faces),
        matte: null,
        matteFailed: false,
        stage: 'matting',
        corrections: {},
        history: emptyHistory(),
        timings: { decodeMs, landmarksMs, matteMs: null },
      });
      widenings = 0;

      // The head crop every reachable output lies in; without one (no usable region) the whole photo is matted.
      const region = requiredMatteRegion(get());
      const t2 = performance.now();
      try {
        const matte = await services.segmentPerson(
          decoded.bitmap,
          (p) => {
            if (controller === local) set({ matteProgress: p });
          },
          signal,
          region ? headCropFor(get(), region) : undefined,
        );
        if (controller !== local) return true;
        set({
          matte,
          stage: 'ready',
          matteProgress: null,
          timings: { decodeMs, landmarksMs, matteMs: performance.now() - t2, ...(matte.timingsMs ? { matteStagesMs: matte.timingsMs } : {}) },
        });
      } catch (error) {
        if (controller !== local || isAbort(error)) return true;
        console.error('person matte failed', error);
        set({ matteFailed: true, stage: 'ready', matteProgress: null, error: { key: 'matte-failed', detail: String(error) } });
      }
      return true;
    },

    setSpec(spec) {
      // A new document resets the position to its recommended midpoints but keeps corrected points (issue 4).
      set({ specId: spec.id, adjustments: recommendedAdjustments(spec), backgroundColour: null, history: emptyHistory() });
    },

    setAdjustments(patch, options = {}) {
      const { within = 'editable', ...edit } = options;
      set((state) => recordEdit(state, { adjustments: { ...state.adjustments, ...snapPatch(selectSpec(state), patch, within) } }, edit));
    },

    resetAdjustments() {
      set((state) => recordEdit(state, { adjustments: recommendedAdjustments(selectSpec(state)) }));
    },

    setCorrections(corrections, options) {
      set((state) => recordEdit(state, { corrections }, options));
    },

    placeMarker(marker, point, options) {
      set((state) => {
        const target = marker === 'chin' ? 'chin' : selectSpec(state).faceHeightIncludesHair ? 'crown' : 'skullCrown';
        return recordEdit(state, { corrections: { ...state.corrections, [target]: point } }, options);
      });
    },

    setBackgroundColour(colour) {
      set({ backgroundColour: colour });
    },

    dismissError() {
      set({ error: null });
    },
  }));

  /**
   * Mattes a wider part of the photo when the current one no longer covers every reachable crop (another
   * document, a mixed sheet, a corrected point). The old matte stays on screen until the new one arrives.
   */
  const widenIfNeeded = (): void => {
    const state = store.getState();
    if (widening || state.stage !== 'ready' || !state.photo || !controller || widenings >= MAX_MATTE_WIDENINGS) return;
    const region = wideningNeeded(state);
    if (!region) return;
    widenings++;
    const local = controller;
    const photo = state.photo;
    store.setState({ stage: 'matting', matteProgress: { stage: 'inference', fraction: 0, widening: true } });
    widening = services
      .segmentPerson(
        photo.bitmap,
        (p) => {
          if (controller === local) store.setState({ matteProgress: { ...p, widening: true } });
        },
        local.signal,
        headCropFor(state, region),
      )
      .then(
        (matte) => {
          if (controller === local && store.getState().photo === photo) store.setState({ matte, stage: 'ready', matteProgress: null });
        },
        (error: unknown) => {
          if (controller !== local || isAbort(error)) return;
          console.error('widening the person matte failed', error);
          // The narrower matte stays: crops inside it are right, and the rest is filled with the background.
          store.setState({ stage: 'ready', matteProgress: null });
        },
      )
      .finally(() => {
        widening = null;
        widenIfNeeded();
      });
  };
  store.subscribe((state, previous) => {
    const changed =
      state.matte !== previous.matte ||
      state.specId !== previous.specId ||
      state.customSize !== previous.customSize ||
      state.sheetRequests !== previous.sheetRequests ||
      state.corrections !== previous.corrections ||
      state.stage !== previous.stage;
    if (changed) widenIfNeeded();
  });
  return store;
}
