import { describe, expect, it } from 'vitest';
import { SKULL_ABOVE_FOREHEAD_RATIO, skullCrownV } from '../../../src/core/face/skull-crown';

describe('skullCrownV', () => {
  const foreheadV = -100;
  const foreheadToChin = 400;
  const estimateV = foreheadV - SKULL_ABOVE_FOREHEAD_RATIO * foreheadToChin;

  it('is the fixed-ratio estimate above landmark 10 while there is no matte', () => {
    expect(skullCrownV({ foreheadV, foreheadToChin, hairTopV: null })).toBeCloseTo(estimateV, 9);
  });

  it('keeps the estimate when the hair the matte found is higher (full hair)', () => {
    expect(skullCrownV({ foreheadV, foreheadToChin, hairTopV: estimateV - 120 })).toBeCloseTo(estimateV, 9);
  });

  it('is never above the hair top the matte found (close-cropped or bald head)', () => {
    const hairTopV = estimateV + 30;
    expect(skullCrownV({ foreheadV, foreheadToChin, hairTopV })).toBe(hairTopV);
  });
});
