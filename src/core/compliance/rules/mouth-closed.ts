import { distance, midpointOf, type Point } from '../../geometry';
import type { ComplianceInput } from '../compliance-input';
import { gradeHigh, makeFinding, roundTo, type Finding } from '../finding';
import { blendshape } from './blendshape';

/**
 * Face Mesh inner-lip pairs, upper with lower (13/14 on the midline, then outwards both ways): the landmarks
 * OFIQ's MouthClosed (0x4e) measures between.
 */
export const INNER_LIP_PAIRS: readonly (readonly [number, number])[] = [
  [13, 14],
  [82, 87],
  [312, 317],
  [81, 178],
  [311, 402],
  [80, 88],
  [310, 318],
];
/**
 * Lip gap ÷ T (eye midpoint to chin) at or above this: lips apart. Closed lips read ≤ 0.01 on the fixture
 * portraits, smiles showing teeth 0.04–0.17. OFIQ puts its own 50 % point at 0.2, a wide-open mouth that defeats
 * face recognition; ID rules ask for closed lips, so we warn far earlier.
 */
export const LIP_GAP_WARN = 0.03;
/** Teeth plainly visible between the lips. */
export const LIP_GAP_FAIL = 0.06;
/** Without landmarks: MediaPipe jawOpen. Fixture mouths, laughing ones included, stayed ≤ 0.18. */
export const JAW_OPEN_WARN = 0.15;
export const JAW_OPEN_FAIL = 0.3;

/**
 * Mouth closed (ISO/IEC 29794-5 MouthClosed): the largest inner-lip opening divided by T, as OFIQ measures it,
 * from the landmarks; the jawOpen blendshape when there are none.
 */
export function checkMouthClosed({ face, landmarks }: ComplianceInput): Finding | null {
  const gap = landmarks ? lipGapRatio(landmarks, face.eyeImageLeft, face.eyeImageRight, face.chin) : null;
  if (gap !== null) {
    const status = gradeHigh(gap, LIP_GAP_WARN, LIP_GAP_FAIL);
    return makeFinding('mouth-closed', status, status === 'pass' ? 'ok' : 'open', {
      measured: gap,
      limit: { max: LIP_GAP_WARN },
      unit: 'ratio',
      params: { value: roundTo(gap, 3) },
    });
  }
  const jaw = blendshape(face.expression, 'jawOpen');
  if (jaw === null) return null;
  const status = gradeHigh(jaw, JAW_OPEN_WARN, JAW_OPEN_FAIL);
  return makeFinding('mouth-closed', status, status === 'pass' ? 'ok' : 'open', {
    measured: jaw,
    limit: { max: JAW_OPEN_WARN },
    unit: 'score',
    params: { value: roundTo(jaw, 2) },
  });
}

/** OFIQ MouthClosed raw value; null when the landmarks lack the lips or T is zero. */
export function lipGapRatio(points: readonly Point[], eyeA: Point, eyeB: Point, chin: Point): number | null {
  const t = distance(midpointOf(eyeA, eyeB), chin);
  if (!(t > 0)) return null;
  let gap = 0;
  for (const [upper, lower] of INNER_LIP_PAIRS) {
    const p = points[upper];
    const q = points[lower];
    if (!p || !q) return null;
    gap = Math.max(gap, distance(p, q));
  }
  return gap / t;
}
