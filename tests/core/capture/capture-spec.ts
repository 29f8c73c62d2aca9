import type { PhotoSpec } from '../../../src/core/photo-spec';

/** A 30×40 mm document with the residence card's tolerances: face 22–28 mm, crown 2–8 mm below the top. */
export const SPEC: PhotoSpec = {
  id: 'test-30x40',
  widthMm: 30,
  heightMm: 40,
  faceHeightMm: { min: 22, max: 28 },
  topMarginMm: { min: 2, max: 8 },
  centringToleranceMm: 1.5,
  faceHeightIncludesHair: true,
  background: { default: '#ffffff', allowed: ['#ffffff'] },
};
