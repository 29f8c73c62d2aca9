import { describe, expect, it } from 'vitest';
import {
  allGreen,
  CAPTURE_CHECK_ORDER,
  captureChecks,
  failingChecks,
  FACE_SIZE_MAX_RATIO,
  FACE_SIZE_MIN_RATIO,
  firstHint,
  POSITION_TOLERANCE_FACE_SHARE,
  ROLL_HINT_DEG,
  within,
  type CaptureCheckId,
  type CaptureFrame,
} from '../../../src/core/capture/capture-checks';
import { captureGuide } from '../../../src/core/capture/capture-guide';
import type { FaceLight } from '../../../src/core/capture/measure-face-light';
import { DARK_SHARE_WARN } from '../../../src/core/compliance/rules/exposure';
import { EYE_BLINK_WARN } from '../../../src/core/compliance/rules/eyes-open';
import { PITCH_LIMIT_DEG, YAW_LIMIT_DEG } from '../../../src/core/compliance/rules/head-pose-limits';
import { ILLUMINATION_WARN_BELOW } from '../../../src/core/compliance/rules/illumination';
import { JAW_OPEN_WARN } from '../../../src/core/compliance/rules/mouth-closed';
import { CROWN_ABOVE_FOREHEAD_RATIO, SKULL_ABOVE_FOREHEAD_RATIO } from '../../../src/core/face/measure-face';
import type { PhotoSpec } from '../../../src/core/photo-spec';
import { syntheticLandmarks, type FaceShape } from '../../helpers/synthetic-face';
import { SPEC } from './capture-spec';

/** Floating-point slack for values placed exactly on a limit through the landmark geometry. */
const EPSILON = 1e-6;
/** A step clearly inside or outside a limit. */
const STEP = 1e-3;

const FRAME = { widthPx: 640, heightPx: 480 };
const GUIDE = captureGuide(SPEC, FRAME);
const TARGET: FaceShape = { heightPx: GUIDE.faceHeightPx, centre: { x: GUIDE.centreX, y: (GUIDE.crownY + GUIDE.chinY) / 2 } };

const GOOD_LIGHT: FaceLight = {
  luminance: { mean: 0.35, variance: 0.02, underExposedShare: 0.2, overExposedShare: 0 },
  illumination: { intersection: 0.8, darkerSide: 'image-left', meanDifference: 0.02, leftPixels: 5000, rightPixels: 5000 },
};

function frame(shape: Partial<FaceShape> = {}, light: FaceLight | null = GOOD_LIGHT): CaptureFrame {
  return { frame: FRAME, face: syntheticLandmarks({ ...TARGET, ...shape }), light };
}

function check(id: CaptureCheckId, input: CaptureFrame, failing: CaptureCheckId[] = [], spec: PhotoSpec = SPEC) {
  const found = captureChecks(spec, input, new Set(failing)).find((c) => c.id === id);
  if (!found) throw new Error(`no ${id} check`);
  return found;
}

describe('captureChecks: the whole list', () => {
  it('no face: "no-face" first, everything else unknown, not green', () => {
    const checks = captureChecks(SPEC, { frame: FRAME, face: null, light: null });
    expect(checks.map((c) => c.id)).toEqual([...CAPTURE_CHECK_ORDER]);
    expect(checks.map((c) => c.status)).toEqual(['fix', 'unknown', 'unknown', 'unknown', 'unknown', 'unknown', 'unknown', 'unknown', 'unknown']);
    expect(firstHint(checks)).toBe('no-face');
    expect(allGreen(checks)).toBe(false);
  });

  it('a face on the guide, level, frontal, eyes open, mouth closed, well lit: all green', () => {
    const checks = captureChecks(SPEC, frame());
    expect(checks.filter((c) => c.status !== 'ok')).toEqual([]);
    expect(firstHint(checks)).toBeNull();
    expect(allGreen(checks)).toBe(true);
    expect(check('distance', frame()).measured).toBeCloseTo(1, 6);
  });

  it('unknown light and missing blendshapes neither pass nor block', () => {
    const checks = captureChecks(SPEC, frame({ blendshapes: {} }, null));
    expect(checks.filter((c) => c.status === 'unknown').map((c) => c.id)).toEqual(['light', 'eyes', 'mouth', 'even-light']);
    expect(allGreen(checks)).toBe(true);
  });

  it('gives the most important hint first: too dark before too far, too far before a tilt, a tilt before the eyes', () => {
    const dark: FaceLight = { ...GOOD_LIGHT, luminance: { ...GOOD_LIGHT.luminance, underExposedShare: 0.95 } };
    const many = frame({ heightPx: GUIDE.faceHeightPx * 0.5, rollDeg: 10, blendshapes: { eyeBlinkLeft: 0.9, eyeBlinkRight: 0.9, jawOpen: 0.5 } }, dark);
    const checks = captureChecks(SPEC, many);
    expect(checks.filter((c) => c.status === 'fix').map((c) => c.hint)).toEqual(['too-dark', 'move-closer', 'level-head', 'open-eyes', 'close-mouth']);
    expect(firstHint(checks)).toBe('too-dark');
    expect([...failingChecks(checks)]).toEqual(['light', 'distance', 'level', 'eyes', 'mouth']);
  });
});

describe('distance: face height against the guide', () => {
  it.each([
    [0.5, 'move-closer'],
    [FACE_SIZE_MIN_RATIO - STEP, 'move-closer'],
    [FACE_SIZE_MIN_RATIO + EPSILON, null],
    [1, null],
    [FACE_SIZE_MAX_RATIO - EPSILON, null],
    [FACE_SIZE_MAX_RATIO + STEP, 'move-farther'],
    [1.5, 'move-farther'],
  ] as const)('%s × the target → %s', (ratio, hint) => {
    const c = check('distance', frame({ heightPx: GUIDE.faceHeightPx * ratio }));
    expect(c.hint).toBe(hint);
    expect(c.status).toBe(hint ? 'fix' : 'ok');
    expect(c.measured).toBeCloseTo(ratio, 6);
  });

  it.each([
    // After failing, the face must come 10 % of the way back towards the target: 0.865 and 1.09.
    [0.86, 'move-closer'],
    [0.87, null],
    [1.095, 'move-farther'],
    [1.085, null],
  ] as const)('hysteresis: %s × after failing → %s', (ratio, hint) => {
    expect(check('distance', frame({ heightPx: GUIDE.faceHeightPx * ratio }), ['distance']).hint).toBe(hint);
  });

  it('measures without the hair where the spec does', () => {
    // Without hair the crown is lower: the same face reads smaller against the guide's (also hairless) target.
    const noHair = { ...SPEC, faceHeightIncludesHair: false };
    expect(check('distance', frame(), [], noHair).measured).toBeCloseTo((1 + SKULL_ABOVE_FOREHEAD_RATIO) / (1 + CROWN_ABOVE_FOREHEAD_RATIO), 6);
  });
});

describe('position: left and right in the person’s own terms', () => {
  const tol = POSITION_TOLERANCE_FACE_SHARE * GUIDE.faceHeightPx;
  it.each([
    // dx > 0: right of the guide in the unmirrored frame = the person's left, so they move to their right.
    [tol * (1 + STEP), 0, 'move-right'],
    [tol * (1 - STEP), 0, null],
    [-tol * (1 - STEP), 0, null],
    [-tol * (1 + STEP), 0, 'move-left'],
    // dy > 0: too low in the frame.
    [0, tol * (1 + STEP), 'move-up'],
    [0, tol * (1 - STEP), null],
    [0, -tol * (1 - STEP), null],
    [0, -tol * (1 + STEP), 'move-down'],
    // Both out: the axis further out is fixed first.
    [2 * tol, 1.5 * tol, 'move-right'],
    [1.5 * tol, -2 * tol, 'move-down'],
  ] as const)('offset (%s, %s) px → %s', (dx, dy, hint) => {
    const c = check('position', frame({ centre: { x: TARGET.centre.x + dx, y: TARGET.centre.y + dy } }));
    expect(c.hint).toBe(hint);
  });

  it('asks to move down when the tallest hair would be cut off by the frame top', () => {
    // A document whose crown line sits 0.5 mm under the photo's top edge: a face a little high leaves no head room.
    const crownAtTop: PhotoSpec = { ...SPEC, topMarginMm: { min: 0.5, max: 0.5 } };
    const g = captureGuide(crownAtTop, FRAME);
    const shape = { heightPx: g.faceHeightPx, centre: { x: g.centreX, y: (g.crownY + g.chinY) / 2 - 0.07 * g.faceHeightPx } };
    const input = { frame: FRAME, face: syntheticLandmarks(shape), light: GOOD_LIGHT };
    expect(check('position', input, [], crownAtTop).hint).toBe('move-down');
    const centred = { frame: FRAME, face: syntheticLandmarks({ ...shape, centre: { x: g.centreX, y: (g.crownY + g.chinY) / 2 } }), light: GOOD_LIGHT };
    expect(check('position', centred, [], crownAtTop).hint).toBeNull();
  });
});

describe('level, straight, eyes, mouth', () => {
  it.each([
    [0, null],
    [ROLL_HINT_DEG - STEP, null],
    [-(ROLL_HINT_DEG - STEP), null],
    [ROLL_HINT_DEG + STEP, 'level-head'],
    [-8, 'level-head'],
  ] as const)('roll %s° → %s', (rollDeg, hint) => {
    expect(check('level', frame({ rollDeg })).hint).toBe(hint);
  });

  it('roll hysteresis: 2.8° stays red after failing, 2.6° clears', () => {
    expect(check('level', frame({ rollDeg: 2.8 }), ['level']).hint).toBe('level-head');
    expect(check('level', frame({ rollDeg: 2.6 }), ['level']).hint).toBeNull();
  });

  it.each([
    [0, 0, null],
    [YAW_LIMIT_DEG - STEP, -(PITCH_LIMIT_DEG - STEP), null],
    // Positive yaw is turned to the image right, the person's left: they turn back to their right.
    [YAW_LIMIT_DEG + STEP, 0, 'turn-right'],
    [-(YAW_LIMIT_DEG + STEP), 0, 'turn-left'],
    [0, PITCH_LIMIT_DEG + STEP, 'look-straight'],
    [0, -12, 'look-straight'],
    [6, 9, 'look-straight'],
    [12, 6, 'turn-right'],
  ] as const)('yaw %s°, pitch %s° → %s', (yawDeg, pitchDeg, hint) => {
    expect(check('straight', frame({ yawDeg, pitchDeg })).hint).toBe(hint);
  });

  it.each([
    [0.1, 0.1, null],
    [EYE_BLINK_WARN - STEP, 0.1, null],
    // The report flags a blink score at its threshold already.
    [0.1, EYE_BLINK_WARN, 'open-eyes'],
    [0.9, 0.9, 'open-eyes'],
  ] as const)('eyeBlink %s / %s → %s', (eyeBlinkLeft, eyeBlinkRight, hint) => {
    expect(check('eyes', frame({ blendshapes: { eyeBlinkLeft, eyeBlinkRight, jawOpen: 0 } })).hint).toBe(hint);
  });

  it.each([
    [0, null],
    [JAW_OPEN_WARN - STEP, null],
    [JAW_OPEN_WARN, 'close-mouth'],
    [0.6, 'close-mouth'],
  ] as const)('jawOpen %s → %s', (jawOpen, hint) => {
    expect(check('mouth', frame({ blendshapes: { eyeBlinkLeft: 0, eyeBlinkRight: 0, jawOpen } })).hint).toBe(hint);
  });
});

describe('light', () => {
  const withDark = (underExposedShare: number): FaceLight => ({ ...GOOD_LIGHT, luminance: { ...GOOD_LIGHT.luminance, underExposedShare } });
  it.each([
    [0.2, null],
    [DARK_SHARE_WARN - STEP, null],
    [DARK_SHARE_WARN, 'too-dark'],
    [1, 'too-dark'],
  ] as const)('share of the face in shadow %s → %s', (share, hint) => {
    expect(check('light', frame({}, withDark(share))).hint).toBe(hint);
  });

  const uneven = (intersection: number, darkerSide: 'image-left' | 'image-right'): FaceLight => ({
    ...GOOD_LIGHT,
    illumination: { ...GOOD_LIGHT.illumination, intersection, darkerSide },
  });
  it.each([
    [0.9, 'image-left', null],
    [ILLUMINATION_WARN_BELOW, 'image-left', null],
    // The image-left half is the person's right cheek.
    [ILLUMINATION_WARN_BELOW - STEP, 'image-left', 'shadow-right'],
    [0.1, 'image-right', 'shadow-left'],
  ] as const)('halves intersect %s, darker %s → %s', (intersection, side, hint) => {
    expect(check('even-light', frame({}, uneven(intersection, side))).hint).toBe(hint);
  });

  it('uneven-light hysteresis: 0.42 stays red after failing (needs 0.46)', () => {
    expect(check('even-light', frame({}, uneven(0.42, 'image-left')), ['even-light']).hint).toBe('shadow-right');
    expect(check('even-light', frame({}, uneven(0.47, 'image-left')), ['even-light']).hint).toBeNull();
  });
});

describe('within', () => {
  it.each([
    [5, 0, 5, false, false, true],
    [5, 0, 5, false, true, false],
    [4.6, 0, 5, true, false, false],
    [4.5, 0, 5, true, false, true],
    [0.4, 1, 0.4, false, false, true],
    [0.45, 1, 0.4, true, false, false],
    [0.46, 1, 0.4, true, false, true],
  ] as const)('value %s, ideal %s, limit %s, was failing %s, at-limit fails %s → %s', (value, ideal, limit, was, atLimitFails, expected) => {
    expect(within(value, ideal, limit, was, atLimitFails)).toBe(expected);
  });
});
