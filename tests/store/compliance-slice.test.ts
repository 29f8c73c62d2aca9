import { beforeEach, describe, expect, it } from 'vitest';
import type { FaceLandmarks } from '../../src/core/face/model-outputs';
import type { BitmapPixels } from '../../src/platform/bitmap-pixels';
import { memoryPreferences } from '../../src/platform/preferences';
import {
  selectBackgroundKept,
  selectFaceStats,
  selectFaceStatsDone,
  selectFindings,
  selectHasFailure,
  selectManualChecked,
  selectManualItems,
} from '../../src/store/compliance-selectors';
import { STATS_FACE_HEIGHT_PX } from '../../src/store/compliance-slice';
import { createPhotoStore } from '../../src/store/photo-store';
import type { PhotoStore } from '../../src/store/store-state';
import { fakeServices } from '../helpers/fake-pipeline';
import { uprightFace } from '../helpers/synthetic-face';
import { requireSpec } from '../helpers/require-spec';

/** Idle tasks run when the test says so. */
const idle = { tasks: [] as (() => void)[] };
function whenIdle(task: () => void): () => void {
  idle.tasks.push(task);
  return () => {
    const i = idle.tasks.indexOf(task);
    if (i >= 0) idle.tasks.splice(i, 1);
  };
}

/** Pixels read back: mid-grey with fine noise (a sharp, well-exposed face), counted to prove caching upstream. */
const reads = { calls: [] as { photoId: number; scale: number }[] };
function readPixels(bitmap: ImageBitmap, photoId: number, scale: number): BitmapPixels {
  reads.calls.push({ photoId, scale });
  const width = Math.round(bitmap.width * scale);
  const height = Math.round(bitmap.height * scale);
  const data = new Uint8ClampedArray(width * height * 4);
  let seed = 1;
  for (let i = 0; i < data.length; i += 4) {
    seed = (seed * 1103515245 + 12345) % 2 ** 31;
    const v = 110 + (seed % 60);
    data[i] = v;
    data[i + 1] = v;
    data[i + 2] = v;
    data[i + 3] = 255;
  }
  return { image: { width, height, data, colorSpace: 'srgb' } as ImageData, scaleX: width / bitmap.width, scaleY: height / bitmap.height };
}

const RESIDENCE = requireSpec('jp-residence-card');
const PASSPORT = requireSpec('jp-passport');
/** The fake face's outline spans landmark 10 (y 380) to 152 (y 820). */
const FACE_OUTLINE_HEIGHT_PX = 440;

/** An upright face with its outline on an ellipse from landmark 10 at the top through 152 at the bottom. */
function fakeFace(dx = 0): FaceLandmarks {
  return uprightFace({ dx, ovalHalfWidthPx: 140, blendshapes: { eyeBlinkLeft: 0.1, eyeBlinkRight: 0.1, mouthSmileLeft: 0.9, mouthSmileRight: 0.9 } });
}

async function storeWithPhoto(faces: () => FaceLandmarks[] = () => [fakeFace()], origin: 'upload' | 'camera' = 'upload'): Promise<PhotoStore> {
  const store = createPhotoStore({ ...fakeServices(faces), readPixels, whenIdle }, RESIDENCE, memoryPreferences());
  await store.getState().loadPhoto(new Blob(['x']), 'me.jpg', origin);
  return store;
}

function runIdle() {
  for (const task of idle.tasks.splice(0)) task();
}

const rules = (store: PhotoStore) => selectFindings(store.getState()).map((f) => f.rule);

beforeEach(() => {
  idle.tasks.length = 0;
  reads.calls.length = 0;
});

describe('compliance slice and selectors', () => {
  it('measures the face statistics once per photo, in an idle moment, at a face-sized scale', async () => {
    const store = await storeWithPhoto();
    expect(selectFaceStatsDone(store.getState())).toBe(false);
    expect(rules(store)).not.toContain('exposure');
    expect(rules(store)).toContain('face-height');

    runIdle();
    const state = store.getState();
    expect(selectFaceStatsDone(state)).toBe(true);
    expect(selectFaceStats(state)?.facePixels).toBeGreaterThan(0);
    expect(rules(store)).toEqual(expect.arrayContaining(['exposure', 'illumination', 'dynamic-range', 'sharpness']));
    // The chin's grey plane (at load) and the statistics ask for the same pixels: bitmapPixels reads them once.
    const read = { photoId: state.photo!.id, scale: STATS_FACE_HEIGHT_PX / FACE_OUTLINE_HEIGHT_PX };
    expect(reads.calls).toEqual([read, read]);

    // Moving the crop re-grades the geometry but measures no pixels again.
    store.getState().setAdjustments({ faceHeightMm: RESIDENCE.faceHeightMm.min + 0.1 });
    runIdle();
    store.getState().measureFaceStats();
    expect(reads.calls).toHaveLength(2);
    expect(selectFindings(store.getState()).find((f) => f.rule === 'face-height')?.status).toBe('warn');
  });

  it('keeps the findings array while nothing it depends on changes', async () => {
    const store = await storeWithPhoto();
    const before = selectFindings(store.getState());
    store.setState({ error: { key: 'matte-failed' } });
    expect(selectFindings(store.getState())).toBe(before);
    store.getState().setAdjustments({ offsetXMm: 0.5 });
    expect(selectFindings(store.getState())).not.toBe(before);
  });

  it('measures at once when asked (the batch command) and drops an older photo’s statistics', async () => {
    let dx = 0;
    const store = await storeWithPhoto(() => [fakeFace(dx)]);
    store.getState().measureFaceStats();
    const first = store.getState().photo!.id;
    expect(store.getState().faceStats?.photoId).toBe(first);

    dx = 20;
    await store.getState().loadPhoto(new Blob(['y']), 'other.jpg');
    expect(store.getState().photo!.id).not.toBe(first);
    expect(selectFaceStats(store.getState())).toBeNull();
    runIdle();
    expect(store.getState().faceStats?.photoId).toBe(store.getState().photo!.id);
  });

  it('grades a smile and two faces, and says there is a failure', async () => {
    const store = await storeWithPhoto(() => [fakeFace(), fakeFace(300)]);
    const findings = selectFindings(store.getState());
    expect(findings[0]?.status).toBe('fail');
    expect(findings.find((f) => f.rule === 'single-face')?.status).toBe('fail');
    expect(findings.find((f) => f.rule === 'neutral-expression')?.status).toBe('fail');
    expect(selectHasFailure(store.getState())).toBe(true);
  });

  it('keeps manual ticks per document and forgets them with a new photo', async () => {
    const store = await storeWithPhoto();
    store.getState().toggleManualCheck('glasses');
    store.getState().toggleManualCheck('photo-age');
    store.getState().toggleManualCheck('photo-age');
    expect([...selectManualChecked(store.getState())]).toEqual(['glasses']);

    store.getState().setSpec(PASSPORT);
    expect(selectManualChecked(store.getState()).size).toBe(0);
    store.getState().setSpec(RESIDENCE);
    expect([...selectManualChecked(store.getState())]).toEqual(['glasses']);

    await store.getState().loadPhoto(new Blob(['y']), 'other.jpg');
    expect(selectManualChecked(store.getState()).size).toBe(0);
  });

  it('words the manual checks from the chosen document and asks about mirroring only for uploads', async () => {
    const upload = await storeWithPhoto();
    const items = selectManualItems(upload.getState());
    expect(items.map((i) => i.id)).toContain('not-mirrored');
    expect(items.find((i) => i.id === 'glasses')?.ruleKey).toBe(`specs:glasses.${RESIDENCE.glasses}`);
    expect(rules(upload)).not.toContain('mirrored-selfie');

    const camera = await storeWithPhoto(undefined, 'camera');
    expect(selectManualItems(camera.getState()).map((i) => i.id)).not.toContain('not-mirrored');
    expect(rules(camera)).toContain('mirrored-selfie');
  });

  it('counts the background as kept only while there is no matte to replace it', async () => {
    const store = await storeWithPhoto();
    expect(store.getState().matte).not.toBeNull();
    expect(selectBackgroundKept(store.getState())).toBe(false);
    expect(selectBackgroundKept({ ...store.getState(), matte: null })).toBe(true);
    // Without a matte there is no telling background from person: the background rules stay silent.
    runIdle();
    expect(rules(store)).not.toContain('background-uniformity');
    expect(store.getState().backgroundStats).toBeNull();
  });
});
