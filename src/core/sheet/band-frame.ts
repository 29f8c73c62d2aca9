import type { Point } from '../geometry';
import { mm, type Mm } from '../units';
import { rectMm, type RectMm } from './rect-mm';
import type { TextRotation } from './sheet-layout-types';

/**
 * Places the annotation band (ruler and label), laid out in its own frame (u to the right, v downwards), on the
 * sheet: upright under the photos, or turned a quarter beside them when that leaves more room for photos.
 */
export interface BandFrame {
  readonly rotationDeg: TextRotation;
  point(local: Point): Point;
  rect(local: RectMm): RectMm;
}

/** Upright: local (u, v) → sheet (left + u, top + v). */
export function uprightFrame(leftMm: Mm, topMm: Mm): BandFrame {
  return {
    rotationDeg: 0,
    point: (p) => ({ x: leftMm + p.x, y: topMm + p.y }),
    rect: (r) => rectMm(mm(leftMm + r.xMm), mm(topMm + r.yMm), r.widthMm, r.heightMm),
  };
}

/** Turned clockwise, the band's top edge along the right side of its footprint: local (u, v) → sheet (right − v, top + u). */
export function turnedFrame(rightMm: Mm, topMm: Mm): BandFrame {
  return {
    rotationDeg: 90,
    point: (p) => ({ x: rightMm - p.y, y: topMm + p.x }),
    rect: (r) => rectMm(mm(rightMm - r.yMm - r.heightMm), mm(topMm + r.xMm), r.heightMm, r.widthMm),
  };
}

/**
 * Turned counter-clockwise, the band's top edge along the left side of its footprint: local (u, v) → sheet
 * (left + v, bottom − u). Used on a sheet that the file turns clockwise, so the text comes out upright on paper.
 */
export function turnedBackFrame(leftMm: Mm, bottomMm: Mm): BandFrame {
  return {
    rotationDeg: -90,
    point: (p) => ({ x: leftMm + p.y, y: bottomMm - p.x }),
    rect: (r) => rectMm(mm(leftMm + r.yMm), mm(bottomMm - r.xMm - r.widthMm), r.heightMm, r.widthMm),
  };
}
