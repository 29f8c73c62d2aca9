import { BORDERLESS_SCALE_DEFAULT, isValidBorderlessScale } from '../core/sheet/borderless-scale';
import type { SheetCopies } from '../core/sheet/parse-sheet-copies';
import { findPaper } from '../specs/papers';

/**
 * The print sheet's settings (issue 5). Only the user's choices are stored; the layout, the crop plan of each
 * document on the sheet and the sheet's pixels are derived (sheet-selectors.ts, ui/export/prepare-sheet.ts).
 */
export interface SheetState {
  /** A paper id of specs/papers.json. */
  readonly sheetPaperId: string;
  /**
   * Documents on the sheet and how many copies of each. null: the user has not customised the sheet, which then
   * follows the document chosen in step 2 and fills the paper with it (selectSheetRequests). Once customised the
   * list is the user's and changing the document in step 2 leaves it alone; resetSheetRequests goes back.
   */
  readonly sheetRequests: readonly SheetCopies[] | null;
  readonly sheetBorderless: boolean;
  /** Pre-scale of a borderless sheet (1/1.035 by default), within BORDERLESS_SCALE_MIN…MAX. */
  readonly sheetBorderlessScale: number;
}

export interface SheetActions {
  /** Unknown paper ids are ignored: the picker only offers the table's papers. */
  setSheetPaper(paperId: string): void;
  setSheetCopies(specId: string, copies: number | 'fill'): void;
  /** Adds a document to a mixed sheet (same source photo) with ADDED_DOCUMENT_COPIES copies. */
  addSheetDocument(specId: string): void;
  /** Takes a document off the sheet; the last one stays (a sheet with no photo is not a sheet). */
  removeSheetDocument(specId: string): void;
  /** Replaces the whole list (batch --sheet-copies); null follows the chosen document again. */
  setSheetRequests(requests: readonly SheetCopies[] | null): void;
  resetSheetRequests(): void;
  setSheetBorderless(borderless: boolean): void;
  /** Values outside BORDERLESS_SCALE_MIN…MAX are ignored, so a typo cannot enlarge the sheet. */
  setSheetBorderlessScale(scale: number): void;
}

/** The paper most users print on: the konbini L print (issue 5). */
export const DEFAULT_SHEET_PAPER_ID = 'L';

/**
 * A document added to a mixed sheet starts at two copies, the count most Japanese applications ask for; the
 * documents already on the sheet keep theirs, so a "fill" one takes what is left.
 */
export const ADDED_DOCUMENT_COPIES = 2;

/** The list the sheet shows: the stored one, or the chosen document filling the paper. */
export function sheetRequestsOf(state: Pick<SheetState, 'sheetRequests'> & { readonly specId: string }): readonly SheetCopies[] {
  return state.sheetRequests ?? [{ specId: state.specId, copies: 'fill' }];
}

type SetSheet = (partial: Partial<SheetState>) => void;
type GetSheet = () => SheetState & { readonly specId: string };

/** The sheet's state and actions, spread into the photo store (photo-store.ts). */
export function createSheetSlice(set: SetSheet, get: GetSheet): SheetState & SheetActions {
  const current = (): readonly SheetCopies[] => sheetRequestsOf(get());
  return {
    sheetPaperId: DEFAULT_SHEET_PAPER_ID,
    sheetRequests: null,
    sheetBorderless: false,
    sheetBorderlessScale: BORDERLESS_SCALE_DEFAULT,

    setSheetPaper(paperId) {
      if (findPaper(paperId)) set({ sheetPaperId: paperId });
    },

    setSheetCopies(specId, copies) {
      const list = current();
      if (!list.some((r) => r.specId === specId)) return;
      set({ sheetRequests: list.map((r) => (r.specId === specId ? { specId, copies } : r)) });
    },

    addSheetDocument(specId) {
      const list = current();
      if (list.some((r) => r.specId === specId)) return;
      set({ sheetRequests: [...list, { specId, copies: ADDED_DOCUMENT_COPIES }] });
    },

    removeSheetDocument(specId) {
      const list = current();
      const rest = list.filter((r) => r.specId !== specId);
      if (rest.length === 0 || rest.length === list.length) return;
      set({ sheetRequests: rest });
    },

    setSheetRequests(requests) {
      set({ sheetRequests: requests === null ? null : [...requests] });
    },

    resetSheetRequests() {
      set({ sheetRequests: null });
    },

    setSheetBorderless(borderless) {
      set({ sheetBorderless: borderless });
    },

    setSheetBorderlessScale(scale) {
      if (isValidBorderlessScale(scale)) set({ sheetBorderlessScale: scale });
    },
  };
}
