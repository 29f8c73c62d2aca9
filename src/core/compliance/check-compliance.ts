import type { ComplianceInput, Rule } from './compliance-input';
import { RULE_NAMES, severity, type Finding } from './finding';
import { checkBackgroundColour } from './rules/background-colour';
import { checkBackgroundUniformity } from './rules/background-uniformity';
import { checkCentring } from './rules/centring';
import { checkDynamicRange } from './rules/dynamic-range';
import { checkExposure } from './rules/exposure';
import { checkEyeLine } from './rules/eye-line';
import { checkEyesOpen } from './rules/eyes-open';
import { checkFaceHeight } from './rules/face-height';
import { checkGaze } from './rules/gaze';
import { checkIllumination } from './rules/illumination';
import { checkMirroredSelfie } from './rules/mirrored-selfie';
import { checkMouthClosed } from './rules/mouth-closed';
import { checkNeutralExpression } from './rules/neutral-expression';
import { checkPitch } from './rules/pitch';
import { checkResolution } from './rules/resolution';
import { checkRoll } from './rules/roll';
import { checkSharpness } from './rules/sharpness';
import { checkSingleFace } from './rules/single-face';
import { checkTopMargin } from './rules/top-margin';
import { checkYaw } from './rules/yaw';

/** Every automatic rule; each returns null when it does not apply to this photo. */
export const RULES: readonly Rule[] = [
  checkSingleFace,
  checkFaceHeight,
  checkTopMargin,
  checkCentring,
  checkEyeLine,
  checkResolution,
  checkRoll,
  checkYaw,
  checkPitch,
  checkGaze,
  checkEyesOpen,
  checkMouthClosed,
  checkNeutralExpression,
  checkExposure,
  checkIllumination,
  checkDynamicRange,
  checkSharpness,
  checkBackgroundUniformity,
  checkBackgroundColour,
  checkMirroredSelfie,
];

/** Worst first (fail, warn, pass); within a status in the report's fixed rule order (RULE_NAMES). */
export function sortFindings(findings: readonly Finding[]): Finding[] {
  return [...findings].sort(
    (a, b) => severity(b.status) - severity(a.status) || RULE_NAMES.indexOf(a.rule) - RULE_NAMES.indexOf(b.rule),
  );
}

/**
 * The automatic compliance report for one photo: geometry against the spec, pose, expression, light,
 * sharpness, resolution and background, modelled on ISO/IEC 29794-5 (OFIQ) with ICAO Doc 9303 limits.
 * A report, not a guarantee: the office decides.
 */
export function checkCompliance(input: ComplianceInput): Finding[] {
  const findings: Finding[] = [];
  for (const rule of RULES) {
    const finding = rule(input);
    if (finding) findings.push(finding);
  }
  return sortFindings(findings);
}
