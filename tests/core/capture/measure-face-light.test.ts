import { describe, expect, it } from 'vitest';
import { measureFaceLight } from '../../../src/core/capture/measure-face-light';
import { LANDMARK } from '../../../src/core/face/model-outputs';
import type { Point } from '../../../src/core/geometry';
import { FACE_OVAL_LANDMARKS } from '../../../src/core/image-stats/face-region';
import { ellipse, grey, paint, type Rgb } from '../image-stats/synthetic';
import { landmarkPoints } from '../../helpers/synthetic-face';

/** 478 points: the face oval on an ellipse (clockwise from the top, as FACE_OVAL_LANDMARKS runs), irises and chin. */
function ovalFace(cx: number, cy: number, rx: number, ry: number): Point[] {
  const oval = ellipse(cx, cy, rx, ry, FACE_OVAL_LANDMARKS.length);
  return landmarkPoints({ x: cx, y: cy }, {
    ...Object.fromEntries(FACE_OVAL_LANDMARKS.map((index, k) => [index, oval[k]!])),
    [LANDMARK.irisA]: { x: cx - 0.4 * rx, y: cy - 0.2 * ry },
    [LANDMARK.irisB]: { x: cx + 0.4 * rx, y: cy - 0.2 * ry },
    [LANDMARK.chin]: { x: cx, y: cy + ry },
  });
}

const W = 200;
const H = 260;
const FACE = ovalFace(100, 130, 60, 80);

describe('measureFaceLight', () => {
  it.each([
    // sRGB 180 is luminance level ~117: nothing in shadow. sRGB 40 is level ~5: all of it in shadow.
    [180, 0, 0],
    [40, 1, 1],
  ])('a uniform face of sRGB %s: in-shadow share %s', (level, minShare, maxShare) => {
    const light = measureFaceLight(paint(W, H, () => grey(level)), FACE);
    expect(light).not.toBeNull();
    expect(light!.luminance.underExposedShare).toBeGreaterThanOrEqual(minShare);
    expect(light!.luminance.underExposedShare).toBeLessThanOrEqual(maxShare);
    expect(light!.illumination.intersection).toBeCloseTo(1, 6);
  });

  it.each([
    ['image-left', (x: number): Rgb => grey(x < 100 ? 50 : 200)],
    ['image-right', (x: number): Rgb => grey(x < 100 ? 200 : 50)],
  ] as const)('one half in shadow: the %s half is darker and the halves barely overlap', (side, colour) => {
    const light = measureFaceLight(paint(W, H, colour), FACE)!;
    expect(light.illumination.darkerSide).toBe(side);
    expect(light.illumination.intersection).toBeLessThan(0.1);
  });

  it('is null when too little of the face is in the image', () => {
    expect(measureFaceLight(paint(W, H, () => grey(180)), ovalFace(-200, -200, 60, 80))).toBeNull();
  });
});
