import type { ComplianceInput } from '../compliance-input';
import { makeFinding, roundTo, type Finding } from '../finding';
import { gradeBand } from '../grade-band';

/** Eye midpoint above the bottom edge, where the spec sets a band (US: 28–35 mm; ICAO: 50–70 % of the height). */
export function checkEyeLine({ spec, plan }: ComplianceInput): Finding | null {
  const range = spec.eyeLineFromBottomMm;
  if (!range) return null;
  const { status, verdict } = gradeBand(plan.eyeLineFromBottomMm, range);
  const parts = {
    measured: plan.eyeLineFromBottomMm,
    limit: { min: range.min, max: range.max },
    unit: 'mm' as const,
    params: { value: roundTo(plan.eyeLineFromBottomMm, 1), min: range.min, max: range.max },
  };
  if (status === 'fail') return makeFinding('eye-line', 'fail', verdict === 'below' ? 'too-low' : 'too-high', parts);
  return makeFinding('eye-line', status, verdict === 'near-limit' ? 'near-limit' : 'ok', parts);
}
