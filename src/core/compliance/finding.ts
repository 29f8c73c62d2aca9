/**
 * One line of the compliance report. The core has no i18n: a finding names its message and its fix by i18n key
 * (namespace "compliance") and carries the numbers those texts need as params.
 */

/** Every automatic check, in the order the report lists findings of equal status. */
export const RULE_NAMES = [
  'single-face',
  'face-height',
  'top-margin',
  'centring',
  'eye-line',
  'resolution',
  'roll',
  'yaw',
  'pitch',
  'gaze',
  'eyes-open',
  'mouth-closed',
  'neutral-expression',
  'exposure',
  'illumination',
  'dynamic-range',
  'sharpness',
  'background-uniformity',
  'background-colour',
  'mirrored-selfie',
] as const;
export type RuleName = (typeof RULE_NAMES)[number];

/** pass: meets the rule; warn: near or just past a limit, or our measurement is not certain enough; fail: would likely be refused. */
export type FindingStatus = 'pass' | 'warn' | 'fail';

/** Worst first. */
export const STATUS_ORDER: readonly FindingStatus[] = ['fail', 'warn', 'pass'];

/** 2 for fail, 1 for warn, 0 for pass: higher is worse. */
export function severity(status: FindingStatus): number {
  return STATUS_ORDER.length - 1 - STATUS_ORDER.indexOf(status);
}

interface Graded {
  readonly status: FindingStatus;
  readonly towardsFail: number;
}

/**
 * The worst of several sub-measurements of one rule: highest status first, then the one furthest towards its
 * failing value (`towardsFail`, 1 = at the failing value).
 */
export function worstOf<T extends Graded>(candidates: readonly [T, ...T[]]): T;
export function worstOf<T extends Graded>(candidates: readonly T[]): T | null;
export function worstOf<T extends Graded>(candidates: readonly T[]): T | null {
  let worst: T | null = null;
  for (const c of candidates) {
    if (!worst || severity(c.status) > severity(worst.status) || (c.status === worst.status && c.towardsFail > worst.towardsFail)) worst = c;
  }
  return worst;
}

/**
 * Units of `measured` and of the limit, already in the unit the user reads (percent, not a 0..1 share), so the
 * UI only formats: mm on the printed photo, degrees, blendshape or OFIQ raw scores 0..1, a ratio, percent,
 * effective dots per inch, a count of faces, bits of entropy, CIE L* units, CIE ΔE*ab, luminance gradient levels.
 */
export type FindingUnit = 'mm' | 'deg' | 'score' | 'ratio' | 'percent' | 'dpi' | 'faces' | 'bits' | 'lightness' | 'delta-e' | 'gradient';

/** The range a measurement should stay in, in the finding's unit; either end may be open. */
export interface NumericLimit {
  readonly min?: number;
  readonly max?: number;
}

/**
 * What the rule asks for: the spec's tolerance, the authority's limit (ICAO, ISO/IEC 29794-5), or our own
 * threshold where no authority sets a number. A string is an i18n key (compliance:limits.*) for limits that are
 * not a number ("not mirrored").
 */
export type FindingLimit = NumericLimit | string;

export type FindingParams = Readonly<Record<string, string | number>>;

export interface Finding {
  readonly rule: RuleName;
  readonly status: FindingStatus;
  /** The value measured, in `unit`; null when the rule has no number (a reminder). */
  readonly measured: number | null;
  readonly limit: FindingLimit;
  /** Null when there is no number (a reminder). */
  readonly unit: FindingUnit | null;
  /** i18n key of the one-line verdict, e.g. "messages.face-height.too-small". */
  readonly messageKey: string;
  /** i18n key of the one-line fix; null when there is nothing to do. */
  readonly fixKey: string | null;
  readonly params: FindingParams;
}

interface FindingParts {
  readonly measured: number | null;
  readonly limit: FindingLimit;
  readonly unit: FindingUnit | null;
  readonly params?: FindingParams;
}

/**
 * Builds a finding whose message and fix live under messages.<rule>.<verdict> and fixes.<rule>.<verdict>.
 * Passing findings have no fix.
 */
export function makeFinding(rule: RuleName, status: FindingStatus, verdict: string, parts: FindingParts): Finding {
  return {
    rule,
    status,
    measured: parts.measured,
    limit: parts.limit,
    unit: parts.unit,
    messageKey: `messages.${rule}.${verdict}`,
    fixKey: status === 'pass' ? null : `fixes.${rule}.${verdict}`,
    params: parts.params ?? {},
  };
}

/** Status of a value that is worse the higher it is: warn from warnAt, fail from failAt (both inclusive). */
export function gradeHigh(value: number, warnAt: number, failAt: number): FindingStatus {
  if (value >= failAt) return 'fail';
  if (value >= warnAt) return 'warn';
  return 'pass';
}

/** Status of a value that is worse the lower it is: warn below warnBelow, fail below failBelow. */
export function gradeLow(value: number, warnBelow: number, failBelow: number): FindingStatus {
  if (value < failBelow) return 'fail';
  if (value < warnBelow) return 'warn';
  return 'pass';
}

/** Rounds for the params a message shows (the raw value stays in `measured`). */
export function roundTo(value: number, decimals: number): number {
  const f = 10 ** decimals;
  return Math.round(value * f) / f;
}
