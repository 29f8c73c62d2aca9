import type { ComplianceInput } from '../compliance-input';
import { gradeHigh, makeFinding, roundTo, worstOf, type Finding } from '../finding';

/*
 * Light rules follow one convention: warn where OFIQ's quality score for the measure drops below 50 (its
 * midpoint), fail below 25. The raw values below are those points of OFIQ's mappings (ofiq_config.jaxn and
 * the measure sources), rounded.
 */

/** OverExposurePrevention (0x47): quality = 1 / (share of levels 247–255 + 0.01); 50 at 1 %, 25 at 3 %. */
export const CLIPPED_SHARE_WARN = 0.01;
export const CLIPPED_SHARE_FAIL = 0.03;
/**
 * UnderExposurePrevention (0x46): quality = 120 · (0.832 − sigmoid((share − 0.92) / 0.05)) over levels 0–25;
 * 50 at 90 %, 25 at 94.5 %. Deliberately lenient: levels 0–25 are linear light, so a correctly lit dark-skinned
 * face already has most pixels there (a fixture portrait: 80 %).
 */
export const DARK_SHARE_WARN = 0.9;
export const DARK_SHARE_FAIL = 0.945;
/**
 * LuminanceMean (0x44): quality = 100 · sigmoid((m − 0.2) / 0.05) · (1 − sigmoid((m − 0.8) / 0.05)); 50 at
 * 0.8, 25 at 0.855 on the bright side. Its dark side (50 at 0.2) is not used: well-lit fixture faces with dark
 * skin measure 0.07, so a low mean says more about skin than about light; the dark-share test covers darkness.
 */
export const MEAN_BRIGHT_WARN = 0.8;
export const MEAN_BRIGHT_FAIL = 0.855;

const PERCENT = 100;

/** Face exposure: clipped highlights, a face lost in shadow, or an overall too-bright face. */
export function checkExposure({ faceStats }: ComplianceInput): Finding | null {
  if (!faceStats) return null;
  const { mean, underExposedShare, overExposedShare } = faceStats.luminance;
  const worst = worstOf([
    { verdict: 'clipped', value: overExposedShare, warn: CLIPPED_SHARE_WARN, status: gradeHigh(overExposedShare, CLIPPED_SHARE_WARN, CLIPPED_SHARE_FAIL), towardsFail: overExposedShare / CLIPPED_SHARE_FAIL },
    { verdict: 'too-dark', value: underExposedShare, warn: DARK_SHARE_WARN, status: gradeHigh(underExposedShare, DARK_SHARE_WARN, DARK_SHARE_FAIL), towardsFail: underExposedShare / DARK_SHARE_FAIL },
    { verdict: 'too-bright', value: mean, warn: MEAN_BRIGHT_WARN, status: gradeHigh(mean, MEAN_BRIGHT_WARN, MEAN_BRIGHT_FAIL), towardsFail: mean / MEAN_BRIGHT_FAIL },
  ]);
  // A passing face reports its mean brightness: the one number a user can relate to.
  const [verdict, value, warn] = worst.status === 'pass' ? ['ok', mean, MEAN_BRIGHT_WARN] : [worst.verdict, worst.value, worst.warn];
  return makeFinding('exposure', worst.status, verdict, {
    measured: value * PERCENT,
    limit: { max: warn * PERCENT },
    unit: 'percent',
    params: { percent: roundTo(value * PERCENT, 1), limit: warn * PERCENT },
  });
}
