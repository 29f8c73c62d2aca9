import { checkCompliance } from '../core/compliance/check-compliance';
import type { Finding } from '../core/compliance/finding';
import { manualChecks, type DocumentRules, type ManualCheckId, type ManualCheckItem } from '../core/compliance/manual-checks';
import type { CropPlan } from '../core/crop/crop-plan';
import type { FaceMeasurement } from '../core/face/face-measurement';
import type { Point } from '../core/geometry';
import type { BackgroundStats } from '../core/image-stats/background-stats';
import type { FaceImageStats } from '../core/image-stats/face-image-stats';
import type { PhotoSpec } from '../core/photo-spec';
import { findProducibleSpec } from '../specs';
import { memoLast } from './memo';
import type { StoreState } from './store-state';
import { selectMeasurement, selectPlan, selectSpec } from './selectors';

/**
 * Whether the printed photo shows the photo's own background: today only while there is no matte (still
 * computing, or it failed), since a matte always replaces the background with the spec's colour. A future
 * "keep the original background" option ORs in here, and nowhere else: the slice then measures the background
 * (backgroundStats) and the background rules report on it.
 */
export function selectBackgroundKept(state: StoreState): boolean {
  return state.matte === null;
}

/** The app's own camera capture uses the front camera, whose preview is mirrored (see the mirrored-selfie rule). */
export function selectFromFrontCamera(state: StoreState): boolean {
  return state.photo?.origin === 'camera';
}

/** The current photo's face statistics; null until measured, or when the face was too small to measure. */
export function selectFaceStats(state: StoreState): FaceImageStats | null {
  const entry = state.faceStats;
  return entry && state.photo && entry.photoId === state.photo.id ? entry.stats : null;
}

/** True once the face statistics of the current photo are in (measured, or found unmeasurable). */
export function selectFaceStatsDone(state: StoreState): boolean {
  return state.photo !== null && state.faceStats?.photoId === state.photo.id;
}

function selectBackgroundStats(state: StoreState): BackgroundStats | null {
  const entry = state.backgroundStats;
  if (!entry || !state.photo || entry.photoId !== state.photo.id || entry.matte !== state.matte) return null;
  return entry.stats;
}

const findings = memoLast(
  (
    spec: PhotoSpec,
    face: FaceMeasurement | null,
    plan: CropPlan | null,
    landmarks: readonly Point[] | null,
    faceStats: FaceImageStats | null,
    kept: boolean,
    backgroundStats: BackgroundStats | null,
    fromFrontCamera: boolean,
  ): readonly Finding[] => {
    if (!face || !plan) return [];
    return checkCompliance({ spec, face, plan, landmarks, faceStats, background: { kept, stats: backgroundStats }, source: { fromFrontCamera } });
  },
);

/**
 * The automatic report for the photo as it will be printed, worst first; empty until there is a crop. Light and
 * sharpness findings join when the face statistics are in. Recomputed only when one of its inputs changes.
 */
export function selectFindings(state: StoreState): readonly Finding[] {
  return findings(
    selectSpec(state),
    selectMeasurement(state),
    selectPlan(state),
    state.faces[0]?.points ?? null,
    selectFaceStats(state),
    selectBackgroundKept(state),
    selectBackgroundStats(state),
    selectFromFrontCamera(state),
  );
}

/** True when any automatic check fails: the download still works but says so. */
export function selectHasFailure(state: StoreState): boolean {
  return selectFindings(state).some((f) => f.status === 'fail');
}

const manualItems = memoLast((rules: DocumentRules | null, fromFrontCamera: boolean): readonly ManualCheckItem[] => manualChecks(rules, { fromFrontCamera }));

/** The questions the user answers, worded from the chosen document's own rules. */
export function selectManualItems(state: StoreState): readonly ManualCheckItem[] {
  // The row of the spec table carries the document's rules (a custom size keeps its row's id).
  return manualItems(findProducibleSpec(selectSpec(state).id) ?? null, selectFromFrontCamera(state));
}

const NONE_TICKED: ReadonlySet<ManualCheckId> = new Set();
const ticked = memoLast((list: readonly ManualCheckId[] | undefined): ReadonlySet<ManualCheckId> => (list ? new Set(list) : NONE_TICKED));

/** The manual checks the user ticked for this photo and document. */
export function selectManualChecked(state: StoreState): ReadonlySet<ManualCheckId> {
  const entry = state.manualTicks;
  if (!entry || !state.photo || entry.photoId !== state.photo.id) return NONE_TICKED;
  return ticked(entry.bySpec[selectSpec(state).id]);
}
