import { describe, expect, it } from 'vitest';
import type { PersonMatte } from '../../../src/core/face/face-landmarks';
import { findCrown, type CrownSearch } from '../../../src/core/face/find-crown';

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
    if (result.kind === 'found') expect(result.crownV).toBeCloseTo(40 - 0.005 * 100, 6);
    // The matte's own hair top is the wisps' top: the wisp rule is the crown's, not the matte's.
    if (result.kind === 'found') expect(result.hairTopV).toBe(30);
  });

  it('keeps a soft but thin edge (a sharp edge blurred over a pixel or so): real hair is not cut', () => {
    expect(findCrown(matte(40, 39, 200), SEARCH)).toEqual({ kind: 'found', crownV: 39, hairTopV: 39 });
  });
});
