import type { ComplianceInput } from '../compliance-input';
import { gradeHigh, makeFinding, roundTo, type Finding } from '../finding';
import { maxOfPair } from './blendshape';

/**
 * eyeBlink at or above this is "eyes narrowed or closing": MediaPipe's own midpoint, and above every open eye
 * among the fixture portraits (≤ 0.44, reached by broad smiles that squeeze the lids).
 */
export const EYE_BLINK_WARN = 0.5;
/** Lids mostly down (ICAO: eyes open and clearly visible). */
export const EYE_BLINK_FAIL = 0.75;

/** Eyes open (ISO/IEC 29794-5 EyesOpen, 0x4d), from the eyeBlink blendshapes of the more closed eye. */
export function checkEyesOpen({ face }: ComplianceInput): Finding | null {
  const blink = maxOfPair(face.expression, 'eyeBlink');
  if (blink === null) return null;
  const status = gradeHigh(blink, EYE_BLINK_WARN, EYE_BLINK_FAIL);
  return makeFinding('eyes-open', status, status === 'pass' ? 'ok' : 'closing', {
    measured: blink,
    limit: { max: EYE_BLINK_WARN },
    unit: 'score',
    params: { score: roundTo(blink, 2) },
  });
}
