import type { ComplianceInput } from '../compliance-input';
import { makeFinding, roundTo, type Finding } from '../finding';
import { gradeBand } from '../grade-band';

/**
 * The face's centre line against the photo's vertical centre line (ISO/IEC 19794-5: eye midpoint within
 * 45–55 % of the width; the spec gives the tolerance in mm).
 */
export function checkCentring({ spec, plan }: ComplianceInput): Finding {
  const tolerance = spec.centringToleranceMm;
  const { status, verdict } = gradeBand(plan.offsetXMm, { min: -tolerance, max: tolerance });
  const parts = {
    measured: plan.offsetXMm,
    limit: { min: -tolerance, max: tolerance },
    unit: 'mm' as const,
    params: { value: roundTo(Math.abs(plan.offsetXMm), 1), tolerance },
  };
  if (status === 'fail') return makeFinding('centring', 'fail', verdict === 'below' ? 'off-left' : 'off-right', parts);
  return makeFinding('centring', status, verdict === 'near-limit' ? 'near-limit' : 'ok', parts);
}
