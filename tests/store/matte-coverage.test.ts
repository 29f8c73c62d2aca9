import { describe, expect, it } from 'vitest';
import type { FaceLandmarks, PersonMatte } from '../../src/core/face/model-outputs';
import { rectContains, type SourceRect } from '../../src/core/matte/matte-region';
import { memoryPreferences } from '../../src/platform/preferences';
import { matteCoverage } from '../../src/store/matte-coverage';
import { createPhotoStore } from '../../src/store/photo-store';
import type { HeadCropRequest, PipelineServices } from '../../src/store/pipeline-services';
import { selectMeasurement } from '../../src/store/selectors';
import { fakeServices } from '../helpers/fake-pipeline';
import { requireSpec } from '../helpers/require-spec';
import { uprightFace } from '../helpers/synthetic-face';

/** A 12 MP photo with an upright face in the middle: lm 10 at y 1500, chin at 1800, eyes at 1620. */
const PHOTO = { width: 3000, height: 4000 };
const HAIR_TOP_Y = 1380;

function face(): FaceLandmarks {
  return uprightFace({
    points: {
      rest: { x: 1500, y: 1800 },
      at: {
        10: { x: 1500, y: 1500 },
        152: { x: 1500, y: 1800 },
        468: { x: 1460, y: 1620 },
        473: { x: 1540, y: 1620 },
        33: { x: 1440, y: 1620 },
        263: { x: 1560, y: 1620 },
        234: { x: 1400, y: 1650 },
        454: { x: 1600, y: 1650 },
        1: { x: 1500, y: 1680 },
        168: { x: 1500, y: 1610 },
      },
    },
  });
}

/** Records each head crop and returns a matte of it: the person below HAIR_TOP_Y, background above. */
function recordingServices(crops: (HeadCropRequest | undefined)[]): PipelineServices {
  return fakeServices(() => [face()], {
    source: PHOTO,
    segmentPerson: async (_bitmap, _progress, _signal, crop): Promise<PersonMatte> => {
      crops.push(crop);
      const r = crop?.region ?? { x: 0, y: 0, width: PHOTO.width, height: PHOTO.height };
      const alpha = new Uint8Array(r.width * r.height);
      for (let y = 0; y < r.height; y++) if (r.y + y >= HAIR_TOP_Y) alpha.fill(255, y * r.width, (y + 1) * r.width);
      return { width: r.width, height: r.height, alpha, sourcePxPerMattePx: 1, originXPx: r.x, originYPx: r.y };
    },
  });
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));
const area = (r: SourceRect) => r.width * r.height;

describe('the head matte in the store (issue 10)', () => {
  it('mattes only the head crop, after the landmarks, and finds the crown in it', async () => {
    const crops: (HeadCropRequest | undefined)[] = [];
    const store = createPhotoStore(recordingServices(crops), requireSpec('jp-residence-card'), memoryPreferences());
    await store.getState().loadPhoto(new Blob(['x']), 'me.jpg');
    expect(crops).toHaveLength(1);
    const region = crops[0]!.region;
    expect(area(region)).toBeLessThan(0.25 * PHOTO.width * PHOTO.height);
    expect(rectContains(region, { x: 1400, y: HAIR_TOP_Y, width: 200, height: 1800 - HAIR_TOP_Y })).toBe(true);
    // Seeds on the face: nose tip, between the eyes, upper forehead.
    expect(crops[0]!.seeds).toEqual([{ x: 1500, y: 1680 }, { x: 1500, y: 1610 }, { x: 1500, y: 1500 }]);
    const measured = selectMeasurement(store.getState());
    expect(measured?.crownSource).toBe('matte');
    expect(measured?.crown.y).toBeCloseTo(HAIR_TOP_Y, 0);
  });

  it('mattes a wider region when a change needs pixels outside the first, and says so', async () => {
    const crops: (HeadCropRequest | undefined)[] = [];
    const store = createPhotoStore(recordingServices(crops), requireSpec('jp-residence-card'), memoryPreferences());
    await store.getState().loadPhoto(new Blob(['x']), 'me.jpg');
    const first = matteCoverage(store.getState().matte!);
    // Every other document fits in the first region: it was planned for the whole range of crowns.
    store.getState().setSpec(requireSpec('us-passport'));
    await settle();
    expect(crops).toHaveLength(1);
    const progress: unknown[] = [];
    store.subscribe((s) => s.matteProgress && progress.push(s.matteProgress));
    // The user moves the chin marker far down: the face is taller, its crops reach further.
    store.getState().setCorrections({ chin: { x: 1500, y: 2500 } });
    await settle();
    await settle();
    expect(crops).toHaveLength(2);
    expect(progress[0]).toMatchObject({ widening: true });
    const second = matteCoverage(store.getState().matte!);
    expect(rectContains(second, first)).toBe(true);
    expect(area(second)).toBeGreaterThan(area(first));
    expect(store.getState().stage).toBe('ready');
    expect(selectMeasurement(store.getState())?.crownSource).toBe('matte');
    // Undoing the correction: the wider matte still serves it, nothing is matted again.
    store.getState().setCorrections({});
    await settle();
    expect(crops).toHaveLength(2);
  });
});
