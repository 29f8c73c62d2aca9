import { describe, expect, it } from 'vitest';
import { layoutSheet } from '../../../src/core/sheet/layout-sheet-mm';
import { sheetLayoutPx, sheetRectToPagePx, type RectPx } from '../../../src/core/sheet/sheet-layout-to-px';
import { RULER_LENGTH_MM } from '../../../src/core/sheet/sheet-rules';
import { edgePx, mm, mmToPx, OUTPUT_DPI } from '../../../src/core/units';
import { papers } from '../../../src/specs/papers';

/** A whole-pixel layout may sit half a pixel off the exact mm position on each end. */
const ROUNDING_PX = 1;

const SIZES = [
  [30, 40],
  [35, 45],
  [24, 30],
  [45, 45],
  [51, 51],
  [33, 48],
  [40, 60],
  [50, 70],
] as const;

function overlaps(a: RectPx, b: RectPx): boolean {
  return a.xPx < b.xPx + b.widthPx && b.xPx < a.xPx + a.widthPx && a.yPx < b.yPx + b.heightPx && b.yPx < a.yPx + a.heightPx;
}

describe('sheetLayoutPx at 600 dpi', () => {
  const cases = papers.flatMap((paper) => SIZES.flatMap(([w, h]) => [false, true].map((borderless) => ({ paper, w, h, borderless }))));
  it.each(cases)('$paper.id, $w × $h mm, borderless $borderless', ({ paper, w, h, borderless }) => {
    const layout = layoutSheet(paper, [{ spec: { id: 'p', widthMm: w, heightMm: h }, copies: 'fill' }], { borderless });
    const px = sheetLayoutPx(layout, OUTPUT_DPI);
    expect([px.pageWidthPx, px.pageHeightPx]).toEqual([edgePx(mm(paper.widthMm), OUTPUT_DPI), edgePx(mm(paper.heightMm), OUTPUT_DPI)]);

    for (const tile of px.tiles) {
      // Bordered: the tile is exactly the single photo's pixel size, so it is drawn without resampling.
      const s = layout.contentScale;
      expect(tile.rectPx.widthPx).toBe(edgePx(mm(w * s), OUTPUT_DPI));
      expect(tile.rectPx.heightPx).toBe(edgePx(mm(h * s), OUTPUT_DPI));
      expect(Number.isInteger(tile.rectPx.xPx) && Number.isInteger(tile.rectPx.yPx)).toBe(true);
      expect(tile.rectPx.xPx).toBeGreaterThanOrEqual(0);
      expect(tile.rectPx.xPx + tile.rectPx.widthPx).toBeLessThanOrEqual(px.widthPx);
    }
    px.tiles.forEach((a, i) => px.tiles.slice(i + 1).forEach((b) => expect(overlaps(a.rectPx, b.rectPx)).toBe(false)));

    // Cut marks: no ink on any tile, and each mark continues its tile's edge (within ±1 px of the edge line).
    for (const mark of px.cutMarks) {
      for (const tile of px.tiles) expect(overlaps(mark.rectPx, tile.rectPx)).toBe(false);
      const tile = px.tiles[mark.photoIndex]?.rectPx;
      if (!tile) throw new Error('mark without tile');
      const left = mark.corner.endsWith('left');
      const top = mark.corner.startsWith('top');
      if (mark.axis === 'horizontal') {
        const edge = top ? tile.yPx : tile.yPx + tile.heightPx;
        expect(Math.abs(mark.rectPx.yPx + mark.rectPx.heightPx / 2 - edge)).toBeLessThanOrEqual(ROUNDING_PX);
      } else {
        const edge = left ? tile.xPx : tile.xPx + tile.widthPx;
        expect(Math.abs(mark.rectPx.xPx + mark.rectPx.widthPx / 2 - edge)).toBeLessThanOrEqual(ROUNDING_PX);
      }
    }

    // The ruler: 50 mm (× the borderless pre-scale) between its end ticks, no ink on a tile.
    const ruler = px.ruler;
    if (!ruler) throw new Error('no ruler');
    expect(Math.abs(ruler.lengthPx - mmToPx(mm(RULER_LENGTH_MM * layout.contentScale), OUTPUT_DPI))).toBeLessThanOrEqual(ROUNDING_PX);
    for (const tick of ruler.ticks) for (const tile of px.tiles) expect(overlaps(tick.rectPx, tile.rectPx)).toBe(false);
    for (const tile of px.tiles) expect(overlaps(ruler.lineRectPx, tile.rectPx)).toBe(false);
  });

  it('gives the L sheet 2102 × 3000 px and 35 × 45 mm tiles of 827 × 1063 px', () => {
    const paper = papers.find((p) => p.id === 'L');
    if (!paper) throw new Error('no L');
    const px = sheetLayoutPx(layoutSheet(paper, [{ spec: { id: 'p', widthMm: 35, heightMm: 45 }, copies: 'fill' }]));
    expect([px.pageWidthPx, px.pageHeightPx]).toEqual([2102, 3000]);
    expect(px.tiles.map((t) => [t.rectPx.widthPx, t.rectPx.heightPx])).toEqual(Array(4).fill([827, 1063]));
  });

  it('maps a turned sheet into the upright file: a tile keeps its pixels, turned clockwise', () => {
    const paper = papers.find((p) => p.id === 'L');
    if (!paper) throw new Error('no L');
    const px = sheetLayoutPx(layoutSheet(paper, [{ spec: { id: 'p', widthMm: 40, heightMm: 60 }, copies: 'fill' }]));
    expect(px.quarterTurn).toBe(true);
    expect([px.widthPx, px.heightPx]).toEqual([3000, 2102]);
    for (const tile of px.tiles) {
      const page = sheetRectToPagePx(px, tile.rectPx);
      expect([page.widthPx, page.heightPx]).toEqual([tile.rectPx.heightPx, tile.rectPx.widthPx]);
      expect(page.xPx).toBeGreaterThanOrEqual(0);
      expect(page.xPx + page.widthPx).toBeLessThanOrEqual(px.pageWidthPx);
      expect(page.yPx + page.heightPx).toBeLessThanOrEqual(px.pageHeightPx);
    }
  });
});
