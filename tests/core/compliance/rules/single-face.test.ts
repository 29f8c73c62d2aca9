import { describe, expect, it } from 'vitest';
import { checkSingleFace } from '../../../../src/core/compliance/rules/single-face';
import { makeInput } from '../make-input';

describe('checkSingleFace', () => {
  it.each([
    [0, 'fail', 'none'],
    [1, 'pass', 'ok'],
    [2, 'fail', 'several'],
    [3, 'fail', 'several'],
  ] as const)('%s faces → %s (%s)', (faceCount, status, verdict) => {
    expect(checkSingleFace(makeInput({ face: { faceCount } }))).toMatchObject({ status, messageKey: `messages.single-face.${verdict}`, measured: faceCount, params: { count: faceCount } });
  });
});
