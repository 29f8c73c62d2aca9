import { describe, expect, it } from 'vitest';
import { CUSTOM_SPEC_ID, CustomSizeError, customSpec, findProducibleSpec, parseCustomSize } from '../../src/specs';

describe('customSpec', () => {
  it('reproduces the custom row itself at its default 35 × 45 mm', () => {
    const row = findProducibleSpec(CUSTOM_SPEC_ID)!;
    const spec = customSpec(35, 45);
    expect(spec).toMatchObject({
      id: CUSTOM_SPEC_ID,
      widthMm: 35,
      heightMm: 45,
      faceHeightMm: row.faceHeightMm,
      topMarginMm: row.topMarginMm,
      centringToleranceMm: row.centringToleranceMm,
    });
  });

  it('scales the ICAO proportions to the typed size', () => {
    const spec = customSpec(40, 50);
    expect(spec.faceHeightMm).toEqual({ min: 35, max: 40 });
    expect(spec.topMarginMm).toEqual({ min: 2.2, max: 6.7 });
    expect(spec.centringToleranceMm).toBeCloseTo(2.3, 10);
  });

  it('accepts what a form field gives: full-width digits and a decimal comma', () => {
    const result = parseCustomSize('３５', '45,5');
    expect(result.ok && result.spec.heightMm).toBe(45.5);
  });

  it.each([
    { widthMm: 5, heightMm: 45, expected: 'widthMm: must be at least 15 mm' },
    { widthMm: 35, heightMm: 531, expected: 'heightMm: must be at most 120 mm' },
    { widthMm: 100, heightMm: 30, expected: 'widthMm: width ÷ height must be between 0.5 and 1.25' },
    { widthMm: Number.NaN, heightMm: 45, expected: 'widthMm: must be a number of millimetres' },
    { widthMm: 'abc', heightMm: 45, expected: 'widthMm: must be a number of millimetres' },
  ])('rejects $widthMm × $heightMm', ({ widthMm, heightMm, expected }) => {
    const result = parseCustomSize(widthMm, heightMm);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.issues.some((line) => line.startsWith(expected) || line.includes(expected))).toBe(true);
  });

  it('throws CustomSizeError with every problem', () => {
    expect(() => customSpec(5, 500)).toThrow(CustomSizeError);
  });
});
