import { mm, type Mm } from '../units';
import { rectMm, type RectMm } from './rect-mm';

export interface ShelfItem {
  readonly key: number;
  readonly widthMm: Mm;
  readonly heightMm: Mm;
}

export interface ShelfPacking {
  /** Item rectangles, in the order of the input, relative to the block's top-left corner. */
  readonly rectsMm: readonly RectMm[];
  readonly widthMm: Mm;
  readonly heightMm: Mm;
}

interface Shelf {
  readonly yMm: Mm;
  readonly heightMm: Mm;
  usedWidthMm: Mm;
  readonly members: { index: number; xMm: Mm }[];
}

/** Float slack for sums of decimal mm (35 + 2 + 35 must fit in 72). */
const FIT_EPSILON_MM = 1e-9;

/**
 * Packs photo rectangles into rows ("shelves", first fit by decreasing height) with `gutterMm` between neighbours,
 * inside `areaWidthMm` × `areaHeightMm`; null when they do not all fit. For copies of one size this is the densest
 * grid; for mixed sizes it keeps each document's copies together, which is also the easiest sheet to cut.
 * Each shelf is centred in the block, and each photo sits at the top of its shelf.
 */
export function packShelves(items: readonly ShelfItem[], areaWidthMm: Mm, areaHeightMm: Mm, gutterMm: Mm): ShelfPacking | null {
  const order = items.map((item, index) => ({ item, index }));
  // Stable sort: taller first, then by key, so copies of one document stay next to each other.
  order.sort((a, b) => b.item.heightMm - a.item.heightMm || a.item.key - b.item.key);
  const shelves: Shelf[] = [];
  for (const { item, index } of order) {
    if (item.widthMm > areaWidthMm + FIT_EPSILON_MM) return null;
    const shelf = shelves.find(
      (s) => item.heightMm <= s.heightMm + FIT_EPSILON_MM && s.usedWidthMm + gutterMm + item.widthMm <= areaWidthMm + FIT_EPSILON_MM,
    );
    if (shelf) {
      shelf.members.push({ index, xMm: mm(shelf.usedWidthMm + gutterMm) });
      shelf.usedWidthMm = mm(shelf.usedWidthMm + gutterMm + item.widthMm);
      continue;
    }
    const last = shelves[shelves.length - 1];
    const yMm = mm(last ? last.yMm + last.heightMm + gutterMm : 0);
    if (yMm + item.heightMm > areaHeightMm + FIT_EPSILON_MM) return null;
    shelves.push({ yMm, heightMm: item.heightMm, usedWidthMm: item.widthMm, members: [{ index, xMm: mm(0) }] });
  }
  const widthMm = mm(Math.max(0, ...shelves.map((s) => s.usedWidthMm)));
  const last = shelves[shelves.length - 1];
  const heightMm = mm(last ? last.yMm + last.heightMm : 0);
  const rectsMm: RectMm[] = new Array<RectMm>(items.length);
  for (const shelf of shelves) {
    const indentMm = (widthMm - shelf.usedWidthMm) / 2;
    for (const { index, xMm } of shelf.members) {
      const item = items[index];
      if (!item) continue;
      rectsMm[index] = rectMm(mm(indentMm + xMm), shelf.yMm, item.widthMm, item.heightMm);
    }
  }
  return { rectsMm, widthMm, heightMm };
}
