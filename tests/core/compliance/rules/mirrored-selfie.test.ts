import { describe, expect, it } from 'vitest';
import { checkMirroredSelfie } from '../../../../src/core/compliance/rules/mirrored-selfie';
import { makeInput } from '../make-input';

describe('checkMirroredSelfie', () => {
  it('reminds after a front-camera capture', () => {
    expect(checkMirroredSelfie(makeInput({ source: { fromFrontCamera: true } }))).toMatchObject({
      status: 'warn',
      measured: null,
      unit: null,
      limit: 'limits.not-mirrored',
      messageKey: 'messages.mirrored-selfie.front-camera',
      fixKey: 'fixes.mirrored-selfie.front-camera',
    });
  });

  it('leaves uploads to the manual checklist', () => {
    expect(checkMirroredSelfie(makeInput())).toBeNull();
  });
});
