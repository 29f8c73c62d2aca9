import { describe, expect, it } from 'vitest';
import { checkGaze, gazeAngles } from '../../../../src/core/compliance/rules/gaze';
import { FACE, makeInput, NEUTRAL_EXPRESSION } from '../make-input';

function input(yawDeg: number, pitchDeg: number, look: Record<string, number> = {}) {
  return makeInput({ face: { pose: { ...FACE.pose, yawDeg, pitchDeg }, expression: { ...NEUTRAL_EXPRESSION, ...look } } });
}

/** Eyes to the person's left by s: left eye looks out by s, right eye looks in by s (22° per unit). */
const sideways = (s: number) => ({ eyeLookOutLeft: s, eyeLookInRight: s, eyeLookInLeft: 0, eyeLookOutRight: 0 });

describe('gazeAngles', () => {
  it('is zero for a level head with eyes at rest', () => {
    const angles = gazeAngles(input(0, 0));
    expect(angles?.sidewaysDeg).toBeCloseTo(0, 9);
    expect(angles?.verticalDeg).toBeCloseTo(0, 9);
  });

  it('cancels a turned head whose eyes turn back to the lens (a fixture portrait: yaw −12.8°, eyes 0.62 across)', () => {
    expect(gazeAngles(input(-12.8, 0, { eyeLookOutLeft: 0.62, eyeLookInRight: 0.63, eyeLookInLeft: 0, eyeLookOutRight: 0 }))?.sidewaysDeg).toBeCloseTo(0.9, 1);
  });
});

describe('checkGaze', () => {
  it.each([
    [1, 'pass', 'ok'],
    [7.99, 'pass', 'ok'],
    [8.01, 'warn', 'away-sideways'],
    [14.99, 'warn', 'away-sideways'],
    [15.01, 'fail', 'away-sideways'],
  ] as const)('eyes %s° sideways (head straight) → %s', (deg, status, verdict) => {
    const finding = checkGaze(input(0, 0, sideways(deg / 22)));
    expect(finding).toMatchObject({ status, messageKey: `messages.gaze.${verdict}`, unit: 'deg', limit: { max: 8 } });
    expect(finding?.measured).toBeCloseTo(deg, 6);
  });

  it.each([
    [11.99, 'pass', 'ok'],
    [12.01, 'warn', 'away-vertical'],
    [20.01, 'fail', 'away-vertical'],
  ] as const)('looking %s° down at a screen below the lens → %s', (deg, status, verdict) => {
    // At rest eyeLookDown exceeds eyeLookUp by 0.15; looking down adds deg / 31.
    const down = 0.1 + deg / 31;
    expect(checkGaze(input(0, 0, { eyeLookUpLeft: 0, eyeLookUpRight: 0, eyeLookDownLeft: 0.15 + down - 0.1, eyeLookDownRight: 0.15 + down - 0.1 }))).toMatchObject({ status, messageKey: `messages.gaze.${verdict}` });
  });

  it('does not judge without the eyeLook blendshapes', () => {
    expect(checkGaze(makeInput({ face: { expression: {} } }))).toBeNull();
  });
});
