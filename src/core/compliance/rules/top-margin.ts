import type { ComplianceInput } from '../compliance-input';
import { makeFinding, roundTo, type Finding } from '../finding';
import { gradeBand } from '../grade-band';

/** Top edge of the photo to the crown against the spec's tolerance. */
export function checkTopMargin({ spec, face, plan }: ComplianceInput): Finding {
  const range = spec.topMarginMm;
  const { status, verdict } = gradeBand(plan.topMarginMm, range);
  const parts = {
    measured: plan.topMarginMm,
    limit: { min: range.min, max: range.max },
    unit: 'mm' as const,
    params: { value: roundTo(plan.topMarginMm, 1), min: range.min, max: range.max },
  };
  if (status === 'fail') return makeFinding('top-margin', 'fail', verdict === 'below' ? 'too-small' : 'too-large', parts);
  if (face.crownCutOff) return makeFinding('top-margin', 'warn', 'crown-cut-off', parts);
  if (face.crownSource === 'estimate') return makeFinding('top-margin', 'warn', 'provisional', parts);
  return makeFinding('top-margin', status, verdict === 'near-limit' ? 'near-limit' : 'ok', parts);
}
