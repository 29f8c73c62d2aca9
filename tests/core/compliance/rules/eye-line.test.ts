import { describe, expect, it } from 'vitest';
import { checkEyeLine } from '../../../../src/core/compliance/rules/eye-line';
import { makeInput } from '../make-input';

/** US rule: eyes 28–35 mm above the bottom edge. */
const US = { eyeLineFromBottomMm: { min: 28, max: 35 } };

describe('checkEyeLine', () => {
  it('does not apply when the spec has no eye-line rule', () => {
    expect(checkEyeLine(makeInput())).toBeNull();
  });

  it.each([
    [27.94, 'fail', 'too-low'],
    [28.0, 'warn', 'near-limit'],
    [28.31, 'pass', 'ok'],
    [34.69, 'pass', 'ok'],
    [35.04, 'warn', 'near-limit'],
    [35.06, 'fail', 'too-high'],
  ] as const)('%s mm → %s (%s)', (eyeLineFromBottomMm, status, verdict) => {
    expect(checkEyeLine(makeInput({ spec: US, plan: { eyeLineFromBottomMm } }))).toMatchObject({ status, messageKey: `messages.eye-line.${verdict}`, limit: { min: 28, max: 35 } });
  });
});
