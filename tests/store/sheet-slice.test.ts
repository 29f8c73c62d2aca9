import { describe, expect, it } from 'vitest';
import { createStore } from 'zustand/vanilla';
import { BORDERLESS_SCALE_DEFAULT, BORDERLESS_SCALE_MIN } from '../../src/core/sheet/borderless-scale';
import { ADDED_DOCUMENT_COPIES, createSheetSlice, sheetRequestsOf, type SheetActions, type SheetState } from '../../src/store/sheet-slice';

type TestState = SheetState & SheetActions & { specId: string };

/** The slice alone, with the one field of the photo store it reads (the chosen document). */
function sheetStore(specId = 'jp-residence-card') {
  return createStore<TestState>()((set, get) => ({ specId, ...createSheetSlice(set, get) }));
}

describe('sheet slice', () => {
  it('starts on L, bordered, following the chosen document and filling the sheet', () => {
    const store = sheetStore();
    const s = store.getState();
    expect(s.sheetPaperId).toBe('L');
    expect(s.sheetBorderless).toBe(false);
    expect(s.sheetBorderlessScale).toBe(BORDERLESS_SCALE_DEFAULT);
    expect(s.sheetRequests).toBeNull();
    expect(sheetRequestsOf(s)).toEqual([{ specId: 'jp-residence-card', copies: 'fill' }]);
    store.setState({ specId: 'jp-passport' });
    expect(sheetRequestsOf(store.getState())).toEqual([{ specId: 'jp-passport', copies: 'fill' }]);
  });

  it('customises on the first change and then keeps the list when the document changes', () => {
    const store = sheetStore();
    store.getState().setSheetCopies('jp-residence-card', 2);
    store.getState().addSheetDocument('jp-passport');
    const expected = [
      { specId: 'jp-residence-card', copies: 2 },
      { specId: 'jp-passport', copies: ADDED_DOCUMENT_COPIES },
    ];
    expect(store.getState().sheetRequests).toEqual(expected);
    store.setState({ specId: 'jp-my-number-card' });
    expect(sheetRequestsOf(store.getState())).toEqual(expected);
    store.getState().resetSheetRequests();
    expect(sheetRequestsOf(store.getState())).toEqual([{ specId: 'jp-my-number-card', copies: 'fill' }]);
  });

  it('ignores copies for a document not on the sheet, duplicates, and removing the last document', () => {
    const store = sheetStore();
    store.getState().setSheetCopies('jp-passport', 3);
    expect(store.getState().sheetRequests).toBeNull();
    store.getState().addSheetDocument('jp-residence-card');
    expect(store.getState().sheetRequests).toBeNull();
    store.getState().removeSheetDocument('jp-residence-card');
    expect(sheetRequestsOf(store.getState())).toEqual([{ specId: 'jp-residence-card', copies: 'fill' }]);
    store.getState().addSheetDocument('jp-passport');
    store.getState().removeSheetDocument('jp-residence-card');
    expect(store.getState().sheetRequests).toEqual([{ specId: 'jp-passport', copies: ADDED_DOCUMENT_COPIES }]);
  });

  it('accepts only papers of the table and borderless scales within range', () => {
    const store = sheetStore();
    store.getState().setSheetPaper('A4');
    expect(store.getState().sheetPaperId).toBe('A4');
    store.getState().setSheetPaper('A3');
    expect(store.getState().sheetPaperId).toBe('A4');
    store.getState().setSheetBorderlessScale(BORDERLESS_SCALE_MIN);
    expect(store.getState().sheetBorderlessScale).toBe(BORDERLESS_SCALE_MIN);
    store.getState().setSheetBorderlessScale(1.035);
    store.getState().setSheetBorderlessScale(Number.NaN);
    expect(store.getState().sheetBorderlessScale).toBe(BORDERLESS_SCALE_MIN);
  });

  it('replaces the whole list (batch --sheet-copies) and goes back to following with null', () => {
    const store = sheetStore();
    store.getState().setSheetRequests([{ specId: 'jp-passport', copies: 'fill' }]);
    expect(sheetRequestsOf(store.getState())).toEqual([{ specId: 'jp-passport', copies: 'fill' }]);
    store.getState().setSheetRequests(null);
    expect(store.getState().sheetRequests).toBeNull();
  });
});
