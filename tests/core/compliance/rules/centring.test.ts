import { describe, expect, it } from 'vitest';
import { checkCentring } from '../../../../src/core/compliance/rules/centring';
import { makeInput } from '../make-input';

/** Spec tolerance ±2 mm. */
describe('checkCentring', () => {
  it.each([
    [-2.06, 'fail', 'off-left'],
    [-2.0, 'warn', 'near-limit'],
    [-1.71, 'warn', 'near-limit'],
    [-1.69, 'pass', 'ok'],
    [0, 'pass', 'ok'],
    [1.69, 'pass', 'ok'],
    [1.71, 'warn', 'near-limit'],
    [2.04, 'warn', 'near-limit'],
    [2.06, 'fail', 'off-right'],
  ] as const)('%s mm → %s (%s)', (offsetXMm, status, verdict) => {
    expect(checkCentring(makeInput({ plan: { offsetXMm } }))).toMatchObject({ status, messageKey: `messages.centring.${verdict}`, limit: { min: -2, max: 2 } });
  });

  it('shows the distance without a sign; the message names the side', () => {
    expect(checkCentring(makeInput({ plan: { offsetXMm: -2.5 } })).params).toEqual({ value: 2.5, tolerance: 2 });
  });
});
