import { describe, expect, it } from 'vitest';
import type { FaceLandmarks } from '../../src/core/face/model-outputs';
import { apply } from '../../src/core/geometry';
import { memoryPreferences } from '../../src/platform/preferences';
import { selectCanUndo } from '../../src/store/adjust-history';
import { createPhotoStore } from '../../src/store/photo-store';
import { selectMeasurement, selectPlan } from '../../src/store/selectors';
import { fakeServices } from '../helpers/fake-pipeline';
import { requireSpec } from '../helpers/require-spec';

/** Measures with the hair (the residence card) and without it (the Korean passport: the skull top). */
const WITH_HAIR = requireSpec('jp-residence-card');
const WITHOUT_HAIR = requireSpec('kr-passport');

/** 478 landmarks of an upright face: forehead 10 at y 380, chin 152 at y 820, eyes at y 560. */
function fakeFace(): FaceLandmarks {
  const points = Array.from({ length: 478 }, () => ({ x: 500, y: 600 }));
  const set = (i: number, x: number, y: number) => (points[i] = { x, y });
  set(10, 500, 380);
  set(152, 500, 820);
  set(468, 440, 560);
  set(473, 560, 560);
  set(33, 410, 560);
  set(263, 590, 560);
  set(234, 360, 600);
  set(454, 640, 600);
  set(1, 500, 650);
  return { points, blendshapes: {}, matrix: null };
}

async function storeWithPhoto(spec = WITH_HAIR) {
  const store = createPhotoStore(fakeServices(() => [fakeFace()]), spec, memoryPreferences());
  await store.getState().loadPhoto(new Blob(['x']), 'a.jpg');
  return store;
}

describe('placeMarker: the crown marker sets the crown the document measures', () => {
  it('moves the hair crown on a document that measures with the hair', async () => {
    const store = await storeWithPhoto(WITH_HAIR);
    const skullBefore = selectMeasurement(store.getState())?.crownWithoutHair;
    store.getState().placeMarker('crown', { x: 500, y: 200 });
    expect(store.getState().corrections).toEqual({ crown: { x: 500, y: 200 } });
    const face = selectMeasurement(store.getState());
    expect(face?.crown).toEqual({ x: 500, y: 200 });
    expect(face?.crownSource).toBe('user');
    expect(face?.crownWithoutHair).toEqual(skullBefore);
  });

  it('moves the skull crown, which the crop then uses, on a document that measures without the hair', async () => {
    const store = await storeWithPhoto(WITHOUT_HAIR);
    const hairBefore = selectMeasurement(store.getState())?.crown;
    const skull = { x: 500, y: 300 };
    store.getState().placeMarker('crown', skull);
    expect(store.getState().corrections).toEqual({ skullCrown: skull });
    const face = selectMeasurement(store.getState());
    expect(face?.crownWithoutHair).toEqual(skull);
    expect(face?.crown).toEqual(hairBefore);
    // The crop's crown is the point the user placed: it lands on the crop's crown line.
    const plan = selectPlan(store.getState());
    if (!plan) throw new Error('no plan');
    const out = apply(plan.sourceToOutput, skull);
    expect(out.y).toBeCloseTo(plan.crownOutputPx.y, 6);
    expect(out.x).toBeCloseTo(plan.crownOutputPx.x, 6);
  });

  it('keeps each kind of crown to its own documents when the document changes', async () => {
    const store = await storeWithPhoto(WITHOUT_HAIR);
    const hairBefore = selectMeasurement(store.getState())?.crown;
    store.getState().placeMarker('crown', { x: 500, y: 300 });
    store.getState().setSpec(WITH_HAIR);
    expect(selectMeasurement(store.getState())?.crown).toEqual(hairBefore);
    store.getState().placeMarker('crown', { x: 500, y: 210 });
    expect(store.getState().corrections).toEqual({ skullCrown: { x: 500, y: 300 }, crown: { x: 500, y: 210 } });
    store.getState().setSpec(WITHOUT_HAIR);
    expect(selectMeasurement(store.getState())?.crownWithoutHair).toEqual({ x: 500, y: 300 });
  });

  it('moves the chin on either kind of document', async () => {
    const store = await storeWithPhoto(WITHOUT_HAIR);
    store.getState().placeMarker('chin', { x: 500, y: 840 });
    expect(store.getState().corrections).toEqual({ chin: { x: 500, y: 840 } });
    expect(selectMeasurement(store.getState())?.chin).toEqual({ x: 500, y: 840 });
  });

  it('is one undo step per gesture, and undo brings the estimated skull back', async () => {
    const store = await storeWithPhoto(WITHOUT_HAIR);
    const estimated = selectMeasurement(store.getState())?.crownWithoutHair;
    for (const y of [310, 305, 300]) store.getState().placeMarker('crown', { x: 500, y }, { gesture: 'marker-crown:1' });
    store.getState().undo();
    expect(store.getState().corrections).toEqual({});
    expect(selectMeasurement(store.getState())?.crownWithoutHair).toEqual(estimated);
    expect(selectCanUndo(store.getState())).toBe(false);
    store.getState().redo();
    expect(store.getState().corrections).toEqual({ skullCrown: { x: 500, y: 300 } });
  });

  it('keeps the estimated skull below a hair top the user placed lower', async () => {
    const store = await storeWithPhoto(WITH_HAIR);
    const skull = selectMeasurement(store.getState())?.crownWithoutHair;
    if (!skull) throw new Error('no skull');
    store.getState().placeMarker('crown', { x: 500, y: skull.y + 20 });
    expect(selectMeasurement(store.getState())?.crownWithoutHair).toEqual({ x: 500, y: skull.y + 20 });
  });
});
