import { describe, expect, it } from 'vitest';
import { checkFaceHeight } from '../../../../src/core/compliance/rules/face-height';
import { makeInput } from '../make-input';

/** Spec tolerance 32–36 mm; near-limit band 0.3 mm; display epsilon 0.05 mm. */
describe('checkFaceHeight', () => {
  it.each([
    [31.94, 'fail', 'too-small'],
    [31.96, 'warn', 'near-limit'],
    [32.0, 'warn', 'near-limit'],
    [32.29, 'warn', 'near-limit'],
    [32.31, 'pass', 'ok'],
    [34.0, 'pass', 'ok'],
    [35.69, 'pass', 'ok'],
    [35.71, 'warn', 'near-limit'],
    [36.0, 'warn', 'near-limit'],
    [36.04, 'warn', 'near-limit'],
    [36.06, 'fail', 'too-large'],
  ] as const)('%s mm → %s (%s)', (faceHeightMm, status, verdict) => {
    const finding = checkFaceHeight(makeInput({ plan: { faceHeightMm } }));
    expect(finding).toMatchObject({ rule: 'face-height', status, messageKey: `messages.face-height.${verdict}`, unit: 'mm', measured: faceHeightMm });
    expect(finding.limit).toEqual({ min: 32, max: 36 });
    expect(finding.fixKey).toBe(status === 'pass' ? null : `fixes.face-height.${verdict}`);
  });

  it('warns while the crown is only an estimate, but still fails a value out of range', () => {
    expect(checkFaceHeight(makeInput({ face: { crownSource: 'estimate' } }))).toMatchObject({ status: 'warn', messageKey: 'messages.face-height.provisional' });
    expect(checkFaceHeight(makeInput({ face: { crownSource: 'estimate' }, plan: { faceHeightMm: 30 } }))).toMatchObject({ status: 'fail', messageKey: 'messages.face-height.too-small' });
  });

  it('warns when the hair is cut off by the top edge of the source', () => {
    expect(checkFaceHeight(makeInput({ face: { crownCutOff: true } }))).toMatchObject({ status: 'warn', messageKey: 'messages.face-height.crown-cut-off' });
  });

  it('says so where the chin or the crown is hard to see, until the user has placed that marker (issue 15)', () => {
    expect(checkFaceHeight(makeInput({ face: { chinEdgeWeak: true } }))).toMatchObject({ status: 'warn', messageKey: 'messages.face-height.chin-unclear', fixKey: 'fixes.face-height.chin-unclear' });
    expect(checkFaceHeight(makeInput({ face: { chinEdgeWeak: true, chinSource: 'user' } })).status).toBe('pass');
    expect(checkFaceHeight(makeInput({ face: { crownEdgeSoft: true, crownSource: 'matte' } }))).toMatchObject({ status: 'warn', messageKey: 'messages.face-height.crown-unclear' });
    expect(checkFaceHeight(makeInput({ face: { crownEdgeSoft: true, crownSource: 'user' } })).status).toBe('pass');
    expect(checkFaceHeight(makeInput({ face: { chinEdgeWeak: true }, plan: { faceHeightMm: 30 } })).status).toBe('fail');
  });

  it('rounds the shown value to the 0.1 mm the read-outs use', () => {
    expect(checkFaceHeight(makeInput({ plan: { faceHeightMm: 30.04 } })).params).toEqual({ value: 30, min: 32, max: 36 });
  });
});
