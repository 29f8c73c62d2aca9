import type { Point } from '../geometry';

/** Where a measured point came from; the UI marks anything but a measurement as provisional or corrected. */
export type CrownSource = 'matte' | 'estimate' | 'user';
/** 'edge': read from the image around landmark 152 (chin-edge.ts); 'landmark': landmark 152 itself. */
export type ChinSource = 'landmark' | 'edge' | 'user';

/** Head pose from the facial transformation matrix, degrees. Yaw: turned to the image right is positive. */
export interface HeadPose {
  readonly yawDeg: number;
  readonly pitchDeg: number;
  readonly rollDeg: number;
}

/**
 * Everything the crop and the checks need about one face, in source pixels of the full-resolution photo
 * (EXIF orientation applied). Produced by measureFace from landmarks and the person matte.
 */
export interface FaceMeasurement {
  readonly sourceWidthPx: number;
  readonly sourceHeightPx: number;
  /** Top of the head (hair included) on the face's vertical axis. */
  readonly crown: Point;
  readonly crownSource: CrownSource;
  /** The hair reaches the top edge of the source photo, so the true crown is not in the picture. */
  readonly crownCutOff: boolean;
  /** The matte's own hair top before wisps are read at the dense hair (issue 10 compares mattes by it). */
  readonly matteHairTop?: Point;
  /** The hair fades into the background at the crown (grey or fair hair, wisps): the user should check the line. */
  readonly crownEdgeSoft?: boolean;
  /** Top of the skull without hair, estimated from landmarks (rules that measure without hair). */
  readonly crownWithoutHair: Point;
  readonly chin: Point;
  readonly chinSource: ChinSource;
  /** The image shows too weak a chin edge to read (beard, soft shadow, dark over dark): the user should check it. */
  readonly chinEdgeWeak?: boolean;
  /** Iris centres; "image left" is the eye further left in the picture (the person's right eye). */
  readonly eyeImageLeft: Point;
  readonly eyeImageRight: Point;
  /** Widest points of the face outline (landmarks 234 and 454), for the face-width guide lines. */
  readonly faceImageLeft: Point;
  readonly faceImageRight: Point;
  /** Roll of the eye line against the horizontal, clockwise positive. */
  readonly rollDeg: number;
  readonly pose: HeadPose;
  /** MediaPipe blendshape scores 0..1 by name (eyeBlinkLeft, jawOpen, mouthSmileLeft …). */
  readonly expression: Readonly<Record<string, number>>;
  /** Faces the detector found; the largest one is measured. */
  readonly faceCount: number;
}
