import type { CropPlan } from '../core/crop/crop-plan';
import type { FaceMeasurement } from '../core/face/face-measurement';
import type { PhotoSpec } from '../core/photo-spec';
import { layoutSheet } from '../core/sheet/layout-sheet-mm';
import type { SheetCopies } from '../core/sheet/parse-sheet-copies';
import type { SheetLayout, SheetRequest } from '../core/sheet/sheet-layout-types';
import { findProducibleSpec } from '../specs';
import { findPaper, papers, type Paper } from '../specs/papers';
import { asksNameOnBack } from './asks-name-on-back';
import { memoLast } from './memo';
import { recommendedPlan, selectBackground, selectMeasurement, selectPlan, selectSpec } from './selectors';
import { DEFAULT_SHEET_PAPER_ID, sheetRequestsOf, type SheetState } from './sheet-slice';

/**
 * Derived sheet data (ARCHITECTURE.md habit 5): the documents on the sheet, its layout, and the crop plan of each
 * document's photo. Every selector is memoised on the store values it reads, so calling it on every store change
 * is cheap and returns the same object while nothing it depends on changed.
 */

/**
 * What the sheet selectors read: the store's state as the photo selectors take it, with the sheet slice. Named
 * from selectPlan's parameter so this module follows the store's shape without listing its other slices.
 */
export type SheetStoreState = Parameters<typeof selectPlan>[0] & SheetState;

/** One document's photo as it goes on the sheet: its spec, its crop of the source photo and its background. */
export interface SheetPhotoPlan {
  readonly spec: PhotoSpec;
  readonly plan: CropPlan;
  readonly background: string;
}

/** A request whose spec is a whole PhotoSpec, so its photo can be cropped as well as laid out. */
export interface SheetSpecRequest extends SheetRequest {
  readonly spec: PhotoSpec;
}

const requests = memoLast((stored: SheetState['sheetRequests'], specId: string): readonly SheetCopies[] => sheetRequestsOf({ sheetRequests: stored, specId }));

/** The documents on the sheet and their copies: the user's list, or the chosen document filling the paper. */
export function selectSheetRequests(state: SheetStoreState): readonly SheetCopies[] {
  return requests(state.sheetRequests, state.specId);
}

export function selectSheetPaper(state: SheetStoreState): Paper {
  const paper = findPaper(state.sheetPaperId) ?? findPaper(DEFAULT_SHEET_PAPER_ID) ?? papers[0];
  if (!paper) throw new Error('the paper table is empty');
  return paper;
}

/**
 * Each request with its spec. The chosen document is selectSpec's (so a custom size is honoured); the others come
 * from the table. An id the table cannot produce is dropped rather than failing the whole sheet.
 */
const sheetSpecs = memoLast((list: readonly SheetCopies[], current: PhotoSpec): readonly SheetSpecRequest[] =>
  list.flatMap((request): SheetSpecRequest[] => {
    const spec = request.specId === current.id ? current : findProducibleSpec(request.specId);
    return spec ? [{ spec, copies: request.copies, writeNameOnBack: asksNameOnBack(spec.id) }] : [];
  }),
);

export function selectSheetSpecRequests(state: SheetStoreState): readonly SheetSpecRequest[] {
  return sheetSpecs(selectSheetRequests(state), selectSpec(state));
}

/** The local calendar date (the one the user sees on their clock), as the label prints it: 2026-05-01. */
export function isoLocalDate(clock: Date): string {
  const pad = (n: number): string => String(n).padStart(2, '0');
  return `${clock.getFullYear()}-${pad(clock.getMonth() + 1)}-${pad(clock.getDate())}`;
}

const layout = memoLast(
  (paper: Paper, sheetRequests: readonly SheetRequest[], borderless: boolean, borderlessScale: number, madeOn: string): SheetLayout =>
    layoutSheet(paper, sheetRequests, { borderless, borderlessScale, madeOn }),
);

/**
 * The sheet's layout. `clock` is read here, at the selector boundary, and only its date reaches the memo, so the
 * layout is recomputed once a day at most; tests pass a fixed date.
 */
export function selectSheetLayout(state: SheetStoreState, clock: Date = new Date()): SheetLayout {
  return layout(selectSheetPaper(state), selectSheetSpecRequests(state), state.sheetBorderless, state.sheetBorderlessScale, isoLocalDate(clock));
}

const photoPlans = memoLast(
  (
    sheetRequests: readonly SheetSpecRequest[],
    current: PhotoSpec,
    currentPlan: CropPlan | null,
    currentBackground: string,
    face: FaceMeasurement | null,
  ): ReadonlyMap<string, SheetPhotoPlan> | null => {
    if (!face || !currentPlan) return null;
    const plans = new Map<string, SheetPhotoPlan>();
    for (const { spec } of sheetRequests) {
      if (plans.has(spec.id)) continue;
      if (spec.id === current.id) {
        plans.set(spec.id, { spec, plan: currentPlan, background: currentBackground });
        continue;
      }
      const plan = recommendedPlan(spec, face);
      if (!plan) return null;
      plans.set(spec.id, { spec, plan, background: spec.background.default });
    }
    return plans;
  },
);

/**
 * The crop of every document on the sheet, all from the same source photo: the chosen document with the user's
 * adjustments and background (exactly the single JPEG), the others at their recommended position on their own
 * default background. null until the face is measured, or when a crop cannot be solved.
 */
export function selectSheetPhotoPlans(state: SheetStoreState): ReadonlyMap<string, SheetPhotoPlan> | null {
  return photoPlans(selectSheetSpecRequests(state), selectSpec(state), selectPlan(state), selectBackground(state), selectMeasurement(state));
}
