import { describe, expect, it } from 'vitest';
import type { Adjustments } from '../../../src/core/crop/adjustments';
import { editableRanges } from '../../../src/core/crop/adjustment-ranges';
import { solveCrop } from '../../../src/core/crop/solve-crop';
import type { FaceMeasurement } from '../../../src/core/face/face-measurement';
import { CROWN_ABOVE_FOREHEAD_RATIO } from '../../../src/core/face/measure-face';
import { apply, invert, type Point } from '../../../src/core/geometry';
import { crownCandidates, matteRegion, rectContains, rectUnion, type SourceRect } from '../../../src/core/matte/matte-region';
import type { PhotoSpec } from '../../../src/core/photo-spec';
import { producibleSpecs } from '../../../src/specs';
import { syntheticFace, type SyntheticFaceOptions } from '../../helpers/synthetic-face';

/** The shared synthetic face, with the photo's size as w × h and an estimated crown when `estimate` is set. */
const face = (o: Omit<SyntheticFaceOptions, 'sourceW' | 'sourceH' | 'crownSource'> & { w: number; h: number; estimate?: boolean }): FaceMeasurement =>
  syntheticFace({ ...o, sourceW: o.w, sourceH: o.h, crownSource: o.estimate ? 'estimate' : 'matte' });

const FACES = [
  { name: '12 MP, frontal', f: face({ cx: 1500, cy: 1700, eyeGapPx: 260, crownAboveEyesPx: 520, chinBelowEyesPx: 560, rollDeg: 0, w: 3000, h: 4000 }) },
  { name: 'rolled 8°', f: face({ cx: 900, cy: 1000, eyeGapPx: 200, crownAboveEyesPx: 400, chinBelowEyesPx: 430, rollDeg: 8, w: 2000, h: 2600 }) },
  { name: 'rolled −12°', f: face({ cx: 1100, cy: 1300, eyeGapPx: 180, crownAboveEyesPx: 330, chinBelowEyesPx: 390, rollDeg: -12, w: 2000, h: 2600 }) },
  { name: 'near the top-left edge', f: face({ cx: 130, cy: 260, eyeGapPx: 60, crownAboveEyesPx: 120, chinBelowEyesPx: 130, rollDeg: 2, w: 1200, h: 900 }) },
  { name: 'small in a wide shot', f: face({ cx: 2100, cy: 900, eyeGapPx: 50, crownAboveEyesPx: 100, chinBelowEyesPx: 110, rollDeg: -3, w: 4000, h: 3000 }) },
  { name: 'tiny source (225×275)', f: face({ cx: 112, cy: 120, eyeGapPx: 40, crownAboveEyesPx: 80, chinBelowEyesPx: 85, rollDeg: -1.5, w: 225, h: 275 }) },
];

/** Every output corner inside the photo must be inside the region (corners outside the photo are filled anyway). */
function uncovered(spec: PhotoSpec, f: FaceMeasurement, adjustments: Adjustments, region: SourceRect): Point[] {
  const plan = solveCrop(spec, f, adjustments);
  const toSource = invert(plan.sourceToOutput);
  const out: Point[] = [];
  const steps = 8;
  for (let i = 0; i <= steps; i++) {
    for (const [x, y] of [
      [(plan.outputWidthPx * i) / steps, 0],
      [(plan.outputWidthPx * i) / steps, plan.outputHeightPx],
      [0, (plan.outputHeightPx * i) / steps],
      [plan.outputWidthPx, (plan.outputHeightPx * i) / steps],
    ] as const) {
      const p = apply(toSource, { x, y });
      const cx = Math.min(f.sourceWidthPx, Math.max(0, p.x));
      const cy = Math.min(f.sourceHeightPx, Math.max(0, p.y));
      if (cx < region.x || cy < region.y || cx > region.x + region.width || cy > region.y + region.height) out.push(p);
    }
  }
  return out;
}

/** Deterministic pseudo-random numbers, so a failure can be replayed. */
function random(seed: number): () => number {
  let s = seed;
  return () => {
    s = (s * 1664525 + 1013904223) % 4294967296;
    return s / 4294967296;
  };
}

function samples(spec: PhotoSpec, count: number, next: () => number): Adjustments[] {
  const r = editableRanges(spec);
  const pick = (range: { min: number; max: number }, u: number) => range.min + (range.max - range.min) * u;
  const ends: Adjustments[] = [];
  for (const t of [0, 1]) for (const fh of [0, 1]) for (const o of [0, 1]) for (const rot of [0, 0.37, 0.5, 0.81, 1]) {
    ends.push({ topMarginMm: pick(r.topMarginMm, t), faceHeightMm: pick(r.faceHeightMm, fh), offsetXMm: pick(r.offsetXMm, o), rotateDeg: pick(r.rotateDeg, rot) });
  }
  const inside = Array.from({ length: count }, () => ({
    topMarginMm: pick(r.topMarginMm, next()),
    faceHeightMm: pick(r.faceHeightMm, next()),
    offsetXMm: pick(r.offsetXMm, next()),
    rotateDeg: pick(r.rotateDeg, next()),
  }));
  return [...ends, ...inside];
}

describe('matteRegion: every reachable output pixel is matted', () => {
  const next = random(7);
  for (const spec of producibleSpecs) {
    it(`${spec.id}: range ends and random adjustments, all faces`, () => {
      for (const { name, f } of FACES) {
        const region = matteRegion([spec], f);
        expect(region, name).not.toBeNull();
        for (const a of samples(spec, 6, next)) expect(uncovered(spec, f, a, region!), `${name} ${JSON.stringify(a)}`).toEqual([]);
        // Clipped to the photo, in whole px.
        expect(region!.x).toBeGreaterThanOrEqual(0);
        expect(region!.y).toBeGreaterThanOrEqual(0);
        expect(region!.x + region!.width).toBeLessThanOrEqual(f.sourceWidthPx);
        expect(region!.y + region!.height).toBeLessThanOrEqual(f.sourceHeightPx);
        expect(Number.isInteger(region!.x + region!.y + region!.width + region!.height)).toBe(true);
      }
    });
  }

  it('covers the documents in play together (a mixed sheet)', () => {
    const [a, b] = [producibleSpecs.find((s) => s.id === 'jp-residence-card')!, producibleSpecs.find((s) => s.id === 'jp-passport')!];
    const f = FACES[0]!.f;
    const both = matteRegion([a, b], f)!;
    expect(rectContains(both, matteRegion([a], f)!)).toBe(true);
    expect(rectContains(both, matteRegion([b], f)!)).toBe(true);
  });

  it('before the matte, plans for any crown from 0.2 to 0.8 forehead-to-chin lengths above landmark 10', () => {
    const spec = producibleSpecs.find((s) => s.id === 'jp-passport')!;
    // Eyes at 1700, chin 560 below; lm 10 is taken 300 above the eyes, so forehead-to-chin = 860.
    const lm10 = 1700 - 300;
    const foreheadToChin = 1700 + 560 - lm10;
    const estimate = face({ cx: 1500, cy: 1700, eyeGapPx: 260, crownAboveEyesPx: 300 + CROWN_ABOVE_FOREHEAD_RATIO * foreheadToChin, chinBelowEyesPx: 560, rollDeg: 0, w: 3000, h: 4000, estimate: true });
    const candidates = crownCandidates(estimate);
    expect(candidates.map((c) => (lm10 - c.y) / foreheadToChin)).toEqual([expect.closeTo(0.2, 6), expect.closeTo(0.8, 6)]);
    const region = matteRegion([spec], estimate);
    expect(region).not.toBeNull();
    for (const ratio of [0.23, 0.42, 0.71]) {
      const found: FaceMeasurement = { ...estimate, crownSource: 'matte', crown: { x: 1500, y: lm10 - ratio * foreheadToChin } };
      for (const a of samples(spec, 4, next)) expect(uncovered(spec, found, a, region!), `ratio ${ratio}`).toEqual([]);
    }
  });

  it('is much smaller than a large photo: the model sees the head, not the room', () => {
    const spec = producibleSpecs.find((s) => s.id === 'jp-passport')!;
    const f = FACES[4]!.f;
    const region = matteRegion([spec], f)!;
    expect((region.width * region.height) / (f.sourceWidthPx * f.sourceHeightPx)).toBeLessThan(0.25);
  });

  it('rectUnion and rectContains', () => {
    const a = { x: 0, y: 0, width: 10, height: 10 };
    const b = { x: 5, y: -5, width: 10, height: 10 };
    expect(rectUnion(a, b)).toEqual({ x: 0, y: -5, width: 15, height: 15 });
    expect(rectContains(rectUnion(a, b), a)).toBe(true);
    expect(rectContains(a, b)).toBe(false);
  });
});
