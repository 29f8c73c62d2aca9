import { describe, expect, it } from 'vitest';
import { checkPitch } from '../../../../src/core/compliance/rules/pitch';
import { AUTO_LEVEL_WARN_DEG, checkRoll } from '../../../../src/core/compliance/rules/roll';
import { checkYaw } from '../../../../src/core/compliance/rules/yaw';
import { FACE, makeInput } from '../make-input';

/** ICAO: yaw and pitch ±5°, roll ±8°; pose estimates get 3° of doubt past the limit before failing. */
describe('checkYaw', () => {
  it.each([
    [0, 'pass', 'ok'],
    [-5, 'pass', 'ok'],
    [5.01, 'warn', 'slightly-turned'],
    [-8, 'warn', 'slightly-turned'],
    [8.01, 'fail', 'turned'],
    [-12.8, 'fail', 'turned'],
  ] as const)('%s° → %s (%s)', (yawDeg, status, verdict) => {
    expect(checkYaw(makeInput({ face: { pose: { ...FACE.pose, yawDeg } } }))).toMatchObject({ status, messageKey: `messages.yaw.${verdict}`, measured: yawDeg, limit: { min: -5, max: 5 }, unit: 'deg' });
  });
});

/** Pitch gets 5° of doubt: level portraits read up to ±7.1° (tests/fixtures/pose-truth.csv, issue 15). */
describe('checkPitch', () => {
  it.each([
    [0, 'pass', 'ok'],
    [5, 'pass', 'ok'],
    [-5.01, 'warn', 'slightly-tilted'],
    [-7.1, 'warn', 'slightly-tilted'],
    [10, 'warn', 'slightly-tilted'],
    [-10.01, 'fail', 'tilted'],
    [12.45, 'fail', 'tilted'],
  ] as const)('%s° → %s (%s)', (pitchDeg, status, verdict) => {
    expect(checkPitch(makeInput({ face: { pose: { ...FACE.pose, pitchDeg } } }))).toMatchObject({ status, messageKey: `messages.pitch.${verdict}`, limit: { min: -5, max: 5 } });
  });
});

describe('checkRoll (eye line before levelling)', () => {
  it.each([
    [0, 'pass', 'ok'],
    [AUTO_LEVEL_WARN_DEG, 'pass', 'ok'],
    [-(AUTO_LEVEL_WARN_DEG + 0.01), 'warn', 'levelled'],
    [8, 'warn', 'levelled'],
    [-8.01, 'fail', 'tilted'],
    [12, 'fail', 'tilted'],
  ] as const)('%s° → %s (%s)', (rollDeg, status, verdict) => {
    const finding = checkRoll(makeInput({ face: { rollDeg } }));
    expect(finding).toMatchObject({ status, messageKey: `messages.roll.${verdict}`, measured: rollDeg, limit: { min: -8, max: 8 } });
    expect(finding.params).toEqual({ deg: Math.round(Math.abs(rollDeg) * 10) / 10, limit: 8 });
  });

  it('judges the head, not the matrix roll: the eye line is what levelling corrects', () => {
    expect(checkRoll(makeInput({ face: { rollDeg: 0, pose: { ...FACE.pose, rollDeg: 15 } } })).status).toBe('pass');
  });
});
