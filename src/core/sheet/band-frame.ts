import type { Point } from '../geometry';
import type { Mm } from '../units';
import { rectMm, type RectMm } from './rect-mm';

/**
 * Places the annotation band (ruler and label), laid out in its own frame (u to the right, v downwards), on the
 * sheet: upright under the photos, or turned a quarter clockwise beside them when that leaves more room for photos.
 */
export interface BandFrame {
  readonly rotationDeg: 0 | 90;
  point(local: Point): Point;
  rect(local: RectMm): RectMm;
}

/** Upright: local (u, v) → sheet (left + u, top + v). */
export function uprightFrame(leftMm: Mm, topMm: Mm): BandFrame {
  return {
    rotationDeg: 0,
    point: (p) => ({ x: leftMm + p.x, y: topMm + p.y }),
    rect: (r) => rectMm(leftMm + r.xMm, topMm + r.yMm, r.widthMm, r.heightMm),
  };
}

/** Turned clockwise, the band's top edge along the right side of its footprint: local (u, v) → sheet (right − v, top + u). */
export function turnedFrame(rightMm: Mm, topMm: Mm): BandFrame {
  return {
    rotationDeg: 90,
    point: (p) => ({ x: rightMm - p.y, y: topMm + p.x }),
    rect: (r) => rectMm(rightMm - r.yMm - r.heightMm, topMm + r.xMm, r.heightMm, r.widthMm),
  };
}
