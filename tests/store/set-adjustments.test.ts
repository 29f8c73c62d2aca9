import { describe, expect, it } from 'vitest';
import { editableRanges, toleranceRanges } from '../../src/core/crop/adjustment-ranges';
import { recommendedAdjustments } from '../../src/core/crop/adjustments';
import { memoryPreferences } from '../../src/platform/preferences';
import { createPhotoStore } from '../../src/store/photo-store';
import { fakeServices } from '../helpers/fake-pipeline';
import { requireSpec } from '../helpers/require-spec';

const RESIDENCE = requireSpec('jp-residence-card');
const PASSPORT = requireSpec('jp-passport');

function newStore() {
  return createPhotoStore(fakeServices(() => []), RESIDENCE, memoryPreferences());
}

describe('setAdjustments owns the rules of an edit', () => {
  it('snaps each value to its 0.1 step', () => {
    const store = newStore();
    store.getState().setAdjustments({ topMarginMm: RESIDENCE.topMarginMm.min + 0.1234 });
    expect(store.getState().adjustments.topMarginMm).toBeCloseTo(RESIDENCE.topMarginMm.min + 0.1, 9);
  });

  it('keeps values inside the editable ranges by default, and inside the tolerance when told', () => {
    const store = newStore();
    store.getState().setAdjustments({ faceHeightMm: 1000 });
    expect(store.getState().adjustments.faceHeightMm).toBe(editableRanges(RESIDENCE).faceHeightMm.max);
    store.getState().setAdjustments({ faceHeightMm: 1000 }, { within: 'tolerance' });
    expect(store.getState().adjustments.faceHeightMm).toBe(toleranceRanges(RESIDENCE).faceHeightMm.max);
  });

  it('takes the values as given when asked for exact values (the batch command)', () => {
    const store = newStore();
    store.getState().setAdjustments({ offsetXMm: 0.123 }, { within: 'exact' });
    expect(store.getState().adjustments.offsetXMm).toBe(0.123);
  });

  it('resets to the current document, read by the store itself', () => {
    const store = newStore();
    store.getState().setSpec(PASSPORT);
    store.getState().setAdjustments({ topMarginMm: PASSPORT.topMarginMm.min });
    store.getState().resetAdjustments();
    expect(store.getState().adjustments).toEqual(recommendedAdjustments(PASSPORT));
  });
});
