import type { ComplianceInput } from '../compliance-input';
import { makeFinding, type Finding } from '../finding';

/**
 * A reminder after a front-camera capture: the preview was mirrored, the saved photo is not (residence-card rules
 * refuse mirror images, 左右反転), so the user sees their parting on the "wrong" side and must not flip it back.
 * Uploads get a manual check instead (see manualChecks), since a mirrored file cannot be told from its pixels.
 */
export function checkMirroredSelfie({ source }: ComplianceInput): Finding | null {
  if (!source.fromFrontCamera) return null;
  return makeFinding('mirrored-selfie', 'warn', 'front-camera', { measured: null, limit: 'limits.not-mirrored', unit: null });
}
