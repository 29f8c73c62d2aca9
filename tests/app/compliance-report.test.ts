import { beforeAll, describe, expect, it } from 'vitest';
import { findingReport } from '../../src/app/compliance-report';
import { makeFinding } from '../../src/core/compliance/finding';
import { initI18n } from '../../src/i18n/i18n';

beforeAll(() => {
  // The page may be in Japanese; the batch report is English all the same.
  initI18n('ja');
});

describe('batch report findings', () => {
  it('gives the English verdict and its fix as one message, with the numbers in their unit', () => {
    const report = findingReport(makeFinding('roll', 'fail', 'tilted', { measured: -12.3, limit: { min: -8, max: 8 }, unit: 'deg', params: { deg: 12.3, limit: 8 } }));
    expect(report).toEqual({
      rule: 'roll',
      status: 'fail',
      measured: -12.3,
      unit: 'deg',
      limit: { min: -8, max: 8 },
      message: 'Your head is tilted 12.3° (the limit is 8°). Retake the photo with your head straight and your eyes level.',
    });
  });

  it('has no fix for a pass and spells out a limit that is not a number', () => {
    expect(findingReport(makeFinding('single-face', 'pass', 'ok', { measured: 1, limit: { min: 1, max: 1 }, unit: 'faces', params: { count: 1 } })).message).toBe('Only one face in the photo.');
    const mirrored = findingReport(makeFinding('mirrored-selfie', 'warn', 'front-camera', { measured: null, limit: 'limits.not-mirrored', unit: null }));
    expect(mirrored.limit).toBe('not a mirror image');
    expect(mirrored.message).toMatch(/^The saved photo is not mirrored.*Mirror images are refused\.$/);
  });
});
