import type { ComplianceInput } from '../compliance-input';
import { gradeHigh, makeFinding, roundTo, worstOf, type Finding } from '../finding';
import { blendshape, maxOfPair } from './blendshape';

export type ExpressionCue = 'smile' | 'brows-raised' | 'frown';

interface CueThresholds {
  readonly cue: ExpressionCue;
  /** Score of the blendshape(s), null when missing. */
  readonly score: (expression: Readonly<Record<string, number>>) => number | null;
  readonly warn: number;
  readonly fail: number;
}

/**
 * What breaks a neutral expression (ICAO Doc 9303: neutral, no smile; MOFA: 無表情), and where. Smiles: the two
 * unsmiling fixture portraits scored ≤ 0.05, the slightest visible smile 0.46, so 0.25 warns and 0.4 fails.
 * Raised brows: fixture faces at rest ≤ 0.27, a laugh 0.51. Frown (mouth corners down): 0 on the fixtures; set
 * between the other two until calibrated. browDown is not used: relaxed faces with heavy brows or glasses read
 * up to 0.67 on the fixtures.
 */
export const EXPRESSION_CUES: readonly CueThresholds[] = [
  { cue: 'smile', score: (e) => maxOfPair(e, 'mouthSmile'), warn: 0.25, fail: 0.4 },
  { cue: 'brows-raised', score: (e) => maxOf(blendshape(e, 'browInnerUp'), maxOfPair(e, 'browOuterUp')), warn: 0.5, fail: 0.7 },
  { cue: 'frown', score: (e) => maxOfPair(e, 'mouthFrown'), warn: 0.4, fail: 0.6 },
];

function maxOf(a: number | null, b: number | null): number | null {
  if (a === null) return b;
  if (b === null) return a;
  return Math.max(a, b);
}

/**
 * Neutral expression (ISO/IEC 29794-5 ExpressionNeutrality, 0x5b, which OFIQ learns with a CNN): here the
 * blendshape cue furthest towards its failing score names the problem.
 */
export function checkNeutralExpression({ face }: ComplianceInput): Finding | null {
  const measured = EXPRESSION_CUES.flatMap((cue) => {
    const score = cue.score(face.expression);
    return score === null ? [] : [{ cue, score, status: gradeHigh(score, cue.warn, cue.fail), towardsFail: score / cue.fail }];
  });
  const worst = worstOf(measured);
  if (!worst) return null;
  const { cue, score, status } = worst;
  return makeFinding('neutral-expression', status, status === 'pass' ? 'ok' : cue.cue, {
    measured: score,
    limit: { max: cue.warn },
    unit: 'score',
    params: { score: roundTo(score, 2), cue: cue.cue },
  });
}
