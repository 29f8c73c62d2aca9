import type { ComplianceInput } from '../compliance-input';
import { gradeHigh, makeFinding, roundTo, worstOf, type Finding } from '../finding';
import { blendshape } from './blendshape';

/**
 * Degrees the eyes turn per unit of MediaPipe's eyeLook scores. Fitted on the 20 fixture portraits, whose subjects
 * all look into the lens with the head turned up to 13°: the eyes turn back against the head by 22° (sideways)
 * and 31° (up/down) per unit, so gaze = head pose + eyes-in-head stays near 0.
 */
export const GAZE_DEG_PER_LOOK_SIDEWAYS = 22;
export const GAZE_DEG_PER_LOOK_VERTICAL = 31;
/** With the eyes level in the head, eyeLookDown reads about 0.15 more than eyeLookUp (the lids): fixture fit. */
export const EYE_LOOK_VERTICAL_AT_REST = -0.15;
/**
 * ICAO: eyes looking at the camera. The fixture portraits scatter ±3.6° sideways and ±7.3° vertically around 0,
 * so we warn a little past that scatter and fail where the look is plainly away.
 */
export const GAZE_SIDEWAYS_WARN_DEG = 8;
export const GAZE_SIDEWAYS_FAIL_DEG = 15;
export const GAZE_VERTICAL_WARN_DEG = 12;
export const GAZE_VERTICAL_FAIL_DEG = 20;

const LOOK_NAMES = ['eyeLookInLeft', 'eyeLookOutLeft', 'eyeLookInRight', 'eyeLookOutRight', 'eyeLookUpLeft', 'eyeLookUpRight', 'eyeLookDownLeft', 'eyeLookDownRight'] as const;

/** Where the eyes point relative to the camera: head pose plus the eyes' turn in the head, degrees. */
export function gazeAngles(input: Pick<ComplianceInput, 'face'>): { sidewaysDeg: number; verticalDeg: number } | null {
  const { expression, pose } = input.face;
  const look: Record<string, number> = {};
  for (const name of LOOK_NAMES) {
    const value = blendshape(expression, name);
    if (value === null) return null;
    look[name] = value;
  }
  const at = (name: (typeof LOOK_NAMES)[number]): number => look[name] as number;
  // Both eyes towards the person's left: the left eye looks out, the right eye looks in.
  const sideways = (at('eyeLookOutLeft') + at('eyeLookInRight') - at('eyeLookInLeft') - at('eyeLookOutRight')) / 2;
  const up = (at('eyeLookUpLeft') + at('eyeLookUpRight') - at('eyeLookDownLeft') - at('eyeLookDownRight')) / 2;
  return {
    sidewaysDeg: pose.yawDeg + GAZE_DEG_PER_LOOK_SIDEWAYS * sideways,
    verticalDeg: pose.pitchDeg - GAZE_DEG_PER_LOOK_VERTICAL * (up - EYE_LOOK_VERTICAL_AT_REST),
  };
}

/** Eyes on the camera (ICAO Doc 9303). The worse of the two axes is reported. */
export function checkGaze(input: ComplianceInput): Finding | null {
  const angles = gazeAngles(input);
  if (!angles) return null;
  const axis = (deg: number, warn: number, fail: number, direction: 'sideways' | 'vertical') => ({
    deg,
    warn,
    direction,
    status: gradeHigh(deg, warn, fail),
    towardsFail: deg / fail,
  });
  const worst = worstOf([
    axis(Math.abs(angles.sidewaysDeg), GAZE_SIDEWAYS_WARN_DEG, GAZE_SIDEWAYS_FAIL_DEG, 'sideways'),
    axis(Math.abs(angles.verticalDeg), GAZE_VERTICAL_WARN_DEG, GAZE_VERTICAL_FAIL_DEG, 'vertical'),
  ]);
  const { deg, warn, direction, status } = worst;
  return makeFinding('gaze', status, status === 'pass' ? 'ok' : `away-${direction}`, {
    measured: deg,
    limit: { max: warn },
    unit: 'deg',
    params: { deg: roundTo(deg, 1), limit: warn },
  });
}
