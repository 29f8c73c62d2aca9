import type { StoreApi } from 'zustand/vanilla';
import { rangesWithin } from '../core/crop/adjustment-ranges';
import { recommendedAdjustments, type Adjustments } from '../core/crop/adjustments';
import { snapAdjustment } from '../core/crop/nudge-adjustment';
import type { FaceLandmarks } from '../core/face/model-outputs';
import type { PhotoSpec } from '../core/photo-spec';
import { emptyHistory, recordEdit } from './adjust-history';
import { photoGreyPlane } from './compliance-slice';
import { headCropFor, requiredMatteRegion } from './matte-coverage';
import type { DecodedImage, MatteProgress, PipelineServices } from './pipeline-services';
import { selectSpec } from './selectors';
import type { AdjustOptions, LoadedPhoto, PhotoActions, PhotoOrigin, PhotoState, StoreState } from './store-state';
import { DECODE_ERROR_KEYS, type UserError, type UserErrorKey } from './user-error';

type Set = StoreApi<StoreState>['setState'];
type Get = StoreApi<StoreState>['getState'];

/**
 * The current photo's run through the pipeline, shared by loading it and widening its matte (matte-widening.ts):
 * a new photo aborts the old run, and late results of an aborted run are dropped.
 */
export interface PhotoRun {
  controller: AbortController | null;
  /** How often this photo's matte has been widened. */
  widenings: number;
}

export function isAbort(error: unknown): boolean {
  return error instanceof DOMException && error.name === 'AbortError';
}

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
  const ranges = rangesWithin(spec, within);
  const snapped: { -readonly [F in keyof Adjustments]?: number } = {};
  for (const field of Object.keys(patch) as (keyof Adjustments)[]) {
    const value = patch[field];
    if (value !== undefined) snapped[field] = snapAdjustment(spec, field, value, ranges[field]);
  }
  return snapped;
}

/** One loadPhoto call: its own abort controller, and how it gives up (the previous photo stays). */
interface PhotoLoad {
  readonly set: Set;
  readonly get: Get;
  readonly services: PipelineServices;
  readonly run: PhotoRun;
  readonly local: AbortController;
  fail(key: UserErrorKey, detail?: string, params?: UserError['params']): false;
}

/** The file's pixels, or null once the load has failed or been overtaken. */
async function decodeStep(load: PhotoLoad, file: Blob, fileName: string): Promise<DecodedImage | null> {
  try {
    const decoded = await load.services.decode(file, fileName);
    return load.local.signal.aborted ? null : decoded;
  } catch (error) {
    return load.fail(decodeErrorKey(error), String(error), decodeErrorParams(error)) || null;
  }
}

/** The faces in the photo (at least one), or null once the load has failed or been overtaken. */
async function detectStep(load: PhotoLoad, decoded: DecodedImage): Promise<readonly FaceLandmarks[] | null> {
  const { local } = load;
  let faces: readonly FaceLandmarks[];
  try {
    faces = (await load.services.detectFaces(decoded.bitmap, local.signal)).faces;
  } catch (error) {
    if (isAbort(error)) return null;
    local.abort();
    return load.fail('model-failed', String(error)) || null;
  }
  if (local.signal.aborted) return null;
  if (faces.length === 0) {
    local.abort();
    return load.fail('no-face') || null;
  }
  return faces;
}

/** The person matte of the head crop every reachable output lies in (the whole photo without one). */
async function matteStep(load: PhotoLoad, decoded: DecodedImage, timings: { decodeMs: number; landmarksMs: number }): Promise<void> {
  const { set, get, run, local } = load;
  const region = requiredMatteRegion(get());
  const t0 = performance.now();
  try {
    const onProgress = (p: MatteProgress): void => {
      if (run.controller === local) set({ matteProgress: p });
    };
    const matte = await load.services.segmentPerson(decoded.bitmap, onProgress, local.signal, region ? headCropFor(get(), region) : undefined);
    if (run.controller !== local) return;
    const matteMs = performance.now() - t0;
    set({ matte, stage: 'ready', matteProgress: null, timings: { ...timings, matteMs, ...(matte.timingsMs ? { matteStagesMs: matte.timingsMs } : {}) } });
  } catch (error) {
    if (run.controller !== local || isAbort(error)) return;
    console.error('person matte failed', error);
    set({ matteFailed: true, stage: 'ready', matteProgress: null, error: { key: 'matte-failed', detail: String(error) } });
  }
}

/**
 * Decode, landmarks, then the matte of the head region they define (issue 10). A new photo replaces the old one
 * only once it has a face, so bad input never loses the user's work.
 */
async function loadPhoto(load: PhotoLoad, file: Blob, fileName: string, origin: PhotoOrigin, photoId: () => number): Promise<boolean> {
  const { set } = load;
  set({ stage: 'decoding', error: null });
  const t0 = performance.now();
  const decoded = await decodeStep(load, file, fileName);
  if (!decoded) return false;
  const decodeMs = performance.now() - t0;
  set({ stage: 'detecting' });
  // Landmarks first (tens of ms once warm): they say which part of the photo the matte must cover (issue 10).
  const t1 = performance.now();
  const faces = await detectStep(load, decoded);
  if (!faces) return false;
  const landmarksMs = performance.now() - t1;
  const photo: LoadedPhoto = { ...decoded, origin, id: photoId() };
  set({
    photo,
    faces,
    grey: photoGreyPlane(load.services.readPixels, photo, faces),
    matte: null,
    matteFailed: false,
    stage: 'matting',
    corrections: {},
    history: emptyHistory(),
    timings: { decodeMs, landmarksMs, matteMs: null },
  });
  load.run.widenings = 0;
  await matteStep(load, decoded, { decodeMs, landmarksMs });
  return true;
}

/** The photo pipeline's slice: the photo, its faces and matte, the document and the user's adjustments. */
export function createPhotoPipelineSlice(set: Set, get: Get, services: PipelineServices, initialSpec: PhotoSpec, run: PhotoRun): PhotoState & PhotoActions {
  let nextPhotoId = 1;
  return {
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

    loadPhoto(file, fileName, origin = 'upload') {
      run.controller?.abort();
      const local = new AbortController();
      run.controller = local;
      // A dropped, pasted or picked file is intent too; the models may not have started loading yet.
      get().prepareModels();
      const previousStage = get().photo ? 'ready' : 'idle';
      const fail = (key: UserErrorKey, detail?: string, params?: UserError['params']): false => {
        if (run.controller === local) set({ stage: previousStage, error: { key, detail, ...(params ? { params } : {}) }, matteProgress: null });
        return false;
      };
      return loadPhoto({ set, get, services, run, local, fail }, file, fileName, origin, () => nextPhotoId++);
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
  };
}
