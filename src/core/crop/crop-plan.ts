import type { Affine, Point } from '../geometry';
import type { Dpi, Mm, Px } from '../units';

/** Which edges of the photo reach past the source image (filled with the background colour when rendered). */
export interface UncoveredEdges {
  readonly top: boolean;
  readonly bottom: boolean;
  readonly left: boolean;
  readonly right: boolean;
}

/** How to turn the source photo into the output photo, and where the face lands on it. */
export interface CropPlan {
  readonly specId: string;
  readonly dpi: Dpi;
  readonly outputWidthPx: Px;
  readonly outputHeightPx: Px;
  /** Maps a source pixel position to an output pixel position (rotation, scale, translation). */
  readonly sourceToOutput: Affine;
  /** Rotation applied to the source, degrees clockwise (levelling plus the user's extra rotation). */
  readonly rotationDeg: number;
  /** Output pixels per source pixel. */
  readonly scale: number;
  readonly crownOutputPx: Point;
  readonly chinOutputPx: Point;
  readonly eyeMidOutputPx: Point;
  readonly faceCentreXOutputPx: Px;
  readonly faceLeftXOutputPx: Px;
  readonly faceRightXOutputPx: Px;
  /** The geometry on the printed photo, in mm, as the checks and the read-outs report it. */
  readonly faceHeightMm: Mm;
  readonly topMarginMm: Mm;
  readonly offsetXMm: Mm;
  readonly chinToBottomMm: Mm;
  readonly eyeLineFromBottomMm: Mm;
  /** Share of the output area that the source photo covers (1 = no fill needed). */
  readonly sourceCoverage: number;
  readonly uncoveredEdges: UncoveredEdges;
}
