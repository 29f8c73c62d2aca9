import { describe, expect, it } from 'vitest';
import { removeOldBackgroundFromEdges } from '../../../src/core/matte/edge-colour';

const W = 120;
const H = 60;
const BLUE = [70, 110, 170] as const;
const HAIR = [190, 170, 140] as const;

/**
 * A vertical edge: old blue background on the left (matte 0), light hair on the right (matte 255), and between
 * x = 50 and 60 a band whose colour blends from blue to hair while the matte already says "person" from x = 52:
 * the model's alpha runs out to 1 before the colour has turned (the blue rim on W000738).
 */
function scene(options: { background?: readonly number[]; texture?: (x: number, y: number) => number } = {}) {
  const background = options.background ?? BLUE;
  const photo = new Uint8ClampedArray(4 * W * H);
  const person = new Uint8ClampedArray(4 * W * H);
  const hairShare = (x: number): number => Math.min(1, Math.max(0, (x - 50) / 10));
  for (let y = 0; y < H; y++) {
    for (let x = 0; x < W; x++) {
      const i = 4 * (y * W + x);
      const m = hairShare(x);
      for (let c = 0; c < 3; c++) photo[i + c] = Math.round(m * HAIR[c]! + (1 - m) * background[c]!) + (options.texture?.(x, y) ?? 0);
      photo[i + 3] = 255;
      for (let c = 0; c < 3; c++) person[i + c] = photo[i + c]!;
      person[i + 3] = x < 50 ? 0 : x < 52 ? 128 : 255;
    }
  }
  return { photo, person };
}

const rgb = (plane: Uint8ClampedArray, x: number, y: number): number[] => [...plane.slice(4 * (y * W + x), 4 * (y * W + x) + 3)];

describe('removeOldBackgroundFromEdges', () => {
  it('turns the old background’s share of the edge band into the hair’s colour', () => {
    const { photo, person } = scene();
    removeOldBackgroundFromEdges({ width: W, height: H, photo, person, radiusPx: 24 });
    const distance = (colour: number[]): number => Math.hypot(...colour.map((v, c) => v - HAIR[c]!));
    for (const x of [50, 52, 55, 58]) {
      // The hair's colour is the mean of the solid pixels nearby, the blended band included: most of the blue goes.
      const before = distance(rgb(photo, x, 30));
      expect(before, `x ${x} before`).toBeGreaterThan(20);
      expect(distance(rgb(person, x, 30)), `x ${x} after`).toBeLessThan(0.55 * before);
    }
  });

  it('leaves the clear background, the solid hair away from the edge, and the alpha exactly as they were', () => {
    const { photo, person } = scene();
    const before = person.slice();
    removeOldBackgroundFromEdges({ width: W, height: H, photo, person, radiusPx: 12 });
    for (let y = 0; y < H; y++) {
      for (let x = 0; x < W; x++) {
        const i = 4 * (y * W + x);
        expect(person[i + 3]).toBe(before[i + 3]);
        if (x < 50 || x > 80) expect(rgb(person, x, y), `(${x}, ${y})`).toEqual(rgb(before, x, y));
      }
    }
  });

  it('keeps the texture across the blend line (strands lighter and darker than their neighbours)', () => {
    const texture = (x: number, y: number): number => (x >= 50 && y % 2 === 0 ? 12 : 0);
    const { photo, person } = scene({ texture });
    removeOldBackgroundFromEdges({ width: W, height: H, photo, person, radiusPx: 12 });
    const lighter = rgb(person, 55, 30);
    const plain = rgb(person, 55, 31);
    const step = lighter.reduce((sum, v, c) => sum + v - (plain[c] as number), 0) / 3;
    expect(step).toBeGreaterThan(4);
  });

  it('changes nothing where the old background was the hair’s own colour (no tint to remove)', () => {
    const near = HAIR.map((v) => v - 10);
    const { photo, person } = scene({ background: near });
    const before = person.slice();
    removeOldBackgroundFromEdges({ width: W, height: H, photo, person, radiusPx: 12 });
    expect(person).toEqual(before);
  });

  it('changes nothing without clear background, nor outside the photo', () => {
    const { photo, person } = scene();
    for (let i = 0; i < W * H; i++) if (person[4 * i + 3] === 0) person[4 * i + 3] = 255;
    const solidBefore = person.slice();
    removeOldBackgroundFromEdges({ width: W, height: H, photo, person, radiusPx: 12 });
    expect(person).toEqual(solidBefore);

    const outside = scene();
    for (let i = 0; i < W * H; i++) outside.photo[4 * i + 3] = 0;
    const outsideBefore = outside.person.slice();
    removeOldBackgroundFromEdges({ width: W, height: H, photo: outside.photo, person: outside.person, radiusPx: 12 });
    expect(outside.person).toEqual(outsideBefore);
  });

  it('refuses planes of the wrong size', () => {
    const { photo } = scene();
    expect(() => removeOldBackgroundFromEdges({ width: W, height: H, photo, person: new Uint8ClampedArray(4), radiusPx: 12 })).toThrow(/do not match/);
  });
});
