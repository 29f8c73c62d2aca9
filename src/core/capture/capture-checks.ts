import { distance, midpointOf } from '../geometry';
import { LANDMARK, type FaceLandmarks } from '../face/model-outputs';
import { measureFace } from '../face/measure-face';
import { blendshape, maxOfPair } from '../compliance/rules/blendshape';
import { DARK_SHARE_WARN } from '../compliance/rules/exposure';
import { EYE_BLINK_WARN } from '../compliance/rules/eyes-open';
import { PITCH_LIMIT_DEG, YAW_LIMIT_DEG } from '../compliance/rules/head-pose-limits';
import { ILLUMINATION_WARN_BELOW } from '../compliance/rules/illumination';
import { JAW_OPEN_WARN } from '../compliance/rules/mouth-closed';
import { AUTO_LEVEL_WARN_DEG } from '../compliance/rules/roll';
import type { PhotoSpec } from '../photo-spec';
import { captureGuide, type FrameSize } from './capture-guide';
import type { FaceLight } from './measure-face-light';

/**
 * The solver scales any face to the spec, so the size only has to leave room and resolution. 15 % under the target
 * costs 15 % of the pixels (a 720p camera then gives a passport face ~370 px, near the report's 300 dpi pass).
 */
export const FACE_SIZE_MIN_RATIO = 0.85;
/** 10 % over the target the photo fills 88 % of the frame, keeping 6 % on each side for the crown's doubt and levelling. */
export const FACE_SIZE_MAX_RATIO = 1.1;
/**
 * Face centre off the guide's centre, as a share of the target face height. At the largest allowed size this still
 * keeps a passport photo inside the frame (0.09 of the frame height used of its 0.10 margin).
 */
export const POSITION_TOLERANCE_FACE_SHARE = 0.08;
/**
 * Head room: the tallest hair on 80 portraits reached 0.71 × (chin − landmark 10) above landmark 10 (ARCHITECTURE.md).
 * Such a crown must still be inside the frame, or the matte cannot find it (the margin above it can be filled).
 */
export const TALL_HAIR_ABOVE_FOREHEAD_RATIO = 0.71;
/** Eye-line tilt the report lets pass silently (its auto-levelling warning starts beyond it). */
export const ROLL_HINT_DEG = AUTO_LEVEL_WARN_DEG;
/**
 * A measure hovering at a limit would make the hint flicker at the frame rate: a check that failed on the last
 * frame must come back this share of the way from its limit towards the ideal before it passes again.
 */
export const HYSTERESIS_SHARE = 0.1;

/** The checks in the order their hints are given: what undoes the others' fixes goes first. */
export const CAPTURE_CHECK_ORDER = ['face', 'light', 'distance', 'position', 'level', 'straight', 'eyes', 'mouth', 'even-light'] as const;
export type CaptureCheckId = (typeof CAPTURE_CHECK_ORDER)[number];

/** What the user is asked to do, left and right in the photographed person's own terms. */
export const CAPTURE_HINTS = [
  'no-face',
  'too-dark',
  'move-closer',
  'move-farther',
  'move-left',
  'move-right',
  'move-up',
  'move-down',
  'level-head',
  'turn-left',
  'turn-right',
  'look-straight',
  'open-eyes',
  'close-mouth',
  'shadow-left',
  'shadow-right',
] as const;
export type CaptureHint = (typeof CAPTURE_HINTS)[number];

/** 'unknown': the frame cannot tell (no face, no blendshapes); it neither passes nor blocks on its own. */
export type CaptureCheckStatus = 'ok' | 'fix' | 'unknown';

export interface CaptureCheck {
  readonly id: CaptureCheckId;
  readonly status: CaptureCheckStatus;
  /** What to ask for while the status is 'fix'. */
  readonly hint: CaptureHint | null;
  /** The measure the check judged (its own unit: ratio, share, degrees, score), null when unknown. */
  readonly measured: number | null;
}

/** One analysed camera frame. */
export interface CaptureFrame {
  readonly frame: FrameSize;
  /** The largest face in the frame, landmarks in frame pixels (unmirrored); null when none was found. */
  readonly face: FaceLandmarks | null;
  /** Light on that face, or null when it could not be measured. */
  readonly light: FaceLight | null;
}

/**
 * Passes when `value` lies on the ideal's side of `limit` (on the limit itself too, unless `atLimitFails`, which
 * copies the report's rules that flag a score at or above their threshold). A check that failed last frame must
 * clear the limit by HYSTERESIS_SHARE of its distance from the ideal.
 */
export function within(value: number, ideal: number, limit: number, wasFailing: boolean, atLimitFails = false): boolean {
  const reach = (limit - ideal) * (wasFailing ? 1 - HYSTERESIS_SHARE : 1);
  const bound = ideal + reach;
  if (atLimitFails && value === bound) return false;
  return reach >= 0 ? value <= bound : value >= bound;
}

const unknown = (id: CaptureCheckId): CaptureCheck => ({ id, status: 'unknown', hint: null, measured: null });
const ok = (id: CaptureCheckId, measured: number | null): CaptureCheck => ({ id, status: 'ok', hint: null, measured });
const fix = (id: CaptureCheckId, hint: CaptureHint, measured: number | null): CaptureCheck => ({ id, status: 'fix', hint, measured });

/**
 * Every live check for one frame, in CAPTURE_CHECK_ORDER. `failing` holds the checks that failed on the previous
 * frame (hysteresis). Thresholds are the compliance report's own where one exists, so a frame the hints accept is
 * not then flagged by the report.
 */
export function captureChecks(spec: PhotoSpec, input: CaptureFrame, failing: ReadonlySet<CaptureCheckId> = new Set()): CaptureCheck[] {
  const face = input.face;
  if (!face) return CAPTURE_CHECK_ORDER.map((id) => (id === 'face' ? fix('face', 'no-face', null) : unknown(id)));
  const was = (id: CaptureCheckId): boolean => failing.has(id);
  const guide = captureGuide(spec, input.frame);
  const m = measureFace([face], input.frame, null);
  const crown = spec.faceHeightIncludesHair ? m.crown : m.crownWithoutHair;
  const faceHeightPx = distance(crown, m.chin);

  const checks: CaptureCheck[] = [ok('face', 1)];

  const dark = input.light?.luminance.underExposedShare;
  checks.push(dark === undefined ? unknown('light') : within(dark, 0, DARK_SHARE_WARN, was('light'), true) ? ok('light', dark) : fix('light', 'too-dark', dark));

  const size = faceHeightPx / guide.faceHeightPx;
  if (!within(size, 1, FACE_SIZE_MIN_RATIO, was('distance'))) checks.push(fix('distance', 'move-closer', size));
  else if (!within(size, 1, FACE_SIZE_MAX_RATIO, was('distance'))) checks.push(fix('distance', 'move-farther', size));
  else checks.push(ok('distance', size));

  checks.push(positionCheck(face, guide, crown.y, m.chin.y, midpointOf(m.faceImageLeft, m.faceImageRight).x, was('position')));

  checks.push(within(Math.abs(m.rollDeg), 0, ROLL_HINT_DEG, was('level')) ? ok('level', m.rollDeg) : fix('level', 'level-head', m.rollDeg));

  const { yawDeg, pitchDeg } = m.pose;
  const yawOk = within(Math.abs(yawDeg), 0, YAW_LIMIT_DEG, was('straight'));
  const pitchOk = within(Math.abs(pitchDeg), 0, PITCH_LIMIT_DEG, was('straight'));
  if (yawOk && pitchOk) checks.push(ok('straight', Math.max(Math.abs(yawDeg), Math.abs(pitchDeg))));
  else if (!yawOk && Math.abs(yawDeg) / YAW_LIMIT_DEG >= Math.abs(pitchDeg) / PITCH_LIMIT_DEG) {
    // Positive yaw: turned towards the image right, which is the person's own left; they turn back to their right.
    checks.push(fix('straight', yawDeg > 0 ? 'turn-right' : 'turn-left', yawDeg));
  } else checks.push(fix('straight', 'look-straight', pitchDeg));

  const blink = maxOfPair(m.expression, 'eyeBlink');
  checks.push(blink === null ? unknown('eyes') : within(blink, 0, EYE_BLINK_WARN, was('eyes'), true) ? ok('eyes', blink) : fix('eyes', 'open-eyes', blink));

  // jawOpen, not the lip gap the report measures: a few pixels of lip gap in a 480 px frame is landmark noise.
  const jaw = blendshape(m.expression, 'jawOpen');
  checks.push(jaw === null ? unknown('mouth') : within(jaw, 0, JAW_OPEN_WARN, was('mouth'), true) ? ok('mouth', jaw) : fix('mouth', 'close-mouth', jaw));

  const illumination = input.light?.illumination;
  if (!illumination) checks.push(unknown('even-light'));
  else if (within(illumination.intersection, 1, ILLUMINATION_WARN_BELOW, was('even-light'))) checks.push(ok('even-light', illumination.intersection));
  // The image-left half of the face is the person's right cheek.
  else checks.push(fix('even-light', illumination.darkerSide === 'image-left' ? 'shadow-right' : 'shadow-left', illumination.intersection));

  return checks;
}

function positionCheck(
  face: FaceLandmarks,
  guide: ReturnType<typeof captureGuide>,
  crownY: number,
  chinY: number,
  centreX: number,
  wasFailing: boolean,
): CaptureCheck {
  const dx = (centreX - guide.centreX) / guide.faceHeightPx;
  const dy = ((crownY + chinY) / 2 - (guide.crownY + guide.chinY) / 2) / guide.faceHeightPx;
  const tolerance = POSITION_TOLERANCE_FACE_SHARE;
  const xOk = within(Math.abs(dx), 0, tolerance, wasFailing);
  const yOk = within(Math.abs(dy), 0, tolerance, wasFailing);

  const forehead = face.points[LANDMARK.foreheadTop];
  const chin = face.points[LANDMARK.chin];
  const headRoom = !forehead || !chin || forehead.y - TALL_HAIR_ABOVE_FOREHEAD_RATIO * (chin.y - forehead.y) >= 0;

  const measured = Math.max(Math.abs(dx), Math.abs(dy));
  if (xOk && yOk && headRoom) return ok('position', measured);
  // The axis furthest out is fixed first; a crown too close to the top edge reads as "too high".
  if (!xOk && (yOk || Math.abs(dx) >= Math.abs(dy))) {
    // dx > 0: the face is right of the guide in the unmirrored frame, i.e. to the person's left.
    return fix('position', dx > 0 ? 'move-right' : 'move-left', measured);
  }
  return fix('position', !yOk && dy > 0 ? 'move-up' : 'move-down', measured);
}

/** The one hint to show: the first check, in order, that needs fixing; null when every check is green. */
export function firstHint(checks: readonly CaptureCheck[]): CaptureHint | null {
  return checks.find((c) => c.status === 'fix')?.hint ?? null;
}

/** Green: nothing to fix (unknowns do not block). A frame without a face always has 'no-face' to fix. */
export function allGreen(checks: readonly CaptureCheck[]): boolean {
  return !checks.some((c) => c.status === 'fix');
}

/** The checks to hold to the tighter limit next frame. */
export function failingChecks(checks: readonly CaptureCheck[]): ReadonlySet<CaptureCheckId> {
  return new Set(checks.filter((c) => c.status === 'fix').map((c) => c.id));
}
