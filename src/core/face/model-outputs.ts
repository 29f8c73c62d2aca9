import type { Point } from '../geometry';

/*
 * What the two models hand to core, as plain data in source pixels: the face landmarks (with the indices the app
 * reads and the face's size) and the person matte (with its alpha at a point). ml/ produces them, core/ reads them.
 */

/** One detected face as the landmark model gives it, mapped to source pixels. */
export interface FaceLandmarks {
  /** 478 MediaPipe Face Mesh points (468 mesh + 10 iris), source px. */
  readonly points: readonly Point[];
  /** Blendshape scores 0..1 by name. */
  readonly blendshapes: Readonly<Record<string, number>>;
  /** 4×4 facial transformation matrix, column-major; null when the model gave none. */
  readonly matrix: readonly number[] | null;
}

/** Face Mesh landmark indices the app relies on (MediaPipe canonical face model). */
export const LANDMARK = {
  /** Upper forehead on the midline: not the crown (ARCHITECTURE.md, measured on 80 portraits). */
  foreheadTop: 10,
  chin: 152,
  /** Iris centres: 468 is the person's right eye (image left in an unmirrored photo), 473 the left. */
  irisA: 468,
  irisB: 473,
  /** Outer eye corners. */
  eyeOuterA: 33,
  eyeOuterB: 263,
  /** Widest points of the face outline at cheekbone level. */
  faceSideA: 234,
  faceSideB: 454,
  noseTip: 1,
} as const;

/** The person matte: alpha 0..255 per matte pixel; the matte may be smaller than the source. */
export interface PersonMatte {
  readonly width: number;
  readonly height: number;
  readonly alpha: Uint8Array;
  /** Source pixels per matte pixel (same on both axes: the matte keeps the source's aspect). */
  readonly sourcePxPerMattePx: number;
  /**
   * Source position of the matte's top-left corner; 0 when absent. A head matte (issue 10) covers only the part
   * of the photo an output can reach: outside it every pixel is background (alpha 0).
   */
  readonly originXPx?: number;
  readonly originYPx?: number;
}

/** The matte's alpha at a source position; null outside the matte's grid (the photo's edge, or a head matte's). */
export function matteAlphaAt(matte: PersonMatte, p: Point): number | null {
  const mx = Math.floor((p.x - (matte.originXPx ?? 0)) / matte.sourcePxPerMattePx);
  const my = Math.floor((p.y - (matte.originYPx ?? 0)) / matte.sourcePxPerMattePx);
  if (mx < 0 || my < 0 || mx >= matte.width || my >= matte.height) return null;
  return matte.alpha[my * matte.width + mx] ?? 0;
}

/** Area of the landmarks' bounding box, to pick the largest face. */
export function faceAreaPx(face: FaceLandmarks): number {
  let minX = Infinity;
  let minY = Infinity;
  let maxX = -Infinity;
  let maxY = -Infinity;
  for (const p of face.points) {
    minX = Math.min(minX, p.x);
    maxX = Math.max(maxX, p.x);
    minY = Math.min(minY, p.y);
    maxY = Math.max(maxY, p.y);
  }
  return Math.max(0, maxX - minX) * Math.max(0, maxY - minY);
}
