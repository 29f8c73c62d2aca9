import { describe, expect, it } from 'vitest';
import { fixedDecimals, roundedForDisplay } from '../../../src/ui/shared/fixed-decimals';

describe('fixedDecimals', () => {
  it.each([
    [-0.04, 1, '0.0'],
    [-0, 1, '0.0'],
    [-0.05, 1, '-0.1'],
    [1.25, 1, '1.3'],
    [-2, 1, '-2.0'],
  ])('%d to %d decimals → %s', (value, decimals, text) => {
    expect(fixedDecimals(value, decimals)).toBe(text);
  });

  it('never hands a formatter a negative zero', () => {
    expect(Object.is(roundedForDisplay(-0.04, 1), 0)).toBe(true);
    expect(roundedForDisplay(-0.26, 1)).toBe(-0.3);
  });
});
