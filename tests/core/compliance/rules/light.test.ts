import { describe, expect, it } from 'vitest';
import { checkDynamicRange } from '../../../../src/core/compliance/rules/dynamic-range';
import { checkExposure } from '../../../../src/core/compliance/rules/exposure';
import { checkIllumination } from '../../../../src/core/compliance/rules/illumination';
import { checkSharpness } from '../../../../src/core/compliance/rules/sharpness';
import { FACE_STATS, makeInput } from '../make-input';

const luminance = (over: Partial<typeof FACE_STATS.luminance>) => makeInput({ faceStats: { luminance: { ...FACE_STATS.luminance, ...over } } });

describe('checkExposure (OFIQ 0x44, 0x46, 0x47: warn below quality 50, fail below 25)', () => {
  it.each([
    [{}, 'pass', 'ok', 30],
    [{ overExposedShare: 0.0099 }, 'pass', 'ok', 30],
    [{ overExposedShare: 0.01 }, 'warn', 'clipped', 1],
    [{ overExposedShare: 0.0299 }, 'warn', 'clipped', 2.99],
    [{ overExposedShare: 0.03 }, 'fail', 'clipped', 3],
    [{ underExposedShare: 0.8 }, 'pass', 'ok', 30],
    [{ underExposedShare: 0.9 }, 'warn', 'too-dark', 90],
    [{ underExposedShare: 0.944 }, 'warn', 'too-dark', 94.4],
    [{ underExposedShare: 0.945 }, 'fail', 'too-dark', 94.5],
    [{ mean: 0.79 }, 'pass', 'ok', 79],
    [{ mean: 0.8 }, 'warn', 'too-bright', 80],
    [{ mean: 0.855 }, 'fail', 'too-bright', 85.5],
  ] as const)('%j → %s (%s)', (over, status, verdict, percent) => {
    const finding = checkExposure(luminance(over));
    expect(finding).toMatchObject({ status, messageKey: `messages.exposure.${verdict}`, unit: 'percent' });
    expect(finding?.measured).toBeCloseTo(percent, 9);
  });

  it('does not call a dark-skinned, well-lit face dark: a low mean alone passes (fixture: mean 0.07, 80 % in levels 0–25)', () => {
    expect(checkExposure(luminance({ mean: 0.066, underExposedShare: 0.8 }))?.status).toBe('pass');
  });

  it('names the worse problem when two occur: a failing one over a warning one', () => {
    expect(checkExposure(luminance({ overExposedShare: 0.015, underExposedShare: 0.96 }))).toMatchObject({ status: 'fail', messageKey: 'messages.exposure.too-dark' });
  });

  it('waits for the statistics', () => {
    expect(checkExposure(makeInput({ faceStats: null }))).toBeNull();
  });
});

describe('checkIllumination (halves of the lower face)', () => {
  it.each([
    [0.9, 'pass'],
    [0.4, 'pass'],
    [0.399, 'warn'],
    [0.2, 'warn'],
    [0.199, 'fail'],
    [0.02, 'fail'],
  ] as const)('intersection %s → %s', (intersection, status) => {
    const finding = checkIllumination(makeInput({ faceStats: { illumination: { ...FACE_STATS.illumination, intersection, darkerSide: 'image-right', meanDifference: 0.123 } } }));
    expect(finding).toMatchObject({ status, measured: intersection, limit: { min: 0.4 }, messageKey: status === 'pass' ? 'messages.illumination.ok' : 'messages.illumination.darker-image-right' });
    expect(finding?.params).toMatchObject({ differencePercent: 12 });
  });
});

describe('checkDynamicRange (OFIQ 0x48: 12.5 × bits)', () => {
  it.each([
    [7.4, 'pass'],
    [4, 'pass'],
    [3.99, 'warn'],
    [2, 'warn'],
    [1.99, 'fail'],
  ] as const)('%s bits → %s', (entropyBits, status) => {
    expect(checkDynamicRange(makeInput({ faceStats: { entropyBits } }))).toMatchObject({ status, measured: entropyBits, unit: 'bits', limit: { min: 4 } });
  });
});

describe('checkSharpness', () => {
  it.each([
    [0.52, 'pass'],
    [0.4, 'pass'],
    [0.399, 'warn'],
    [0.25, 'warn'],
    [0.249, 'fail'],
    [0.06, 'fail'],
  ] as const)('%s → %s', (value, status) => {
    expect(checkSharpness(makeInput({ faceStats: { sharpness: { ...FACE_STATS.sharpness, value } } }))).toMatchObject({ status, measured: value, limit: { min: 0.4 }, messageKey: `messages.sharpness.${status === 'pass' ? 'ok' : 'blurred'}` });
  });
});
