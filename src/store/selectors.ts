import { recommendedAdjustments, type Adjustments } from '../core/crop/adjustments';
import type { CropPlan } from '../core/crop/crop-plan';
import { solveCrop } from '../core/crop/solve-crop';
import { applyCorrections } from '../core/face/apply-corrections';
import type { FaceMeasurement } from '../core/face/face-measurement';
import { measureFace } from '../core/face/measure-face';
import type { PhotoSpec } from '../core/photo-spec';
import { CUSTOM_SPEC_ID, customSpec, findProducibleSpec, producibleSpecs, type ProducibleSpec } from '../specs';
import { memoLast } from './memo';
import type { DocumentSlice, PhotoState, StoreState } from './store-state';
import type { WarningKey } from './user-error';

const measure = memoLast((faces: PhotoState['faces'], photo: PhotoState['photo'], matte: PhotoState['matte'], grey: PhotoState['grey'], corrections: PhotoState['corrections']): FaceMeasurement | null => {
  if (!photo || faces.length === 0) return null;
  const measured = measureFace(faces, { widthPx: photo.bitmap.width, heightPx: photo.bitmap.height }, matte, { grey });
  return applyCorrections(measured, corrections);
});

export function selectMeasurement(state: PhotoState): FaceMeasurement | null {
  return measure(state.faces, state.photo, state.matte, state.grey, state.corrections);
}

const custom = memoLast((widthMm: number, heightMm: number): ProducibleSpec => customSpec(widthMm, heightMm));

/** The chosen document's full row (a PhotoSpec for the core, plus its rules and sources for the UI). */
export function selectSpec(state: PhotoState & Pick<DocumentSlice, 'customSize'>): ProducibleSpec {
  if (state.specId === CUSTOM_SPEC_ID && state.customSize) {
    try {
      return custom(state.customSize.widthMm, state.customSize.heightMm);
    } catch {
      // A stored custom size that no longer validates falls back to the row's own default size.
    }
  }
  const spec = findProducibleSpec(state.specId) ?? producibleSpecs[0];
  if (!spec) throw new Error('the spec table has no producible row');
  return spec;
}

/** The crop, or null (logged) where the face gives none: a selector must not throw into the page. */
function solveCropOrNull(spec: PhotoSpec, face: FaceMeasurement, adjustments: Adjustments): CropPlan | null {
  try {
    return solveCrop(spec, face, adjustments);
  } catch (error) {
    console.error(`crop for ${spec.id} could not be solved`, error);
    return null;
  }
}

const plan = memoLast((spec: PhotoSpec, face: FaceMeasurement | null, adjustments: Adjustments): CropPlan | null =>
  face ? solveCropOrNull(spec, face, adjustments) : null,
);

export function selectPlan(state: StoreState): CropPlan | null {
  return plan(selectSpec(state), selectMeasurement(state), state.adjustments);
}

const recommendedPlans = new Map<string, (spec: PhotoSpec, face: FaceMeasurement) => CropPlan | null>();

/**
 * A document's crop at its recommended position (the midpoints of its tolerances): how every document other than
 * the chosen one is cropped (the print sheet's other documents, the batch checks of each row), since the user's
 * adjustments were made for the chosen document. One memo per document keeps each plan the same object while the
 * face measurement is, so its rendered photo is reused while the user drags a slider for the chosen document.
 * null when the crop cannot be solved.
 */
export function recommendedPlan(spec: PhotoSpec, face: FaceMeasurement): CropPlan | null {
  let solve = recommendedPlans.get(spec.id);
  if (!solve) {
    solve = memoLast((s: PhotoSpec, f: FaceMeasurement): CropPlan | null => solveCropOrNull(s, f, recommendedAdjustments(s)));
    recommendedPlans.set(spec.id, solve);
  }
  return solve(spec, face);
}

export function selectBackground(state: StoreState): string {
  return state.backgroundColour ?? selectSpec(state).background.default;
}

/** Crops reaching this far outside the photo without a matte to fill them are reported (issue 2, part 6). */
const UNCOVERED_SHARE_TO_REPORT = 0.001;

/**
 * The lines the app is not sure of (issue 15): a chin edge too weak to read, or hair that fades into the
 * background at the crown. Gone once the user has placed that marker.
 */
export function selectLineDoubt(state: PhotoState): { readonly crown: boolean; readonly chin: boolean } {
  const face = selectMeasurement(state);
  const crown = face?.crownEdgeSoft === true && face.crownSource === 'matte';
  const chin = face?.chinEdgeWeak === true && face.chinSource !== 'user';
  return crown ? (chin ? BOTH_DOUBTED : CROWN_DOUBTED) : chin ? CHIN_DOUBTED : NO_DOUBT;
}
// Constant objects: a selector used with useSyncExternalStore must return the same value for the same state.
const NO_DOUBT = { crown: false, chin: false } as const;
const CROWN_DOUBTED = { crown: true, chin: false } as const;
const CHIN_DOUBTED = { crown: false, chin: true } as const;
const BOTH_DOUBTED = { crown: true, chin: true } as const;

export function selectWarnings(state: StoreState): WarningKey[] {
  const warnings: WarningKey[] = [];
  const face = selectMeasurement(state);
  const p = selectPlan(state);
  if (state.faces.length > 1) warnings.push('two-faces');
  if (face?.crownCutOff) warnings.push('crown-cut-off');
  else if (face && face.crownSource === 'estimate' && state.stage === 'ready') warnings.push('crown-estimated');
  if (state.matteFailed) warnings.push('matte-failed');
  if (p && 1 - p.sourceCoverage > UNCOVERED_SHARE_TO_REPORT) warnings.push(state.matte ? 'crop-filled' : 'crop-outside-photo');
  return warnings;
}
