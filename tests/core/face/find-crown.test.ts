import { describe, expect, it } from 'vitest';
import type { PersonMatte } from '../../../src/core/face/model-outputs';
import { degToRad } from '../../../src/core/geometry';
import { CROWN_TUNING, findCrown, toFrame, type CrownResult, type CrownSearch, type FaceFrame } from '../../../src/core/face/find-crown';

const SIZE = 200;
/** Upright face: frame origin at the image origin, so v is the image row. Forehead at 120, chin at 220. */
const SEARCH: CrownSearch = {
  frame: { origin: { x: 0, y: 0 }, right: { x: 1, y: 0 }, down: { x: 0, y: 1 } },
  bandLeftU: 60,
  bandRightU: 140,
  foreheadV: 120,
  chinV: 220,
};

/** A matte whose every column is dense from `denseTop` down, with `wisp` alpha from `wispTop` to the dense hair. */
function matte(denseTop: number, wispTop = denseTop, wisp = 0): PersonMatte {
  const alpha = new Uint8Array(SIZE * SIZE);
  for (let y = 0; y < SIZE; y++) for (let x = 0; x < SIZE; x++) alpha[y * SIZE + x] = y >= denseTop ? 255 : y >= wispTop ? wisp : 0;
  return { width: SIZE, height: SIZE, alpha, sourcePxPerMattePx: 1 };
}

describe('findCrown', () => {
  it('puts the crown at the top of solid hair', () => {
    expect(findCrown(matte(40), SEARCH)).toEqual({ kind: 'found', crownV: 40, hairTopV: 40 });
  });

  it('ignores a half-transparent wisp layer standing well above the dense hair', () => {
    const result = findCrown(matte(40, 30, 160), SEARCH);
    expect(result.kind).toBe('found');
    // The wisps' top (30) is 10 % of forehead-to-chin above the dense hair: the crown stays by the dense hair.
    if (result.kind === 'found') expect(result.crownV).toBeCloseTo(40 - 0.0075 * 100, 6);
    // The matte's own hair top is the wisps' top: the wisp rule is the crown's, not the matte's.
    if (result.kind === 'found') expect(result.hairTopV).toBe(30);
  });

  it('keeps a soft but thin edge (a sharp edge blurred over a pixel or so): real hair is not cut', () => {
    expect(findCrown(matte(40, 39, 200), SEARCH)).toEqual({ kind: 'found', crownV: 39, hairTopV: 39 });
  });

  it('takes its truth-set constants as a tuning argument: the defaults by default, another wisp share on request', () => {
    const wispy = matte(40, 30, 160);
    expect(findCrown(wispy, SEARCH, CROWN_TUNING)).toEqual(findCrown(wispy, SEARCH));
    // The wisps stand 10 % of forehead-to-chin above the dense hair: a wisp share of 12 % keeps them as hair.
    expect(findCrown(wispy, SEARCH, { ...CROWN_TUNING, wispShare: 0.12 })).toEqual({ kind: 'found', crownV: 30, hairTopV: 30 });
  });
});

/**
 * The crown rule on synthetic mattes (issue 17, item 9). Every matte is painted in the face's own frame: a matte
 * pixel takes the alpha of the frame position (u, v) of its centre, so a rolled face is the same head turned.
 *
 * Geometry shared by the table: frame origin (the eye midpoint) at source (150, 170); forehead at v = −50, chin at
 * v = 150, so forehead-to-chin is 200 px and the rule's shares are whole pixels: a gap of 3 % = 6 px is bridged,
 * a wisp is a half-transparent top standing more than 2 % = 4 px above the dense hair and is read 0.75 % = 1.5
 * px above it. The band runs u = −40 … 40: 81 columns at one source pixel per matte pixel, so the 10th percentile is
 * the 9th highest column top (index ⌊0.1 × 81⌋ = 8) and 8 stray columns cannot move it.
 */
const ORIGIN = { x: 150, y: 170 };
const FOREHEAD_V = -50;
const CHIN_V = 150;
/** Dense hair top of the synthetic head (v): 40 px above the forehead. */
const T = -90;

interface Grid {
  readonly width: number;
  readonly height: number;
  readonly step?: number;
  readonly originXPx?: number;
  readonly originYPx?: number;
}
const PHOTO: Grid = { width: 300, height: 360 };

type Shape = (u: number, v: number) => number;
/** Alpha `alpha` where top ≤ v < bottom and, if given, uFrom ≤ u < uTo. */
const band =
  (top: number, bottom: number, alpha: number, uFrom = -Infinity, uTo = Infinity): Shape =>
  (u, v) =>
    v >= top && v < bottom && u >= uFrom && u < uTo ? alpha : 0;
/** Solid head (skin and dense hair) from `top` down. */
const head = (top: number): Shape => band(top, Infinity, 255);
const union =
  (...shapes: Shape[]): Shape =>
  (u, v) =>
    Math.max(0, ...shapes.map((shape) => shape(u, v)));

function frameAt(rollDeg: number): FaceFrame {
  const r = degToRad(rollDeg);
  return { origin: ORIGIN, right: { x: Math.cos(r), y: Math.sin(r) }, down: { x: -Math.sin(r), y: Math.cos(r) } };
}

function searchAt(rollDeg = 0, chinV = CHIN_V, bandLeftU = -40, bandRightU = 40): CrownSearch {
  return { frame: frameAt(rollDeg), bandLeftU, bandRightU, foreheadV: FOREHEAD_V, chinV };
}

/** Paint `shape` (in the frame of `rollDeg`) on a matte grid, reading it at each matte pixel's centre. */
function paint(shape: Shape, rollDeg = 0, grid: Grid = PHOTO): PersonMatte {
  const step = grid.step ?? 1;
  const frame = frameAt(rollDeg);
  const alpha = new Uint8Array(grid.width * grid.height);
  for (let my = 0; my < grid.height; my++) {
    for (let mx = 0; mx < grid.width; mx++) {
      const centre = { x: (grid.originXPx ?? 0) + (mx + 0.5) * step, y: (grid.originYPx ?? 0) + (my + 0.5) * step };
      const { u, v } = toFrame(frame, centre);
      alpha[my * grid.width + mx] = shape(u, v);
    }
  }
  return {
    width: grid.width,
    height: grid.height,
    alpha,
    sourcePxPerMattePx: step,
    ...(grid.originXPx !== undefined ? { originXPx: grid.originXPx } : {}),
    ...(grid.originYPx !== undefined ? { originYPx: grid.originYPx } : {}),
  };
}

/** One-column stray hairs (solid, 60 px tall) standing on the head at the given columns. */
const strays = (columns: readonly number[]): Shape => union(...columns.map((u) => band(T - 60, T, 255, u, u + 1)));
/** Columns −36, −27, … : spread over the band, never two in one column. */
const strayColumns = (count: number): number[] => Array.from({ length: count }, (_, i) => -36 + 9 * i);

interface CrownCase {
  readonly name: string;
  readonly matte: PersonMatte;
  readonly search: CrownSearch;
  readonly expected: CrownResult;
  /**
   * Allowed distance from the expected crownV / hairTopV. 0 on upright grids, whose columns and rows sample the
   * frame exactly; on a rolled face a matte pixel's centre lies within half its diagonal (0.71 px) of the sample
   * point, so an edge at v = T is read at T or T + 1: expected T + 0.5 ± 0.5.
   */
  readonly tolerance?: number;
}

const found = (crownV: number, hairTopV = crownV): CrownResult => ({ kind: 'found', crownV, hairTopV });

const CASES: readonly CrownCase[] = [
  // Stray single hairs: the 10th percentile of 81 columns is the 9th highest top.
  { name: 'solid head: the crown is the hair top', matte: paint(head(T)), search: searchAt(), expected: found(T) },
  { name: '1 stray hair does not move the crown', matte: paint(union(head(T), strays(strayColumns(1)))), search: searchAt(), expected: found(T) },
  { name: '8 stray hairs (8 of 81 columns) do not move the crown', matte: paint(union(head(T), strays(strayColumns(8)))), search: searchAt(), expected: found(T) },
  { name: '9 stray hairs (9 of 81 columns) set the crown at their top', matte: paint(union(head(T), strays(strayColumns(9)))), search: searchAt(), expected: found(T - 60) },
  {
    name: 'a dome: the crown is the 9th highest column top (column centre u = 4.5)',
    // Circle of radius 60 centred at (0, T + 60); column u is read at its pixel centres (u + 0.5, v + 0.5), so it tops
    // out at the first whole v with v + 0.5 ≥ T + 60 − √(60² − (u + 0.5)²). The 9 highest centres: ±0.5 … ±3.5, 4.5.
    matte: paint((u, v) => (u * u + (v - (T + 60)) ** 2 <= 3600 ? 255 : 0)),
    search: searchAt(),
    expected: found(Math.ceil(T + 60 - Math.sqrt(3600 - 4.5 * 4.5) - 0.5)),
  },
  // Wisps (ARCHITECTURE.md, "Crown wisps"): alpha ≥ 128 but < 230 above the dense hair.
  { name: 'a wisp 10 px above the dense hair is read 1.5 px above it', matte: paint(union(head(T), band(T - 10, T, 160))), search: searchAt(), expected: found(T - 1.5, T - 10) },
  { name: 'a wisp 5 px tall (over 2 % = 4 px) is a wisp', matte: paint(union(head(T), band(T - 5, T, 160))), search: searchAt(), expected: found(T - 1.5, T - 5) },
  { name: 'a soft edge 4 px tall (not over 2 %) is hair', matte: paint(union(head(T), band(T - 4, T, 160))), search: searchAt(), expected: found(T - 4) },
  { name: 'alpha 229 is still a wisp', matte: paint(union(head(T), band(T - 10, T, 229))), search: searchAt(), expected: found(T - 1.5, T - 10) },
  { name: 'alpha 230 is dense hair', matte: paint(union(head(T), band(T - 10, T, 230))), search: searchAt(), expected: found(T - 10) },
  { name: 'alpha 127 (under 0.5) is background, not a wisp', matte: paint(union(head(T), band(T - 10, T, 127))), search: searchAt(), expected: found(T) },
  {
    name: 'a see-through band of 6 px inside dense hair is bridged: the dense hair above counts',
    matte: paint(union(head(T), band(T - 6, T, 160), band(T - 16, T - 6, 255))),
    search: searchAt(),
    expected: found(T - 16),
  },
  {
    name: 'a see-through band of 7 px inside dense hair ends the dense run: the hair above is a wisp',
    matte: paint(union(head(T), band(T - 7, T, 160), band(T - 17, T - 7, 255))),
    search: searchAt(),
    expected: found(T - 1.5, T - 17),
  },
  // Gaps: up to 3 % of forehead-to-chin of background is bridged going up.
  { name: 'a 6 px gap (3 % of 200) is bridged', matte: paint(union(head(T), band(T - 14, T - 6, 255))), search: searchAt(), expected: found(T - 14) },
  { name: 'a 7 px gap is not bridged', matte: paint(union(head(T), band(T - 15, T - 7, 255))), search: searchAt(), expected: found(T) },
  { name: 'a 9 px gap is bridged on a 300 px forehead-to-chin (3 % = 9 px)', matte: paint(union(head(T), band(T - 17, T - 9, 255))), search: searchAt(0, 250), expected: found(T - 17) },
  { name: 'a 10 px gap is not bridged on a 300 px forehead-to-chin', matte: paint(union(head(T), band(T - 18, T - 10, 255))), search: searchAt(0, 250), expected: found(T) },
  { name: 'a short face still bridges 2 matte pixels (3 % of 40 px is less)', matte: paint(union(head(T), band(T - 10, T - 2, 255))), search: searchAt(0, -10), expected: found(T - 10) },
  // Hair cut off at the matte's top edge (row 0 is v = −170).
  { name: 'hair up to the top row: cut off', matte: paint(head(-170)), search: searchAt(), expected: { kind: 'cut-off' } },
  { name: 'hair ending 5 rows below the top edge (within the 6 px gap): cut off', matte: paint(head(-165)), search: searchAt(), expected: { kind: 'cut-off' } },
  { name: 'hair ending 6 rows below the top edge: found', matte: paint(head(-164)), search: searchAt(), expected: found(-164) },
  { name: '41 of 81 columns run into the top edge: cut off', matte: paint(union(head(T), band(-170, T, 255, -40, 1))), search: searchAt(), expected: { kind: 'cut-off' } },
  { name: '40 of 81 columns run into the top edge: found, at the edge', matte: paint(union(head(T), band(-170, T, 255, -40, 0))), search: searchAt(), expected: found(-170) },
  // Rolled faces: the columns run across the eye line, not down the image.
  ...[-20, -10, 10, 20].map((rollDeg) => ({ name: `rolled ${rollDeg}°: flat hair top`, matte: paint(head(T), rollDeg), search: searchAt(rollDeg), expected: found(T + 0.5), tolerance: 0.5 })),
  { name: 'rolled 15°: a wisp 10 px above the dense hair', matte: paint(union(head(T), band(T - 10, T, 160)), 15), search: searchAt(15), expected: found(T - 1.5, T - 9.5), tolerance: 0.5 },
  { name: 'rolled −15°: a 4 px gap is bridged', matte: paint(union(head(T), band(T - 12, T - 4, 255)), -15), search: searchAt(-15), expected: found(T - 11.5), tolerance: 0.5 },
  { name: 'rolled −15°: a 9 px gap is not bridged', matte: paint(union(head(T), band(T - 17, T - 9, 255)), -15), search: searchAt(-15), expected: found(T + 0.5), tolerance: 0.5 },
  // Empty mattes and mattes that miss the head.
  { name: 'empty matte: not found', matte: paint(() => 0), search: searchAt(), expected: { kind: 'not-found' } },
  { name: 'person at the forehead in 24 of 81 columns (under 30 %): not found', matte: paint(band(T, Infinity, 255, -40, -16)), search: searchAt(), expected: { kind: 'not-found' } },
  { name: 'person at the forehead in 25 of 81 columns: found', matte: paint(band(T, Infinity, 255, -40, -15)), search: searchAt(), expected: found(T) },
  { name: 'an empty band (left beyond right): not found', matte: paint(head(T)), search: searchAt(0, CHIN_V, 10, 9), expected: { kind: 'not-found' } },
  // A head matte covering only a region of the photo (originXPx/originYPx): results stay in source coordinates.
  {
    name: 'head matte over x 50…249, y 60…259: crown in source coordinates',
    matte: paint(head(T), 0, { width: 200, height: 200, originXPx: 50, originYPx: 60 }),
    search: searchAt(),
    expected: found(T),
  },
  {
    name: 'head matte at half resolution from (51, 31): crown on its 2 px grid',
    matte: paint(head(T), 0, { width: 150, height: 165, step: 2, originXPx: 51, originYPx: 31 }),
    search: searchAt(),
    expected: found(T),
  },
  {
    name: "hair running into the head matte's top edge (y 60, inside the photo): cut off",
    matte: paint(head(-140), 0, { width: 200, height: 200, originXPx: 50, originYPx: 60 }),
    search: searchAt(),
    expected: { kind: 'cut-off' },
  },
  {
    name: 'head matte starting below the forehead: not found',
    matte: paint(head(T), 0, { width: 200, height: 200, originXPx: 50, originYPx: 130 }),
    search: searchAt(),
    expected: { kind: 'not-found' },
  },
];

describe('findCrown: the rule, case by case', () => {
  it.each(CASES)('$name', ({ matte: caseMatte, search, expected, tolerance = 0 }) => {
    const result = findCrown(caseMatte, search);
    expect(result.kind).toBe(expected.kind);
    if (result.kind !== 'found' || expected.kind !== 'found') return;
    expect(Math.abs(result.crownV - expected.crownV), `crownV ${result.crownV}, expected ${expected.crownV} ± ${tolerance}`).toBeLessThanOrEqual(tolerance + 1e-9);
    expect(Math.abs(result.hairTopV - expected.hairTopV), `hairTopV ${result.hairTopV}, expected ${expected.hairTopV} ± ${tolerance}`).toBeLessThanOrEqual(tolerance + 1e-9);
  });

  it('the rolled cases can fail: read down the image, a rolled flat hair top climbs from one end of the band to the other', () => {
    // Sanity check of the table itself: on a 10° roll (clockwise) the flat hair top at u = 30 … 40 lies at least
    // 4 px lower in the image than at the eye midpoint (30 · sin 10° ≈ 5.2, less the steeper cut across the
    // columns), at u = −40 … −30 as much higher: an upright reading misses the ± 0.5 px tolerance by far.
    const rolled = paint(head(T), 10);
    const left = findCrown(rolled, searchAt(0, CHIN_V, -40, -30));
    const right = findCrown(rolled, searchAt(0, CHIN_V, 30, 40));
    expect(left.kind === 'found' && right.kind === 'found').toBe(true);
    if (left.kind === 'found') expect(left.crownV).toBeLessThanOrEqual(T - 4);
    if (right.kind === 'found') expect(right.crownV).toBeGreaterThanOrEqual(T + 4);
  });
});
