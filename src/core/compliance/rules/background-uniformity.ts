import type { ComplianceInput } from '../compliance-input';
import { gradeHigh, makeFinding, roundTo, worstOf, type Finding } from '../finding';

/**
 * Lightness range (P5–P95, CIE L*) of a kept background. Even walls read 0–4, mottled studio backdrops of the
 * fixture portraits 8–14, a wall darkening from sRGB 240 to 190 top to bottom 16, a shadow over a third of it 24.
 * Japanese rules ask for no shadow and no gradation (影・グラデーションなし).
 */
export const BACKGROUND_SPREAD_WARN_L = 10;
export const BACKGROUND_SPREAD_FAIL_L = 20;
/**
 * BackgroundUniformity (0x42), OFIQ quality = 190 · (1 − sigmoid((gradient − 10) / 100)): 50 at 113, 25 at 198
 * (the light rules' convention). Catches patterned or cluttered backgrounds; sensor noise on a plain wall stays
 * below 80.
 */
export const BACKGROUND_GRADIENT_WARN = 113;
export const BACKGROUND_GRADIENT_FAIL = 198;

/** A kept background must be plain: no shadow, no gradient, no pattern (ICAO Doc 9303: plain, uniform). */
export function checkBackgroundUniformity({ background }: ComplianceInput): Finding | null {
  if (!background.kept || !background.stats) return null;
  const { lightnessSpread, gradientMean } = background.stats;
  const worst = worstOf([
    { verdict: 'uneven', value: lightnessSpread, warn: BACKGROUND_SPREAD_WARN_L, unit: 'lightness' as const, status: gradeHigh(lightnessSpread, BACKGROUND_SPREAD_WARN_L, BACKGROUND_SPREAD_FAIL_L), towardsFail: lightnessSpread / BACKGROUND_SPREAD_FAIL_L },
    { verdict: 'textured', value: gradientMean, warn: BACKGROUND_GRADIENT_WARN, unit: 'gradient' as const, status: gradeHigh(gradientMean, BACKGROUND_GRADIENT_WARN, BACKGROUND_GRADIENT_FAIL), towardsFail: gradientMean / BACKGROUND_GRADIENT_FAIL },
  ]);
  // A passing background reports its lightness range, the figure a shadow would change.
  const shown = worst.status === 'pass' ? { verdict: 'ok', value: lightnessSpread, warn: BACKGROUND_SPREAD_WARN_L, unit: 'lightness' as const } : worst;
  return makeFinding('background-uniformity', worst.status, shown.verdict, {
    measured: shown.value,
    limit: { max: shown.warn },
    unit: shown.unit,
    params: { value: roundTo(shown.value, 0) },
  });
}
