import { describe, expect, it } from 'vitest';
import { BORDERLESS_SCALE_DEFAULT } from '../../../src/core/sheet/borderless-scale';
import { layoutSheet } from '../../../src/core/sheet/layout-sheet-mm';
import { bottomMm, rectGapMm, rectsOverlap, rightMm, unionRects, type RectMm } from '../../../src/core/sheet/rect-mm';
import type { CutMark, SheetLayout, SheetPhotoSpec } from '../../../src/core/sheet/sheet-layout-types';
import {
  CUT_MARK_CLEARANCE_MM,
  EDGE_MARGIN_MIN_MM,
  GUTTER_MIN_MM,
  RULER_LENGTH_MM,
  RULER_TICK_SPACING_MM,
} from '../../../src/core/sheet/sheet-rules';
import { mm } from '../../../src/core/units';
import { findPaper, papers } from '../../../src/specs/papers';

/** Float slack on sums of decimal mm; far below anything a printer resolves (0.042 mm per pixel at 600 dpi). */
const TOLERANCE_MM = 1e-6;

const PHOTO_SIZES_MM = [
  [30, 40],
  [35, 45],
  [24, 30],
  [45, 45],
  [51, 51],
  [33, 48],
  [40, 60],
  [50, 70],
] as const;

/**
 * Copies of one size that fit with the ruler and the label, paper by paper. The grid maximum (photos alone, no
 * ruler) is in brackets where the ruler costs photos: it only happens where no band of any shape is left over.
 */
const EXPECTED_FILL: Record<string, Record<string, number>> = {
  L: { '30x40': 4, '35x45': 4, '24x30': 9, '45x45': 2, '51x51': 2, '33x48': 4, '40x60': 2, '50x70': 2 },
  '2L': { '30x40': 12, '35x45': 9, '24x30': 20, '45x45': 6, '51x51': 6, '33x48': 9, '40x60': 4, '50x70': 4 },
  KG: { '30x40': 9, '35x45': 6, '24x30': 15, '45x45': 4 /* [6] */, '51x51': 2, '33x48': 4, '40x60': 4, '50x70': 2 },
  postcard: { '30x40': 8, '35x45': 6, '24x30': 12, '45x45': 4 /* [6] */, '51x51': 2, '33x48': 4, '40x60': 4, '50x70': 2 },
  A4: { '30x40': 36, '35x45': 30, '24x30': 66, '45x45': 24, '51x51': 15, '33x48': 32, '40x60': 18, '50x70': 12 },
};

function spec(widthMm: number, heightMm: number): SheetPhotoSpec {
  return { id: `photo-${widthMm}x${heightMm}`, widthMm, heightMm };
}

/** Distance from an axis-aligned segment to a rectangle (0 when they touch or cross). */
function segmentGapMm(mark: CutMark, rect: RectMm): number {
  const segment: RectMm = {
    xMm: mm(Math.min(mark.fromMm.x, mark.toMm.x)),
    yMm: mm(Math.min(mark.fromMm.y, mark.toMm.y)),
    widthMm: mm(Math.abs(mark.toMm.x - mark.fromMm.x)),
    heightMm: mm(Math.abs(mark.toMm.y - mark.fromMm.y)),
  };
  return rectGapMm(segment, rect);
}

function cornerPoint(rect: RectMm, corner: CutMark['corner']): { x: number; y: number } {
  return { x: corner.endsWith('left') ? rect.xMm : rightMm(rect), y: corner.startsWith('top') ? rect.yMm : bottomMm(rect) };
}

/** Every rule of issue 5 that a layout must keep, whatever produced it. */
function expectSheetRules(layout: SheetLayout): void {
  const rects = layout.photos.map((p) => p.rectMm);
  // Margins: every photo ≥ 4 mm inside the paper edge.
  for (const r of rects) {
    expect(r.xMm).toBeGreaterThanOrEqual(EDGE_MARGIN_MIN_MM - TOLERANCE_MM);
    expect(r.yMm).toBeGreaterThanOrEqual(EDGE_MARGIN_MIN_MM - TOLERANCE_MM);
    expect(layout.widthMm - rightMm(r)).toBeGreaterThanOrEqual(EDGE_MARGIN_MIN_MM - TOLERANCE_MM);
    expect(layout.heightMm - bottomMm(r)).toBeGreaterThanOrEqual(EDGE_MARGIN_MIN_MM - TOLERANCE_MM);
  }
  // Gutters: any two photos are ≥ 2 mm apart along x or along y.
  rects.forEach((a, i) =>
    rects.slice(i + 1).forEach((b) => {
      const dx = Math.max(b.xMm - rightMm(a), a.xMm - rightMm(b));
      const dy = Math.max(b.yMm - bottomMm(a), a.yMm - bottomMm(b));
      expect(Math.max(dx, dy)).toBeGreaterThanOrEqual(GUTTER_MIN_MM - TOLERANCE_MM);
    }),
  );
  // Cut marks: two at every corner, on the extension of the photo's edges, never on or near any photo.
  layout.photos.forEach((photo, index) => {
    const own = layout.cutMarks.filter((m) => m.photoIndex === index);
    expect(own).toHaveLength(8);
    for (const mark of own) {
      const corner = cornerPoint(photo.rectMm, mark.corner);
      if (mark.axis === 'horizontal') {
        expect(mark.fromMm.y).toBeCloseTo(corner.y, 9);
        expect(mark.toMm.y).toBeCloseTo(corner.y, 9);
        expect(Math.abs(mark.fromMm.x - corner.x)).toBeCloseTo(mark.startMm, 9);
      } else {
        expect(mark.fromMm.x).toBeCloseTo(corner.x, 9);
        expect(mark.toMm.x).toBeCloseTo(corner.x, 9);
        expect(Math.abs(mark.fromMm.y - corner.y)).toBeCloseTo(mark.startMm, 9);
      }
      expect(mark.lengthMm).toBeGreaterThan(0);
    }
  });
  for (const mark of layout.cutMarks) {
    for (const r of rects) expect(segmentGapMm(mark, r)).toBeGreaterThanOrEqual(CUT_MARK_CLEARANCE_MM - TOLERANCE_MM);
    for (const p of [mark.fromMm, mark.toMm]) {
      expect(p.x).toBeGreaterThanOrEqual(0);
      expect(p.y).toBeGreaterThanOrEqual(0);
      expect(p.x).toBeLessThanOrEqual(layout.widthMm);
      expect(p.y).toBeLessThanOrEqual(layout.heightMm);
    }
  }
  // Ruler and label: inside the margins, clear of every photo by a gutter and of every cut mark.
  const annotations = [layout.ruler?.boundsMm, layout.label?.box.rectMm].filter((r): r is RectMm => r !== undefined);
  for (const a of annotations) {
    expect(a.xMm).toBeGreaterThanOrEqual(EDGE_MARGIN_MIN_MM - TOLERANCE_MM);
    expect(a.yMm).toBeGreaterThanOrEqual(EDGE_MARGIN_MIN_MM - TOLERANCE_MM);
    expect(rightMm(a)).toBeLessThanOrEqual(layout.widthMm - EDGE_MARGIN_MIN_MM + TOLERANCE_MM);
    expect(bottomMm(a)).toBeLessThanOrEqual(layout.heightMm - EDGE_MARGIN_MIN_MM + TOLERANCE_MM);
    for (const r of rects) expect(rectGapMm(a, r)).toBeGreaterThanOrEqual(GUTTER_MIN_MM - TOLERANCE_MM);
    for (const mark of layout.cutMarks) expect(segmentGapMm(mark, a)).toBeGreaterThanOrEqual(CUT_MARK_CLEARANCE_MM - TOLERANCE_MM);
  }
  if (layout.ruler && layout.label) expect(rectsOverlap(layout.ruler.boundsMm, layout.label.box.rectMm)).toBe(false);
  // Centred: the content's bounding box has equal room on opposite sides.
  const content = unionRects([...rects, ...annotations]);
  if (content) {
    expect(content.xMm).toBeCloseTo(layout.widthMm - rightMm(content), 6);
    expect(content.yMm).toBeCloseTo(layout.heightMm - bottomMm(content), 6);
  }
}

function expectRuler(layout: SheetLayout): void {
  const ruler = layout.ruler;
  expect(ruler).not.toBeNull();
  if (!ruler) return;
  expect(ruler.lengthMm).toBe(RULER_LENGTH_MM);
  const length = Math.hypot(ruler.line.toMm.x - ruler.line.fromMm.x, ruler.line.toMm.y - ruler.line.fromMm.y);
  expect(length).toBeCloseTo(RULER_LENGTH_MM, 9);
  expect(ruler.ticks).toHaveLength(RULER_LENGTH_MM / RULER_TICK_SPACING_MM + 1);
  ruler.ticks.forEach((tick, i) => {
    const dx = tick.fromMm.x - ruler.originMm.x;
    const dy = tick.fromMm.y - ruler.originMm.y;
    const along = { right: dx, down: dy, up: -dy }[ruler.direction];
    expect(along).toBeCloseTo(i * RULER_TICK_SPACING_MM, 9);
  });
}

describe('layoutSheet: every paper × every photo size, filled', () => {
  const cases = papers.flatMap((paper) => PHOTO_SIZES_MM.map(([w, h]) => ({ paper, w, h })));
  it.each(cases)('$paper.id with $w × $h mm', ({ paper, w, h }) => {
    const layout = layoutSheet(paper, [{ spec: spec(w, h), copies: 'fill' }], { madeOn: '2026-11-21' });
    expect(layout.photos).toHaveLength(EXPECTED_FILL[paper.id]?.[`${w}x${h}`] ?? -1);
    expect(layout.outcomes).toEqual([{ specId: spec(w, h).id, requested: 'fill', placed: layout.photos.length }]);
    expect(layout.contentScale).toBe(1);
    expect(layout.label).not.toBeNull();
    expectSheetRules(layout);
    expectRuler(layout);
  });
});

describe('layoutSheet: choices', () => {
  const paperL = findPaper('L');
  if (!paperL) throw new Error('papers.json has no L');

  it('turns the L sheet for 40 × 60 photos: two fit only side by side on the long edge', () => {
    const layout = layoutSheet(paperL, [{ spec: spec(40, 60), copies: 'fill' }]);
    expect(layout.quarterTurn).toBe(true);
    expect([layout.widthMm, layout.heightMm]).toEqual([127, 89]);
    expect([layout.paperWidthMm, layout.paperHeightMm]).toEqual([89, 127]);
    expect(layout.photos).toHaveLength(2);
  });

  it('keeps the paper upright when both orientations hold as many', () => {
    const layout = layoutSheet(paperL, [{ spec: spec(35, 45), copies: 'fill' }]);
    expect(layout.quarterTurn).toBe(false);
  });

  it('puts two residence-card and two passport photos on one L print', () => {
    const layout = layoutSheet(
      paperL,
      [
        { spec: { id: 'jp-residence-card', widthMm: 30, heightMm: 40 }, copies: 2 },
        { spec: { id: 'jp-passport', widthMm: 35, heightMm: 45 }, copies: 2, writeNameOnBack: true },
      ],
      { madeOn: '2026-11-21' },
    );
    expect(layout.outcomes.map((o) => o.placed)).toEqual([2, 2]);
    expect(layout.photos.filter((p) => p.specId === 'jp-residence-card')).toHaveLength(2);
    expect(layout.photos.filter((p) => p.specId === 'jp-passport')).toHaveLength(2);
    expect(layout.label?.lines).toEqual([
      { kind: 'document', specId: 'jp-residence-card', widthMm: 30, heightMm: 40, copies: 2 },
      { kind: 'document', specId: 'jp-passport', widthMm: 35, heightMm: 45, copies: 2 },
      { kind: 'made-on', isoDate: '2026-11-21' },
      { kind: 'write-name-on-back', specIds: ['jp-passport'] },
    ]);
    expectSheetRules(layout);
    expectRuler(layout);
  });

  it('fills what the numbered copies leave', () => {
    const layout = layoutSheet(paperL, [
      { spec: spec(35, 45), copies: 2 },
      { spec: spec(24, 30), copies: 'fill' },
    ]);
    expect(layout.outcomes[0]?.placed).toBe(2);
    expect(layout.outcomes[1]?.placed).toBeGreaterThanOrEqual(2);
    expectSheetRules(layout);
  });

  it('reports the copies that do not fit instead of dropping them silently', () => {
    const layout = layoutSheet(paperL, [{ spec: spec(35, 45), copies: 10 }]);
    expect(layout.outcomes).toEqual([{ specId: spec(35, 45).id, requested: 10, placed: 4 }]);
    expectSheetRules(layout);
  });

  it('places nothing for zero copies but still prints the ruler', () => {
    const layout = layoutSheet(paperL, [{ spec: spec(35, 45), copies: 0 }]);
    expect(layout.photos).toHaveLength(0);
    expectRuler(layout);
  });

  it('pre-scales borderless sheets by 1/1.035 unless told otherwise, and leaves the mm layout alone', () => {
    const request = [{ spec: spec(35, 45), copies: 'fill' as const }];
    const bordered = layoutSheet(paperL, request);
    const borderless = layoutSheet(paperL, request, { borderless: true });
    expect(borderless.contentScale).toBeCloseTo(BORDERLESS_SCALE_DEFAULT, 12);
    expect(borderless.photos).toEqual(bordered.photos);
    expect(layoutSheet(paperL, request, { borderless: true, borderlessScale: 0.97 }).contentScale).toBe(0.97);
    expect(layoutSheet(paperL, request, { borderlessScale: 0.97 }).contentScale).toBe(1);
  });

  it.each([
    [{ borderless: true, borderlessScale: 1.2 }, /options\.borderlessScale/],
    [{ borderless: true, borderlessScale: 0.5 }, /options\.borderlessScale/],
    [{ madeOn: '21/11/2026' }, /options\.madeOn/],
  ])('names the bad option %o', (options, message) => {
    expect(() => layoutSheet(paperL, [{ spec: spec(35, 45), copies: 1 }], options)).toThrow(message);
  });

  it.each([
    [{ spec: spec(35, 45), copies: 1.5 }, /requests\[0\]\.copies/],
    [{ spec: spec(35, 45), copies: -1 }, /requests\[0\]\.copies/],
    [{ spec: spec(0, 45), copies: 1 }, /requests\[0\]\.spec\.widthMm/],
  ])('names the bad request field', (request, message) => {
    expect(() => layoutSheet(paperL, [request])).toThrow(message);
  });
});
