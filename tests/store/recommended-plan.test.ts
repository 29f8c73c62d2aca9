import { afterEach, describe, expect, it, vi } from 'vitest';
import { recommendedAdjustments } from '../../src/core/crop/adjustments';
import { solveCrop } from '../../src/core/crop/solve-crop';
import { memoryPreferences } from '../../src/platform/preferences';
import { createPhotoStore } from '../../src/store/photo-store';
import { recommendedPlan, selectMeasurement, selectPlan } from '../../src/store/selectors';
import { selectSheetPhotoPlans } from '../../src/store/sheet-selectors';
import { fakeServices } from '../helpers/fake-pipeline';
import { syntheticFace, uprightFace } from '../helpers/synthetic-face';
import { requireSpec } from '../helpers/require-spec';

const face = syntheticFace({ cx: 1000, cy: 1100, eyeGapPx: 260, crownAboveEyesPx: 520, chinBelowEyesPx: 560, rollDeg: 2 });
const passport = requireSpec('jp-passport');
const residence = requireSpec('jp-residence-card');

describe('recommendedPlan: the crop of a document the user has not adjusted', () => {
  afterEach(() => vi.restoreAllMocks());

  it.each([passport, residence])('$id is cropped at its own recommended position', (spec) => {
    expect(recommendedPlan(spec, face)).toEqual(solveCrop(spec, face, recommendedAdjustments(spec)));
  });

  it('keeps each document’s plan the same object while the face is, even with other documents asked in between', () => {
    const a = recommendedPlan(passport, face);
    const b = recommendedPlan(residence, face);
    expect(recommendedPlan(passport, face)).toBe(a);
    expect(recommendedPlan(residence, face)).toBe(b);
  });

  it('solves afresh for a new face measurement', () => {
    const before = recommendedPlan(passport, face);
    const moved = { ...face, rollDeg: 0 };
    const after = recommendedPlan(passport, moved);
    expect(after).not.toBe(before);
    expect(after).toEqual(solveCrop(passport, moved, recommendedAdjustments(passport)));
  });

  it('is null, and says why in the console, when the face gives no crop (chin above the crown)', () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const upsideDown = { ...face, crown: face.chin, chin: face.crown };
    expect(recommendedPlan(passport, upsideDown)).toBeNull();
    expect(error).toHaveBeenCalledWith(`crop for ${passport.id} could not be solved`, expect.any(Error));
  });
});

describe('a mixed print sheet in the store', () => {
  it('crops the chosen document as the user adjusted it and the other at its recommended plan, kept while the user adjusts', async () => {
    const store = createPhotoStore(fakeServices(() => [uprightFace()]), residence, memoryPreferences());
    await store.getState().loadPhoto(new Blob(['x']), 'me.jpg');
    store.getState().addSheetDocument(passport.id);
    store.getState().setAdjustments({ faceHeightMm: 27.5 });
    const state = store.getState();
    const face = selectMeasurement(state);
    if (!face) throw new Error('no face measured');
    const plans = selectSheetPhotoPlans(state);
    expect(plans?.get(residence.id)?.plan).toBe(selectPlan(state));
    expect(selectPlan(state)?.faceHeightMm).toBeCloseTo(27.5, 9);
    expect(plans?.get(passport.id)).toEqual({ spec: passport, plan: recommendedPlan(passport, face), background: passport.background.default });
    expect(plans?.get(passport.id)?.plan).toBe(recommendedPlan(passport, face));

    store.getState().setAdjustments({ faceHeightMm: 28 });
    expect(selectSheetPhotoPlans(store.getState())?.get(passport.id)?.plan).toBe(plans?.get(passport.id)?.plan);
  });
});
