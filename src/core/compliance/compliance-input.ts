import type { CropPlan } from '../crop/crop-plan';
import type { FaceMeasurement } from '../face/face-measurement';
import type { Point } from '../geometry';
import type { BackgroundStats } from '../image-stats/background-stats';
import type { FaceImageStats } from '../image-stats/face-image-stats';
import type { PhotoSpec } from '../photo-spec';
import type { Finding } from './finding';

/** Everything the automatic checks look at. Missing measurements (null) skip the rules that need them. */
export interface ComplianceInput {
  readonly spec: PhotoSpec;
  readonly face: FaceMeasurement;
  readonly plan: CropPlan;
  /**
   * The measured face's 478 Face Mesh points in source pixels (FaceLandmarks.points of faces[0]). Gives the
   * OFIQ mouth opening; null falls back to the jawOpen blendshape.
   */
  readonly landmarks: readonly Point[] | null;
  /** faceImageStats(source pixels, face region); null until computed. */
  readonly faceStats: FaceImageStats | null;
  readonly background: {
    /** True when the user keeps the photo's own background instead of the spec's colour. */
    readonly kept: boolean;
    /** backgroundStats(source pixels, matte, cropOutlineInSource(plan)); null or absent until computed. */
    readonly stats?: BackgroundStats | null;
  };
  readonly source: {
    /** The photo was taken with the app's front-camera capture (shown mirrored while shooting). */
    readonly fromFrontCamera: boolean;
  };
}

/** One automatic check: null when it does not apply (no eye-line rule in the spec, background replaced…). */
export type Rule = (input: ComplianceInput) => Finding | null;
