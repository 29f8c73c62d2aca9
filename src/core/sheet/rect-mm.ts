import { mm, type Mm } from '../units';

/** An axis-aligned rectangle on the sheet, in mm from its top-left corner (y downwards). */
export interface RectMm {
  readonly xMm: Mm;
  readonly yMm: Mm;
  readonly widthMm: Mm;
  readonly heightMm: Mm;
}

export function rectMm(xMm: Mm, yMm: Mm, widthMm: Mm, heightMm: Mm): RectMm {
  return { xMm, yMm, widthMm, heightMm };
}

export function rightMm(rect: RectMm): Mm {
  return mm(rect.xMm + rect.widthMm);
}

export function bottomMm(rect: RectMm): Mm {
  return mm(rect.yMm + rect.heightMm);
}

export function growRect(rect: RectMm, byMm: Mm): RectMm {
  return rectMm(mm(rect.xMm - byMm), mm(rect.yMm - byMm), mm(rect.widthMm + 2 * byMm), mm(rect.heightMm + 2 * byMm));
}

export function translateRect(rect: RectMm, dxMm: Mm, dyMm: Mm): RectMm {
  return rectMm(mm(rect.xMm + dxMm), mm(rect.yMm + dyMm), rect.widthMm, rect.heightMm);
}

/** Open-interior overlap: rectangles that only touch along an edge do not overlap. */
export function rectsOverlap(a: RectMm, b: RectMm): boolean {
  return a.xMm < rightMm(b) && b.xMm < rightMm(a) && a.yMm < bottomMm(b) && b.yMm < bottomMm(a);
}

/** Shortest distance between two rectangles (0 when they touch or overlap). */
export function rectGapMm(a: RectMm, b: RectMm): Mm {
  const dx = Math.max(0, b.xMm - rightMm(a), a.xMm - rightMm(b));
  const dy = Math.max(0, b.yMm - bottomMm(a), a.yMm - bottomMm(b));
  return mm(Math.hypot(dx, dy));
}

/** The smallest rectangle holding all of them; null for none. */
export function unionRects(rects: readonly RectMm[]): RectMm | null {
  if (rects.length === 0) return null;
  const left = Math.min(...rects.map((r) => r.xMm));
  const top = Math.min(...rects.map((r) => r.yMm));
  const right = Math.max(...rects.map(rightMm));
  const bottom = Math.max(...rects.map(bottomMm));
  return rectMm(mm(left), mm(top), mm(right - left), mm(bottom - top));
}
