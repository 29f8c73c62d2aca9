import { describe, expect, it } from 'vitest';
import { recommendedAdjustments } from '../../src/core/crop/adjustments';
import { memoryPreferences } from '../../src/platform/preferences';
import { MAX_UNDO_STEPS, selectCanRedo, selectCanUndo } from '../../src/store/adjust-history';
import { createPhotoStore } from '../../src/store/photo-store';
import { fakeServices } from '../helpers/fake-pipeline';
import { uprightFace } from '../helpers/synthetic-face';
import { requireSpec } from '../helpers/require-spec';

const RESIDENCE = requireSpec('jp-residence-card');
const PASSPORT = requireSpec('jp-passport');

const services = fakeServices(() => [uprightFace()]);

function newStore() {
  return createPhotoStore(services, RESIDENCE, memoryPreferences());
}

describe('adjust history in the photo store', () => {
  it('undoes and redoes each edit, and a new edit clears the redo stack', () => {
    const store = newStore();
    const start = store.getState().adjustments;
    store.getState().setAdjustments({ topMarginMm: 3.1 });
    store.getState().setAdjustments({ faceHeightMm: 26.2 });
    expect(store.getState().adjustments).toMatchObject({ topMarginMm: 3.1, faceHeightMm: 26.2 });

    store.getState().undo();
    expect(store.getState().adjustments).toMatchObject({ topMarginMm: 3.1, faceHeightMm: start.faceHeightMm });
    store.getState().undo();
    expect(store.getState().adjustments).toEqual(start);
    expect(selectCanUndo(store.getState())).toBe(false);

    store.getState().redo();
    expect(store.getState().adjustments.topMarginMm).toBe(3.1);
    expect(selectCanRedo(store.getState())).toBe(true);
    store.getState().setAdjustments({ offsetXMm: 0.4 });
    expect(selectCanRedo(store.getState())).toBe(false);
  });

  it('coalesces the edits of one gesture (a slider drag) into one undo step', () => {
    const store = newStore();
    const start = store.getState().adjustments;
    for (const v of [5.1, 5.2, 5.3, 5.4, 5.5]) store.getState().setAdjustments({ topMarginMm: v }, { gesture: 'slider:1' });
    store.getState().setAdjustments({ topMarginMm: 5.9 }, { gesture: 'slider:2' });
    expect(store.getState().history.past).toHaveLength(2);
    store.getState().undo();
    expect(store.getState().adjustments.topMarginMm).toBe(5.5);
    store.getState().undo();
    expect(store.getState().adjustments).toEqual(start);
  });

  it('records nothing, and notifies nobody, for an edit that changes nothing', () => {
    const store = newStore();
    let notified = 0;
    store.subscribe(() => notified++);
    store.getState().setAdjustments({ topMarginMm: store.getState().adjustments.topMarginMm });
    expect(notified).toBe(0);
    expect(selectCanUndo(store.getState())).toBe(false);
  });

  it('undoes marker corrections and reset-to-recommended like any edit', () => {
    const store = newStore();
    store.getState().setAdjustments({ faceHeightMm: 27 });
    store.getState().setCorrections({ chin: { x: 500, y: 840 } });
    store.getState().resetAdjustments();
    expect(store.getState().adjustments).toEqual(recommendedAdjustments(RESIDENCE));
    store.getState().undo();
    expect(store.getState().adjustments.faceHeightMm).toBe(27);
    expect(store.getState().corrections.chin).toEqual({ x: 500, y: 840 });
    store.getState().undo();
    expect(store.getState().corrections).toEqual({});
  });

  it(`keeps at most ${MAX_UNDO_STEPS} steps`, () => {
    const store = newStore();
    for (let i = 0; i < MAX_UNDO_STEPS + 20; i++) store.getState().setAdjustments({ offsetXMm: i / 100 }, { within: 'exact' });
    expect(store.getState().history.past).toHaveLength(MAX_UNDO_STEPS);
  });

  it('changing the document resets the adjustments to its midpoints, keeps the corrections and clears the history', () => {
    const store = newStore();
    store.getState().setAdjustments({ topMarginMm: 3, faceHeightMm: 27.5 });
    const corrections = { crown: { x: 500, y: 300 }, chin: { x: 500, y: 830 } };
    store.getState().setCorrections(corrections);
    store.getState().setSpec(PASSPORT);
    expect(store.getState().adjustments).toEqual(recommendedAdjustments(PASSPORT));
    expect(store.getState().corrections).toEqual(corrections);
    expect(selectCanUndo(store.getState())).toBe(false);
  });

  it('a new photo clears the corrections and the history, and keeps the adjustments', async () => {
    const store = newStore();
    await store.getState().loadPhoto(new Blob(['x']), 'a.jpg');
    store.getState().setAdjustments({ topMarginMm: 6.3 });
    store.getState().setCorrections({ chin: { x: 500, y: 830 } });
    await store.getState().loadPhoto(new Blob(['y']), 'b.jpg');
    expect(store.getState().corrections).toEqual({});
    expect(store.getState().adjustments.topMarginMm).toBe(6.3);
    expect(selectCanUndo(store.getState())).toBe(false);
  });
});
