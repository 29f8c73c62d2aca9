import { describe, expect, it } from 'vitest';
import { checkEyesOpen } from '../../../../src/core/compliance/rules/eyes-open';
import { checkMouthClosed, INNER_LIP_PAIRS, lipGapRatio } from '../../../../src/core/compliance/rules/mouth-closed';
import { checkNeutralExpression } from '../../../../src/core/compliance/rules/neutral-expression';
import type { Point } from '../../../../src/core/geometry';
import { landmarkPoints } from '../../../helpers/synthetic-face';
import { FACE, makeInput, NEUTRAL_EXPRESSION } from '../make-input';

const withExpression = (scores: Record<string, number>) => makeInput({ face: { expression: { ...NEUTRAL_EXPRESSION, ...scores } } });
const noBlendshapes = makeInput({ face: { expression: {} } });

describe('checkEyesOpen (eyeBlink of the more closed eye)', () => {
  it.each([
    [0.15, 0.44, 'pass', 'ok'],
    [0.49, 0.1, 'pass', 'ok'],
    [0.1, 0.5, 'warn', 'closing'],
    [0.74, 0.2, 'warn', 'closing'],
    [0.75, 0.75, 'fail', 'closing'],
    [0.95, 0.9, 'fail', 'closing'],
  ] as const)('left %s right %s → %s', (eyeBlinkLeft, eyeBlinkRight, status, verdict) => {
    expect(checkEyesOpen(withExpression({ eyeBlinkLeft, eyeBlinkRight }))).toMatchObject({ status, messageKey: `messages.eyes-open.${verdict}`, measured: Math.max(eyeBlinkLeft, eyeBlinkRight), limit: { max: 0.5 } });
  });

  it('does not judge without blendshapes', () => {
    expect(checkEyesOpen(noBlendshapes)).toBeNull();
  });
});

/**
 * Landmarks where the eye midpoint is at (0, 0) and the chin at (0, 100): T = 100 px, so the lip gap in px
 * divided by 100 is OFIQ's ratio.
 */
function faceWithLipGap(gapPx: number): { landmarks: Point[]; face: typeof FACE } {
  const landmarks = landmarkPoints({ x: 0, y: 60 });
  for (const [upper, lower] of INNER_LIP_PAIRS) {
    landmarks[upper] = { x: 0, y: 60 };
    landmarks[lower] = { x: 0, y: 60 + gapPx * 0.5 };
  }
  landmarks[13] = { x: 0, y: 60 };
  landmarks[14] = { x: 0, y: 60 + gapPx };
  return { landmarks, face: { ...FACE, eyeImageLeft: { x: -30, y: 0 }, eyeImageRight: { x: 30, y: 0 }, chin: { x: 0, y: 100 } } };
}

describe('checkMouthClosed', () => {
  it.each([
    [0.5, 'pass'],
    [2.99, 'pass'],
    [3, 'warn'],
    [5.99, 'warn'],
    [6, 'fail'],
    [17, 'fail'],
  ] as const)('inner-lip gap %s px of T = 100 px → %s', (gapPx, status) => {
    const { landmarks, face } = faceWithLipGap(gapPx);
    const finding = checkMouthClosed(makeInput({ landmarks, face }));
    expect(finding).toMatchObject({ status, unit: 'ratio', limit: { max: 0.03 }, messageKey: `messages.mouth-closed.${status === 'pass' ? 'ok' : 'open'}` });
    expect(finding?.measured).toBeCloseTo(gapPx / 100, 9);
  });

  it('takes the widest of the inner-lip pairs', () => {
    const { landmarks, face } = faceWithLipGap(1);
    landmarks[82] = { x: 10, y: 58 };
    landmarks[87] = { x: 10, y: 66 };
    expect(lipGapRatio(landmarks, face.eyeImageLeft, face.eyeImageRight, face.chin)).toBeCloseTo(0.08, 9);
  });

  it.each([
    [0.02, 'pass'],
    [0.15, 'warn'],
    [0.29, 'warn'],
    [0.3, 'fail'],
  ] as const)('without landmarks: jawOpen %s → %s', (jawOpen, status) => {
    expect(checkMouthClosed(withExpression({ jawOpen }))).toMatchObject({ status, unit: 'score', measured: jawOpen, limit: { max: 0.15 } });
  });

  it('does not judge without landmarks or blendshapes', () => {
    expect(checkMouthClosed(noBlendshapes)).toBeNull();
  });
});

describe('checkNeutralExpression', () => {
  it.each([
    [{}, 'pass', 'ok', 0.1],
    [{ mouthSmileLeft: 0.24 }, 'pass', 'ok', 0.24],
    [{ mouthSmileRight: 0.25 }, 'warn', 'smile', 0.25],
    [{ mouthSmileLeft: 0.39 }, 'warn', 'smile', 0.39],
    [{ mouthSmileLeft: 0.4, mouthSmileRight: 0.38 }, 'fail', 'smile', 0.4],
    [{ mouthSmileLeft: 0.96, mouthSmileRight: 0.93 }, 'fail', 'smile', 0.96],
    [{ browInnerUp: 0.49 }, 'pass', 'ok', 0.49],
    [{ browInnerUp: 0.5 }, 'warn', 'brows-raised', 0.5],
    [{ browOuterUpRight: 0.7 }, 'fail', 'brows-raised', 0.7],
    [{ browDownLeft: 0.67, browDownRight: 0.6 }, 'pass', 'ok', 0.1],
    [{ mouthFrownRight: 0.6 }, 'fail', 'frown', 0.6],
  ] as const)('%j → %s (%s)', (scores, status, verdict, measured) => {
    expect(checkNeutralExpression(withExpression(scores))).toMatchObject({ status, messageKey: `messages.neutral-expression.${verdict}`, measured });
  });

  it('reports a warning cue over a passing cue that is nearer its own failing score', () => {
    // Smile 0.26 warns (0.65 of its fail score); brows 0.45 pass (0.64 of theirs, but still below their warn).
    expect(checkNeutralExpression(withExpression({ mouthSmileLeft: 0.26, browInnerUp: 0.45 }))).toMatchObject({ status: 'warn', params: { cue: 'smile' } });
  });

  it('does not judge without blendshapes', () => {
    expect(checkNeutralExpression(noBlendshapes)).toBeNull();
  });
});
