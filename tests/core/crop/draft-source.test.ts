import { describe, expect, it } from 'vitest';
import { recommendedAdjustments } from '../../../src/core/crop/adjustments';
import { downsampleMatte, DRAFT_OVERSAMPLE, draftSourceFactor, draftSourceSize, draftSourceUsable, planForScaledSource } from '../../../src/core/crop/draft-source';
import { scaleCropPlan } from '../../../src/core/crop/preview-plan';
import { solveCrop } from '../../../src/core/crop/solve-crop';
import type { PersonMatte } from '../../../src/core/face/model-outputs';
import { apply } from '../../../src/core/geometry';
import { findProducibleSpec } from '../../../src/specs';
import { faceFixture } from '../../specs/fixtures/face-fixture';

/** Pixel maps are float arithmetic. */
const EXACT_PX = 1e-9;

const spec = findProducibleSpec('jp-passport')!;
const plan = solveCrop(spec, faceFixture({ rollDeg: 5 }), recommendedAdjustments(spec));

describe('draft source', () => {
  it('shrinks a large photo to about DRAFT_OVERSAMPLE source px per drawn px', () => {
    const drawn = scaleCropPlan(plan, 400);
    const factor = draftSourceFactor(plan, 400);
    expect(factor).toBeLessThan(1);
    expect(planForScaledSource(drawn, factor).scale).toBeCloseTo(1 / DRAFT_OVERSAMPLE, 12);
    // A tiny photo drawn large needs no reduction.
    expect(draftSourceFactor({ ...plan, scale: 3.5 }, 400)).toBe(1);
  });

  it('maps reduced source px to the same drawn px as the full photo', () => {
    const drawn = scaleCropPlan(plan, 400);
    const size = draftSourceSize(3000, 4000, 0.137);
    expect(size).toEqual({ widthPx: 411, heightPx: 548, factor: 411 / 3000 });
    const reduced = planForScaledSource(drawn, size.factor);
    for (const p of [{ x: 0, y: 0 }, { x: 1500, y: 2200 }, { x: 2999, y: 3999 }]) {
      const a = apply(drawn.sourceToOutput, p);
      const b = apply(reduced.sourceToOutput, { x: p.x * size.factor, y: p.y * size.factor });
      expect(Math.abs(a.x - b.x)).toBeLessThan(EXACT_PX);
      expect(Math.abs(a.y - b.y)).toBeLessThan(EXACT_PX);
    }
  });

  it('keeps a copy while the face height moves within its tolerance, makes a new one for a big change', () => {
    expect(draftSourceUsable(0.1, 0.115)).toBe(true);
    expect(draftSourceUsable(0.1, 0.085)).toBe(true);
    expect(draftSourceUsable(0.1, 0.25)).toBe(false);
    expect(draftSourceUsable(0.1, 0.04)).toBe(false);
  });

  it('averages the matte over whole blocks, in the reduced source units', () => {
    // 4×2 matte at 1 source px per matte px: left half opaque, right half a soft edge.
    const matte: PersonMatte = { width: 4, height: 2, alpha: Uint8Array.from([255, 255, 0, 100, 255, 255, 100, 0]), sourcePxPerMattePx: 1 };
    const half = downsampleMatte(matte, 0.5);
    expect(half.width).toBe(2);
    expect(half.height).toBe(1);
    expect([...half.alpha]).toEqual([255, 50]);
    // Two source px per block, halved: one reduced source px per reduced matte px.
    expect(half.sourcePxPerMattePx).toBe(1);
    // A matte already coarser than the reduced source only changes unit.
    const coarse = { ...matte, sourcePxPerMattePx: 8 };
    expect(downsampleMatte(coarse, 0.5)).toEqual({ ...coarse, sourcePxPerMattePx: 4 });
  });
});
