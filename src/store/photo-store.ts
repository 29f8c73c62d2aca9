import { createStore, type StoreApi } from 'zustand/vanilla';
import { recommendedAdjustments, type Adjustments } from '../core/crop/adjustments';
import type { FaceLandmarks, PersonMatte } from '../core/face/face-landmarks';
import type { Point } from '../core/geometry';
import type { PhotoSpec } from '../core/photo-spec';
import { createComplianceSlice, type ComplianceActions, type ComplianceState } from './compliance-slice';
import type { PreferenceStorage } from '../platform/preferences';
import { createDocumentSlice, type DocumentSlice } from './document-slice';
import { createAdjustHistorySlice, emptyHistory, recordEdit, type AdjustHistorySlice, type EditOptions } from './adjust-history';
import type { DecodedImage, PipelineServices } from './pipeline-services';
import { createOfflineSlice, type OfflineSlice } from './offline-slice';
import { createSheetSlice, type SheetActions, type SheetState } from './sheet-slice';
import type { UserError, UserErrorKey } from './user-error';

export type Stage = 'idle' | 'decoding' | 'detecting' | 'matting' | 'ready';
export type PhotoOrigin = 'upload' | 'camera';

export interface Timings {
  decodeMs: number;
  landmarksMs: number;
  matteMs: number | null;
}

export interface LoadedPhoto extends DecodedImage {
  readonly origin: PhotoOrigin;
  /** Monotonic id: derived data keys on it, and late results for an older photo are dropped. */
  readonly id: number;
}

/** The user's fixes to detected points (issue 4), in source px; cleared with a new photo, kept across documents. */
export interface PointCorrections {
  readonly crown?: Point;
  readonly chin?: Point;
}

export interface PhotoState {
  readonly photo: LoadedPhoto | null;
  readonly faces: readonly FaceLandmarks[];
  readonly matte: PersonMatte | null;
  readonly stage: Stage;
  readonly matteProgress: { stage: 'download' | 'inference'; fraction: number } | null;
  /** The last thing that went wrong; the previous photo and settings stay as they were. */
  readonly error: UserError | null;
  readonly matteFailed: boolean;
  readonly timings: Timings | null;
  readonly specId: string;
  readonly adjustments: Adjustments;
  readonly corrections: PointCorrections;
  /** Chosen background colour, or null for the spec's default. */
  readonly backgroundColour: string | null;
}

export interface PhotoActions {
  loadPhoto(file: Blob, fileName: string, origin?: PhotoOrigin): Promise<boolean>;
  setSpec(spec: PhotoSpec): void;
  /** Each call is an undo step, or joins the previous one with the same `options.gesture` (adjust-history.ts). */
  setAdjustments(patch: Partial<Adjustments>, spec: PhotoSpec, options?: EditOptions): void;
  resetAdjustments(spec: PhotoSpec): void;
  setCorrections(corrections: PointCorrections, options?: EditOptions): void;
  setBackgroundColour(colour: string | null): void;
  dismissError(): void;
}

/** The one store: the photo pipeline plus one slice per feature (each slice in its own file). */
export type StoreState = PhotoState & PhotoActions & DocumentSlice & SheetState & SheetActions & ComplianceState & ComplianceActions & AdjustHistorySlice & OfflineSlice;
export type PhotoStore = StoreApi<StoreState>;

function decodeErrorKey(error: unknown): UserErrorKey {
  const code = (error as { code?: unknown } | null)?.code;
  const known: UserErrorKey[] = ['not-an-image', 'unsupported-format', 'truncated', 'corrupt', 'too-large', 'too-small', 'empty'];
  return known.find((k) => k === code) ?? 'corrupt';
}

function isAbort(error: unknown): boolean {
  return error instanceof DOMException && error.name === 'AbortError';
}

export function createPhotoStore(services: PipelineServices, initialSpec: PhotoSpec, preferences: PreferenceStorage): PhotoStore {
  let controller: AbortController | null = null;
  let nextPhotoId = 1;

  return createStore<StoreState>()((set, get, api) => ({
    ...createDocumentSlice(set, get, preferences),
    ...createSheetSlice(set, get),
    ...createComplianceSlice(set, get, api),
    ...createAdjustHistorySlice(set),
    ...createOfflineSlice(set, services, services.offline),
    photo: null,
    faces: [],
    matte: null,
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
      const fail = (key: UserErrorKey, detail?: string): false => {
        if (controller === local) set({ stage: previousStage, error: { key, detail }, matteProgress: null });
        return false;
      };
      set({ stage: 'decoding', error: null });
      const t0 = performance.now();
      let decoded: DecodedImage;
      try {
        decoded = await services.decode(file, fileName);
      } catch (error) {
        return fail(decodeErrorKey(error), String(error));
      }
      if (signal.aborted) return false;
      const decodeMs = performance.now() - t0;
      set({ stage: 'detecting' });

      // The matte starts as soon as the photo is decoded; it is only kept if the photo has a face.
      const t1 = performance.now();
      const mattePromise = services.segmentPerson(decoded.bitmap, (p) => {
        if (controller === local) set({ matteProgress: p });
      }, signal);
      mattePromise.catch(() => undefined);

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
        matte: null,
        matteFailed: false,
        stage: 'matting',
        corrections: {},
        history: emptyHistory(),
        timings: { decodeMs, landmarksMs, matteMs: null },
      });

      try {
        const matte = await mattePromise;
        if (controller !== local) return true;
        set({ matte, stage: 'ready', matteProgress: null, timings: { decodeMs, landmarksMs, matteMs: performance.now() - t1 } });
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

    setAdjustments(patch, _spec, options) {
      set((state) => recordEdit(state, { adjustments: { ...state.adjustments, ...patch } }, options));
    },

    resetAdjustments(spec) {
      set((state) => recordEdit(state, { adjustments: recommendedAdjustments(spec) }));
    },

    setCorrections(corrections, options) {
      set((state) => recordEdit(state, { corrections }, options));
    },

    setBackgroundColour(colour) {
      set({ backgroundColour: colour });
    },

    dismissError() {
      set({ error: null });
    },
  }));
}
