import { describe, expect, it } from 'vitest';
import { keepPersonRegion, REGION_ALPHA } from '../../../src/core/matte/keep-person-region';

/** Draws rows of text into an alpha plane: '#' = 255, '+' = a soft edge (60), '.' = 0. */
function plane(rows: string[]): { alpha: Uint8Array; width: number; height: number } {
  const width = rows[0]!.length;
  const alpha = new Uint8Array(width * rows.length);
  rows.forEach((row, y) => [...row].forEach((c, x) => (alpha[y * width + x] = c === '#' ? 255 : c === '+' ? 60 : 0)));
  return { alpha, width, height: rows.length };
}

const SCENE = [
  '..........##',
  '.+++......##',
  '.+##+.....##',
  '.+##+.......',
  '.+##+..#....',
  '..##...#....',
];

describe('keepPersonRegion', () => {
  it('keeps the region holding the face, soft edge included, and drops the furniture', () => {
    const { alpha, width, height } = plane(SCENE);
    const kept = keepPersonRegion(alpha, width, height, [{ x: 2, y: 3 }]);
    expect(kept[1 * width + 1]).toBe(60); // soft hair edge attached to the head stays
    expect(kept[3 * width + 2]).toBe(255);
    expect(kept[0 * width + 10]).toBe(0); // a cupboard in the corner goes
    expect(kept[4 * width + 7]).toBe(0); // so does a separate object
  });

  it('keeps every region that holds a seed', () => {
    const { alpha, width, height } = plane(SCENE);
    const kept = keepPersonRegion(alpha, width, height, [{ x: 2, y: 3 }, { x: 7.4, y: 4.6 }]);
    expect(kept[4 * width + 7]).toBe(255);
    expect(kept[0 * width + 10]).toBe(0);
  });

  it('connects only along edges (4-neighbours) and above REGION_ALPHA', () => {
    const width = 3;
    const alpha = new Uint8Array([255, 0, 0, 0, 255, 0, 0, 0, REGION_ALPHA - 1]);
    const kept = keepPersonRegion(alpha, width, 3, [{ x: 0, y: 0 }]);
    expect([...kept]).toEqual([255, 0, 0, 0, 0, 0, 0, 0, 0]);
  });

  it('returns the matte unchanged when no seed lands on the person (a matte that missed the face)', () => {
    const { alpha, width, height } = plane(SCENE);
    expect(keepPersonRegion(alpha, width, height, [{ x: 6, y: 1 }, { x: -4, y: 99 }])).toBe(alpha);
    expect(keepPersonRegion(alpha, width, height, [])).toBe(alpha);
  });

  it('rejects a plane of the wrong size', () => {
    expect(() => keepPersonRegion(new Uint8Array(5), 2, 2, [])).toThrow(/5 values for 2×2/);
  });
});
