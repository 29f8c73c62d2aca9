import { describe, expect, it } from 'vitest';
import { FACE_OVAL_LANDMARKS } from '../../../src/core/image-stats/face-region';
import { landmarkFaceRegion } from '../../../src/core/image-stats/landmark-face-region';
import { LANDMARK_COUNT } from '../../helpers/synthetic-face';

/** 478 points at (index, 2·index) so every point is recognisable; iris 473 left of 468 as in a mirrored pose. */
function points() {
  const p = Array.from({ length: LANDMARK_COUNT }, (_, i) => ({ x: i, y: 2 * i }));
  p[468] = { x: 300, y: 100 };
  p[473] = { x: 200, y: 110 };
  return p;
}

describe('landmarkFaceRegion', () => {
  it('takes the face oval, the irises image-left first, and the chin from the landmarks', () => {
    const region = landmarkFaceRegion(points());
    expect(region.outline).toHaveLength(FACE_OVAL_LANDMARKS.length);
    expect(region.outline[0]).toEqual({ x: 10, y: 20 });
    expect(region.eyeImageLeft).toEqual({ x: 200, y: 110 });
    expect(region.eyeImageRight).toEqual({ x: 300, y: 100 });
    expect(region.chin).toEqual({ x: 152, y: 304 });
  });

  it('maps every point into a scaled image, each axis by its own factor', () => {
    const region = landmarkFaceRegion(points(), { x: 0.5, y: 0.25 });
    expect(region.outline[0]).toEqual({ x: 5, y: 5 });
    expect(region.eyeImageLeft).toEqual({ x: 100, y: 27.5 });
    expect(region.chin).toEqual({ x: 76, y: 76 });
  });

  it('names a missing landmark', () => {
    expect(() => landmarkFaceRegion(points().slice(0, 400))).toThrow(/landmark 468 missing/);
  });
});
