import { describe, expect, it } from 'vitest';
import { LANDMARK, type FaceLandmarks } from '../../../src/core/face/model-outputs';
import { measureFace } from '../../../src/core/face/measure-face';
import { CANONICAL_HEAD, SKULL_ABOVE_FOREHEAD_RATIO, skullAboveForeheadRatio, skullCrownV } from '../../../src/core/face/skull-crown';
import type { Point } from '../../../src/core/geometry';
import { poseMatrix } from '../../helpers/synthetic-face';

describe('skullCrownV', () => {
  const foreheadV = -100;
  const foreheadToChin = 400;
  const estimateV = foreheadV - SKULL_ABOVE_FOREHEAD_RATIO * foreheadToChin;

  it('is the head-model estimate above landmark 10 while there is no matte', () => {
    expect(skullCrownV({ foreheadV, foreheadToChin, pitchDeg: 0, hairTopV: null })).toBeCloseTo(estimateV, 9);
  });

  it('keeps the estimate when the hair the matte found is higher (full hair)', () => {
    expect(skullCrownV({ foreheadV, foreheadToChin, pitchDeg: 0, hairTopV: estimateV - 120 })).toBeCloseTo(estimateV, 9);
  });

  it.each([-25, -10, 0, 10, 25])('is never above the hair top the matte found (close-cropped or bald head), pitch %s°', (pitchDeg) => {
    const own = foreheadV - skullAboveForeheadRatio(pitchDeg) * foreheadToChin;
    for (const hairTopV of [own + 0.5, own + 30, foreheadV]) {
      expect(skullCrownV({ foreheadV, foreheadToChin, pitchDeg, hairTopV })).toBe(hairTopV);
    }
  });
});

describe('skullAboveForeheadRatio', () => {
  it('puts the vertex about a third of forehead-to-chin above landmark 10 on a level head', () => {
    // Below the hair tops of 80 portraits (median 0.42 of forehead-to-chin above landmark 10): 1–6 cm of hair.
    expect(SKULL_ABOVE_FOREHEAD_RATIO).toBeCloseTo(0.338, 3);
  });

  it.each([
    // Positive pitch turns the top of the head towards the lens (chin down): the vertex, behind the forehead, rises.
    [-20, 0.194],
    [-10, 0.268],
    [0, 0.338],
    [10, 0.408],
    [20, 0.482],
    // Past 30° the pose is not a portrait's: held at 30°.
    [45, skullAboveForeheadRatio(30)],
  ])('pitch %s° → %s', (pitchDeg, ratio) => {
    expect(skullAboveForeheadRatio(pitchDeg)).toBeCloseTo(ratio, 3);
  });
});

/**
 * Synthetic faces: the canonical head turned by the facial transformation matrix itself (pitch, roll), scaled and
 * shown under weak perspective (camera y up, picture y down). measureFace must put the skull where the head's own
 * vertex lands in the picture.
 */
function projectedHead(pitchDeg: number, rollDeg: number, pxPerUnit: number, centre: Point) {
  const matrix = poseMatrix(0, pitchDeg, rollDeg);
  const m = (row: number, col: number): number => matrix[col * 4 + row] ?? 0;
  const at = (x: number, y: number, z: number): Point => ({
    x: centre.x + pxPerUnit * (m(0, 0) * x + m(0, 1) * y + m(0, 2) * z),
    y: centre.y - pxPerUnit * (m(1, 0) * x + m(1, 1) * y + m(1, 2) * z),
  });
  const points: Point[] = Array.from({ length: 478 }, () => at(0, -1, 7));
  points[LANDMARK.foreheadTop] = at(0, CANONICAL_HEAD.forehead.y, CANONICAL_HEAD.forehead.z);
  points[LANDMARK.chin] = at(0, CANONICAL_HEAD.chin.y, CANONICAL_HEAD.chin.z);
  points[LANDMARK.irisA] = at(-3.2, 2.7, 3.6);
  points[LANDMARK.irisB] = at(3.2, 2.7, 3.6);
  points[LANDMARK.eyeOuterA] = at(-4.446, 2.664, 3.173);
  points[LANDMARK.eyeOuterB] = at(4.446, 2.664, 3.173);
  points[LANDMARK.faceSideA] = at(-7.664, 0.673, -2.436);
  points[LANDMARK.faceSideB] = at(7.664, 0.673, -2.436);
  const face: FaceLandmarks = { points, blendshapes: {}, matrix };
  return { face, vertex: at(0, CANONICAL_HEAD.vertex.y, CANONICAL_HEAD.vertex.z) };
}

describe('measureFace: the skull on synthetic heads', () => {
  it.each([
    [0, 0],
    [12, 0],
    [-12, 0],
    [0, 8],
    [0, -15],
    [10, -6],
    [-8, 12],
  ])('pitch %s°, roll %s°: the skull is the head model’s vertex', (pitchDeg, rollDeg) => {
    const { face, vertex } = projectedHead(pitchDeg, rollDeg, 20, { x: 600, y: 700 });
    const measured = measureFace([face], { widthPx: 1200, heightPx: 1600 }, null);
    expect(measured.pose.pitchDeg).toBeCloseTo(pitchDeg, 6);
    expect(measured.crownWithoutHair.x).toBeCloseTo(vertex.x, 6);
    expect(measured.crownWithoutHair.y).toBeCloseTo(vertex.y, 6);
  });

  it('reads a face without a matrix as level', () => {
    const { face, vertex } = projectedHead(0, 5, 20, { x: 600, y: 700 });
    const measured = measureFace([{ ...face, matrix: null }], { widthPx: 1200, heightPx: 1600 }, null);
    expect(measured.crownWithoutHair.y).toBeCloseTo(vertex.y, 6);
  });
});
