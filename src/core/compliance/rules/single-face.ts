import type { ComplianceInput } from '../compliance-input';
import { makeFinding, type Finding } from '../finding';

/**
 * Exactly one person (ICAO Doc 9303 Part 3). MediaPipe's face detector is short-range: it finds only faces that
 * are large in the frame (ARCHITECTURE.md), so a second detection is another person close to the camera, not a poster
 * far behind; that is a failure, not a warning.
 */
export function checkSingleFace({ face }: ComplianceInput): Finding {
  const count = face.faceCount;
  const parts = { measured: count, limit: { min: 1, max: 1 }, unit: 'faces' as const, params: { count } };
  if (count === 1) return makeFinding('single-face', 'pass', 'ok', parts);
  return makeFinding('single-face', 'fail', count === 0 ? 'none' : 'several', parts);
}
