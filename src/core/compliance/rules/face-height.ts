import type { ComplianceInput } from '../compliance-input';
import { makeFinding, roundTo, type Finding } from '../finding';
import { gradeBand } from '../grade-band';

/** Crown to chin on the printed photo against the spec's tolerance (MOFA: 34 ± 2 mm for the passport). */
export function checkFaceHeight({ spec, face, plan }: ComplianceInput): Finding {
  const range = spec.faceHeightMm;
  const { status, verdict } = gradeBand(plan.faceHeightMm, range);
  const parts = {
    measured: plan.faceHeightMm,
    limit: { min: range.min, max: range.max },
    unit: 'mm' as const,
    params: { value: roundTo(plan.faceHeightMm, 1), min: range.min, max: range.max },
  };
  if (status === 'fail') return makeFinding('face-height', 'fail', verdict === 'below' ? 'too-small' : 'too-large', parts);
  // The hair reaches the photo's top edge: the real crown is higher, so the face is larger than measured.
  if (face.crownCutOff) return makeFinding('face-height', 'warn', 'crown-cut-off', parts);
  if (face.crownSource === 'estimate') return makeFinding('face-height', 'warn', 'provisional', parts);
  // Honest doubt (issue 15): where a person could not see the edge either, say so until they have checked it.
  if (face.chinEdgeWeak && face.chinSource !== 'user') return makeFinding('face-height', 'warn', 'chin-unclear', parts);
  if (face.crownEdgeSoft && face.crownSource === 'matte') return makeFinding('face-height', 'warn', 'crown-unclear', parts);
  return makeFinding('face-height', status, verdict === 'near-limit' ? 'near-limit' : 'ok', parts);
}
