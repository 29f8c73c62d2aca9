import { deltaE76, parseHexColour, srgbToLab } from '../../image-stats/srgb-to-lab';
import type { ComplianceInput } from '../compliance-input';
import { gradeHigh, makeFinding, roundTo, type Finding } from '../finding';

/**
 * CIE76 ΔE from the nearest colour the spec allows. 10 is a clearly different shade side by side (2.3 is just
 * noticeable): a white wall in room light, L* ≈ 85, is within 10 of the light grey the specs allow. 20 is a
 * different colour or a much darker wall, which the "pale, plain" rules exclude.
 */
export const BACKGROUND_DELTA_E_WARN = 10;
export const BACKGROUND_DELTA_E_FAIL = 20;

function hex(value: number): string {
  return Math.max(0, Math.min(255, Math.round(value))).toString(16).padStart(2, '0');
}

/** A kept background's mean colour against the spec's allowed colours. */
export function checkBackgroundColour({ spec, background }: ComplianceInput): Finding | null {
  if (!background.kept || !background.stats) return null;
  const { meanLab, meanRgb } = background.stats;
  const candidates = spec.background.allowed.length > 0 ? spec.background.allowed : [spec.background.default];
  let nearest = spec.background.default;
  let nearestDelta = Infinity;
  for (const allowed of candidates) {
    const delta = deltaE76(meanLab, srgbToLab(parseHexColour(allowed)));
    if (delta < nearestDelta) {
      nearest = allowed;
      nearestDelta = delta;
    }
  }
  const status = gradeHigh(nearestDelta, BACKGROUND_DELTA_E_WARN, BACKGROUND_DELTA_E_FAIL);
  // Darker than the allowed colour or a different hue: the fix differs (more light vs another wall).
  const verdict = status === 'pass' ? 'ok' : meanLab.l < srgbToLab(parseHexColour(nearest)).l - nearestDelta / 2 ? 'too-dark' : 'off-colour';
  return makeFinding('background-colour', status, verdict, {
    measured: nearestDelta,
    limit: { max: BACKGROUND_DELTA_E_WARN },
    unit: 'delta-e',
    params: { deltaE: roundTo(nearestDelta, 0), measuredColour: `#${hex(meanRgb.r)}${hex(meanRgb.g)}${hex(meanRgb.b)}`, allowedColour: nearest },
  });
}
