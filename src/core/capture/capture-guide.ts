import type { Point } from '../geometry';
import type { PhotoSpec } from '../photo-spec';
import { midpoint } from '../units';

/** Lengths on the camera's frame, plain numbers: not the output's pixels (`Px`, branded in core/units). */
type ScreenPx = number;

/**
 * Share of the camera frame the document's photo may fill on either axis, centred. The crop needs room around
 * it: the crown is only estimated live (real hair reaches up to 0.2 face heights above the estimate, ARCHITECTURE.md),
 * the levelling rotation swings the corners out, and the hand drifts. 80 % leaves 10 % on every side while still
 * giving a 720p laptop camera a 34 mm passport face of ~430 px, over the report's 300 dpi pass.
 */
export const PHOTO_FRAME_SHARE = 0.8;
/** An adult head with its hair is about 0.65–0.75 as wide as it is tall (crown to chin): the guide's outline. */
export const HEAD_WIDTH_TO_HEIGHT = 0.7;
/** The jaw is narrower than the skull: the outline's width at the chin end shrinks by this share (an egg, not an ellipse). */
export const HEAD_JAW_TAPER = 0.3;
/** Points on the head outline: smooth at any preview size without costing anything. */
export const HEAD_OUTLINE_POINTS = 64;

export interface FrameSize {
  readonly widthPx: ScreenPx;
  readonly heightPx: ScreenPx;
}

export interface FrameRect {
  readonly x: ScreenPx;
  readonly y: ScreenPx;
  readonly width: ScreenPx;
  readonly height: ScreenPx;
}

/**
 * Where the head should be in the (unmirrored) camera frame for the chosen document, in frame pixels: what the
 * overlay draws and what the live checks aim at. Symmetric about the frame's vertical centre line, so a mirrored
 * preview shows it unchanged.
 */
export interface CaptureGuide {
  readonly frame: FrameSize;
  /** The document's photo as it would be cut from this frame at the target distance. */
  readonly photo: FrameRect;
  /** Frame pixels per millimetre on the printed photo at the target distance. */
  readonly pxPerMm: number;
  /** Target crown line (the spec's recommended top margin below the photo's top edge). */
  readonly crownY: ScreenPx;
  /** Target chin line (crown plus the recommended face height). */
  readonly chinY: ScreenPx;
  readonly centreX: ScreenPx;
  /** Target crown-to-chin height. */
  readonly faceHeightPx: ScreenPx;
  /** A head-shaped outline from the crown line to the chin line, clockwise from the top. */
  readonly head: readonly Point[];
}

/** The guide for one document in one camera frame. */
export function captureGuide(spec: PhotoSpec, frame: FrameSize): CaptureGuide {
  const pxPerMm = Math.min((frame.widthPx * PHOTO_FRAME_SHARE) / spec.widthMm, (frame.heightPx * PHOTO_FRAME_SHARE) / spec.heightMm);
  const photo: FrameRect = {
    width: spec.widthMm * pxPerMm,
    height: spec.heightMm * pxPerMm,
    x: (frame.widthPx - spec.widthMm * pxPerMm) / 2,
    y: (frame.heightPx - spec.heightMm * pxPerMm) / 2,
  };
  const topMarginMm = midpoint(spec.topMarginMm);
  const faceHeightMm = midpoint(spec.faceHeightMm);
  const crownY = photo.y + topMarginMm * pxPerMm;
  const faceHeightPx = faceHeightMm * pxPerMm;
  const chinY = crownY + faceHeightPx;
  const centreX = frame.widthPx / 2;
  return { frame, photo, pxPerMm, crownY, chinY, centreX, faceHeightPx, head: headOutline(centreX, crownY, chinY) };
}

function headOutline(centreX: ScreenPx, crownY: ScreenPx, chinY: ScreenPx): Point[] {
  const ry = (chinY - crownY) / 2;
  const rx = ry * HEAD_WIDTH_TO_HEIGHT;
  const cy = crownY + ry;
  return Array.from({ length: HEAD_OUTLINE_POINTS }, (_, k) => {
    const t = (k / HEAD_OUTLINE_POINTS) * 2 * Math.PI;
    // 0 at the crown, 1 at the chin: the taper grows towards the jaw.
    const towardsChin = (1 - Math.cos(t)) / 2;
    const width = rx * (1 - HEAD_JAW_TAPER * towardsChin * towardsChin);
    return { x: centreX + width * Math.sin(t), y: cy - ry * Math.cos(t) };
  });
}
