import { describe, expect, expectTypeOf, it } from 'vitest';
import type { CropPlan } from '../../src/core/crop/crop-plan';
import { rectMm } from '../../src/core/sheet/rect-mm';
import { dpi, edgePx, mm, mmToPx, OUTPUT_DPI, px, pxToMm, type Dpi, type Mm, type Px } from '../../src/core/units';

/**
 * The unit brands are checked by the compiler, not at run time: `npm run typecheck` compiles this file (tsconfig.json
 * includes tests/), so each `@ts-expect-error` below fails the typecheck the day a Px is accepted where an Mm is
 * meant, or the other way round. The run-time expectations only show that a brand costs nothing: it is the number.
 */
describe('unit brands', () => {
  it('a Px is not an Mm, an Mm is not a Px, and neither is a Dpi', () => {
    expectTypeOf<Px>().not.toExtend<Mm>();
    expectTypeOf<Mm>().not.toExtend<Px>();
    expectTypeOf<Dpi>().not.toExtend<Mm>();
    expectTypeOf<Mm>().not.toExtend<Dpi>();
    // Each still reads as a number (arithmetic, formatting), but a plain number is none of them.
    expectTypeOf<Mm>().toExtend<number>();
    expectTypeOf<number>().not.toExtend<Mm>();
    expectTypeOf(mmToPx).parameters.toEqualTypeOf<[Mm, Dpi]>();
    expectTypeOf(pxToMm).parameters.toEqualTypeOf<[Px, Dpi]>();
  });

  it('a Px passed where an Mm is meant does not compile, nor an Mm where a Px is', () => {
    const widthPx = px(827);
    const widthMm = mm(35);

    // @ts-expect-error a pixel length is not a length on paper
    mmToPx(widthPx, OUTPUT_DPI);
    // @ts-expect-error a length on paper is not a pixel length
    pxToMm(widthMm, OUTPUT_DPI);
    // @ts-expect-error pixels where the rectangle wants millimetres
    rectMm(widthPx, mm(0), widthMm, widthMm);
    // @ts-expect-error a resolution is not a length
    edgePx(widthMm, widthMm);
    // @ts-expect-error a plain number must say its unit: mm(30)
    edgePx(30, OUTPUT_DPI);

    const plan = {} as CropPlan;
    // @ts-expect-error the plan's millimetres cannot stand in for its pixels
    const wrongPx: Px = plan.faceHeightMm;
    // @ts-expect-error nor its pixels for its millimetres
    const wrongMm: Mm = plan.outputWidthPx;
    expect([wrongPx, wrongMm]).toEqual([undefined, undefined]);

    // Converted, they are what they look like.
    expect(pxToMm(widthPx, dpi(600))).toBeCloseTo(35.01, 2);
    expect(mmToPx(widthMm, dpi(600))).toBeCloseTo(826.77, 2);
    expect(edgePx(widthMm, OUTPUT_DPI)).toBe(widthPx);
  });
});
