import type { StoreApi } from 'zustand/vanilla';
import { cropOutlineInSource } from '../core/compliance/crop-outline-in-source';
import type { CropPlan } from '../core/crop/crop-plan';
import type { FaceLandmarks, PersonMatte } from '../core/face/model-outputs';
import type { Point } from '../core/geometry';
import { backgroundStats, type BackgroundStats } from '../core/image-stats/background-stats';
import { faceImageStats, type FaceImageStats } from '../core/image-stats/face-image-stats';
import { greyPlaneOf, type GreyPlane } from '../core/image-stats/grey-plane';
import { landmarkFaceRegion } from '../core/image-stats/landmark-face-region';
import type { BitmapPixels } from '../platform/bitmap-pixels';
import { selectBackgroundKept } from './compliance-selectors';
import type { ComplianceActions, ComplianceState, LoadedPhoto, StoreState } from './store-state';
import type { PipelineServices } from './pipeline-services';
import { selectPlan, selectSpec } from './selectors';

type ReadPixels = PipelineServices['readPixels'];

/**
 * The face is read at most this tall (its landmark outline, forehead to chin). The statistics are normalised to
 * the face (sharpness averages it down to 100 px, the rest are shares and histograms), so more pixels add
 * nothing but cost: 400 px keeps 4× the sharpness grid and ~100 k face pixels for steady histograms, where a
 * 12 MP photo read whole would copy 48 MB.
 */
export const STATS_FACE_HEIGHT_PX = 400;
/** The whole photo is read at most this long: backgroundStats resamples it to 295 rows anyway. */
export const STATS_LONG_SIDE_PX = 2048;
/**
 * The statistics wait for an idle moment so they never delay the first preview; on a page kept busy (the matte
 * model's progress updates) they still start within this.
 */
export const STATS_IDLE_TIMEOUT_MS = 1000;

function verticalSpanPx(points: readonly Point[]): number {
  let top = Infinity;
  let bottom = -Infinity;
  for (const p of points) {
    top = Math.min(top, p.y);
    bottom = Math.max(bottom, p.y);
  }
  return Math.max(0, bottom - top);
}

/** The photo's pixels at the scale the statistics need (see STATS_FACE_HEIGHT_PX), shared by face and background. */
function statsPixels(readPixels: ReadPixels, photo: LoadedPhoto, landmarks: readonly Point[]): BitmapPixels | null {
  const faceHeightPx = verticalSpanPx(landmarkFaceRegion(landmarks).outline);
  const longSidePx = Math.max(photo.bitmap.width, photo.bitmap.height);
  const scale = Math.min(1, STATS_FACE_HEIGHT_PX / Math.max(1, faceHeightPx), STATS_LONG_SIDE_PX / longSidePx);
  return readPixels(photo.bitmap, photo.id, scale);
}

/**
 * The photo's grey levels at the statistics' scale (the same read-back, shared through bitmapPixels' cache), for
 * the chin's edge; null where there is no canvas (unit tests) or no face, and on any failure: the chin then stays
 * landmark 152.
 */
export function photoGreyPlane(readPixels: ReadPixels, photo: LoadedPhoto, faces: readonly FaceLandmarks[]): GreyPlane | null {
  const landmarks = faces[0]?.points;
  if (!landmarks) return null;
  try {
    const pixels = statsPixels(readPixels, photo, landmarks);
    return pixels ? greyPlaneOf(pixels.image, 1 / pixels.scaleX) : null;
  } catch (error) {
    console.error('grey plane failed', error);
    return null;
  }
}

/** The face's light and sharpness statistics (faceImageStats), read at the statistics' scale. */
function measureFaceImageStats(readPixels: ReadPixels, photo: LoadedPhoto, landmarks: readonly Point[]): FaceImageStats | null {
  const pixels = statsPixels(readPixels, photo, landmarks);
  if (!pixels) return null;
  return faceImageStats(pixels.image, landmarkFaceRegion(landmarks, { x: pixels.scaleX, y: pixels.scaleY }));
}

function measureBackground(readPixels: ReadPixels, photo: LoadedPhoto, landmarks: readonly Point[], matte: PersonMatte, plan: CropPlan): BackgroundStats | null {
  const pixels = statsPixels(readPixels, photo, landmarks);
  if (!pixels) return null;
  const toImage = (p: Point): Point => ({ x: p.x * pixels.scaleX, y: p.y * pixels.scaleY });
  // The matte maps to the smaller image by the same factor: image px per matte px shrink with it.
  const scaledMatte: PersonMatte = {
    ...matte,
    sourcePxPerMattePx: matte.sourcePxPerMattePx * pixels.scaleX,
    originXPx: (matte.originXPx ?? 0) * pixels.scaleX,
    originYPx: (matte.originYPx ?? 0) * pixels.scaleY,
  };
  return backgroundStats(pixels.image, scaledMatte, cropOutlineInSource(plan).map(toImage));
}

function backgroundDue(state: StoreState): { photo: LoadedPhoto; matte: PersonMatte; plan: CropPlan } | null {
  const { photo, matte, backgroundStats: done } = state;
  if (!photo || !matte || state.faces.length === 0 || !selectBackgroundKept(state)) return null;
  const plan = selectPlan(state);
  if (!plan || (done && done.photoId === photo.id && done.matte === matte && done.plan === plan)) return null;
  return { photo, matte, plan };
}

/** The compliance slice of the photo store; it watches the store for new photos (and kept backgrounds) itself. */
export function createComplianceSlice(
  set: StoreApi<StoreState>['setState'],
  get: StoreApi<StoreState>['getState'],
  api: StoreApi<StoreState>,
  { readPixels, whenIdle }: Pick<PipelineServices, 'readPixels' | 'whenIdle'>,
): ComplianceState & ComplianceActions {
  let faceTaskFor: number | null = null;
  let cancelBackgroundTask: (() => void) | null = null;

  api.subscribe((state) => {
    const { photo } = state;
    if (photo && state.faces.length > 0 && state.faceStats?.photoId !== photo.id && faceTaskFor !== photo.id) {
      faceTaskFor = photo.id;
      whenIdle(() => {
        faceTaskFor = null;
        get().measureFaceStats();
      }, STATS_IDLE_TIMEOUT_MS);
    }
    if (backgroundDue(state)) {
      // Slider moves re-plan the crop many times a second: only the last plan is measured.
      cancelBackgroundTask?.();
      cancelBackgroundTask = whenIdle(() => {
        cancelBackgroundTask = null;
        const due = backgroundDue(get());
        const landmarks = get().faces[0]?.points;
        if (!due || !landmarks) return;
        let stats: BackgroundStats | null = null;
        try {
          stats = measureBackground(readPixels, due.photo, landmarks, due.matte, due.plan);
        } catch (error) {
          console.error('background statistics failed', error);
        }
        set({ backgroundStats: { photoId: due.photo.id, matte: due.matte, plan: due.plan, stats } });
      }, STATS_IDLE_TIMEOUT_MS);
    }
  });

  return {
    faceStats: null,
    backgroundStats: null,
    manualTicks: null,

    measureFaceStats() {
      const { photo, faces, faceStats } = get();
      const landmarks = faces[0]?.points;
      if (!photo || !landmarks || faceStats?.photoId === photo.id) return;
      let stats: FaceImageStats | null = null;
      try {
        stats = measureFaceImageStats(readPixels, photo, landmarks);
      } catch (error) {
        // The report then simply lacks the light and sharpness findings; everything else still works.
        console.error('face statistics failed', error);
      }
      set({ faceStats: { photoId: photo.id, stats } });
    },

    toggleManualCheck(id) {
      const state = get();
      if (!state.photo) return;
      const specId = selectSpec(state).id;
      const bySpec = state.manualTicks?.photoId === state.photo.id ? state.manualTicks.bySpec : {};
      const ticked = bySpec[specId] ?? [];
      const next = ticked.includes(id) ? ticked.filter((t) => t !== id) : [...ticked, id];
      set({ manualTicks: { photoId: state.photo.id, bySpec: { ...bySpec, [specId]: next } } });
    },
  };
}
