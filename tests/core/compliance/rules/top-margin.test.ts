import { describe, expect, it } from 'vitest';
import { checkTopMargin } from '../../../../src/core/compliance/rules/top-margin';
import { makeInput } from '../make-input';

/** Spec tolerance 2–6 mm. */
describe('checkTopMargin', () => {
  it.each([
    [1.94, 'fail', 'too-small'],
    [1.96, 'warn', 'near-limit'],
    [2.29, 'warn', 'near-limit'],
    [2.31, 'pass', 'ok'],
    [4, 'pass', 'ok'],
    [5.69, 'pass', 'ok'],
    [5.71, 'warn', 'near-limit'],
    [6.04, 'warn', 'near-limit'],
    [6.06, 'fail', 'too-large'],
  ] as const)('%s mm → %s (%s)', (topMarginMm, status, verdict) => {
    expect(checkTopMargin(makeInput({ plan: { topMarginMm } }))).toMatchObject({
      rule: 'top-margin',
      status,
      messageKey: `messages.top-margin.${verdict}`,
      limit: { min: 2, max: 6 },
      measured: topMarginMm,
    });
  });

  it('warns on an estimated or cut-off crown', () => {
    expect(checkTopMargin(makeInput({ face: { crownSource: 'estimate' } })).messageKey).toBe('messages.top-margin.provisional');
    expect(checkTopMargin(makeInput({ face: { crownCutOff: true } })).messageKey).toBe('messages.top-margin.crown-cut-off');
  });
});
