import type { Point } from '../geometry';
import { edgePx, mm, mmToPx, OUTPUT_DPI, px, type Dpi, type Mm, type Px } from '../units';
import type { RectMm } from './rect-mm';
import type { CutMark, LabelLine, SegmentMm, SheetLayout, SheetRuler, TextBox, TextRotation } from './sheet-layout-types';

/** A rectangle of whole pixels: columns xPx … xPx + widthPx − 1, rows yPx … yPx + heightPx − 1. */
export interface RectPx {
  readonly xPx: Px;
  readonly yPx: Px;
  readonly widthPx: Px;
  readonly heightPx: Px;
}

export interface TilePx {
  readonly specId: string;
  readonly requestIndex: number;
  /** Exactly the single photo's pixel size when contentScale is 1: the tile is a copy, never resampled. */
  readonly rectPx: RectPx;
}

export interface TextBoxPx {
  readonly rectPx: RectPx;
  readonly rotationDeg: TextRotation;
  readonly fontPx: Px;
}

export interface CutMarkPx {
  readonly photoIndex: number;
  readonly corner: CutMark['corner'];
  readonly axis: CutMark['axis'];
  /** The ink: a hairline centred on the tile's edge line, on the whole-pixel boundary of the tile. */
  readonly rectPx: RectPx;
}

export interface RulerPx {
  readonly direction: SheetRuler['direction'];
  /** Centre of the zero tick on the line, in pixel-boundary coordinates. */
  readonly originPx: Point;
  /** Distance between the centres of the zero tick and the last tick: 50 mm at the dpi (1181 px at 600 dpi). */
  readonly lengthPx: Px;
  readonly lineRectPx: RectPx;
  readonly ticks: readonly { readonly atMm: Mm; readonly rectPx: RectPx }[];
  readonly caption: TextBoxPx;
}

/**
 * The layout in whole pixels of the output file: what the renderer draws and what a test checks the rendered
 * image against. Coordinates are on the sheet as laid out; with `quarterTurn` the file holds it turned clockwise
 * (see sheetPointToPagePx).
 */
export interface SheetLayoutPx {
  readonly dpi: Dpi;
  readonly widthPx: Px;
  readonly heightPx: Px;
  readonly quarterTurn: boolean;
  /** The file's pixel size: the paper upright (L at 600 dpi: 2102 × 3000). */
  readonly pageWidthPx: Px;
  readonly pageHeightPx: Px;
  readonly tiles: readonly TilePx[];
  readonly cutMarks: readonly CutMarkPx[];
  readonly ruler: RulerPx | null;
  readonly label: { readonly box: TextBoxPx; readonly linePx: Px; readonly lines: readonly LabelLine[] } | null;
}

/** Hairlines never vanish, whatever the dpi. */
const MIN_STROKE_PX = px(1);

/** A RectPx from plain pixel arithmetic. */
function rectOfPx(x: number, y: number, width: number, height: number): RectPx {
  return { xPx: px(x), yPx: px(y), widthPx: px(width), heightPx: px(height) };
}

/**
 * Converts a layout to pixels at `dpi`, applying its contentScale about the sheet centre. Tiles sit at whole-pixel
 * offsets with the photo's own pixel size (edgePx of its mm size, as solveCrop renders it), and cut marks are
 * placed from the tiles' pixel edges, so a mark lies exactly on the line the tile's edge makes.
 */
export function sheetLayoutPx(layout: SheetLayout, dpi: Dpi = OUTPUT_DPI): SheetLayoutPx {
  const s = layout.contentScale;
  const centre = { x: layout.widthMm / 2, y: layout.heightMm / 2 };
  const xPx = (xMm: number): Px => mmToPx(mm(centre.x + s * (xMm - centre.x)), dpi);
  const yPx = (yMm: number): Px => mmToPx(mm(centre.y + s * (yMm - centre.y)), dpi);
  const lengthPx = (length: Mm): Px => edgePx(mm(length * s), dpi);
  const rectPx = (r: RectMm): RectPx => {
    const left = Math.round(xPx(r.xMm));
    const top = Math.round(yPx(r.yMm));
    return rectOfPx(left, top, Math.round(xPx(r.xMm + r.widthMm)) - left, Math.round(yPx(r.yMm + r.heightMm)) - top);
  };
  const textBox = (box: TextBox): TextBoxPx => ({ rectPx: rectPx(box.rectMm), rotationDeg: box.rotationDeg, fontPx: mmToPx(mm(box.fontMm * s), dpi) });

  const tiles: TilePx[] = layout.photos.map((photo) => ({
    specId: photo.specId,
    requestIndex: photo.requestIndex,
    rectPx: {
      xPx: px(Math.round(xPx(photo.rectMm.xMm))),
      yPx: px(Math.round(yPx(photo.rectMm.yMm))),
      widthPx: lengthPx(photo.rectMm.widthMm),
      heightPx: lengthPx(photo.rectMm.heightMm),
    },
  }));

  const markStrokePx = px(Math.max(MIN_STROKE_PX, edgePx(mm(layout.cutMarkStrokeMm * s), dpi)));
  const cutMarks: CutMarkPx[] = [];
  for (const mark of layout.cutMarks) {
    const tile = tiles[mark.photoIndex]?.rectPx;
    if (!tile) continue;
    cutMarks.push({ photoIndex: mark.photoIndex, corner: mark.corner, axis: mark.axis, rectPx: cutMarkRectPx(mark, tile, lengthPx, markStrokePx) });
  }

  let ruler: RulerPx | null = null;
  if (layout.ruler) {
    const r = layout.ruler;
    const strokePx = px(Math.max(MIN_STROKE_PX, edgePx(mm(r.strokeMm * s), dpi)));
    const originPx = { x: Math.round(xPx(r.originMm.x)), y: Math.round(yPx(r.originMm.y)) };
    const segment = (seg: SegmentMm): RectPx => segmentRectPx({ x: xPx(seg.fromMm.x), y: yPx(seg.fromMm.y) }, { x: xPx(seg.toMm.x), y: yPx(seg.toMm.y) }, strokePx);
    const ticks = r.ticks.map((tick) => ({ atMm: tick.atMm, rectPx: segment(tick) }));
    const first = ticks[0]?.rectPx;
    const last = ticks[ticks.length - 1]?.rectPx;
    const measuredPx = px(!first || !last ? 0 : r.direction === 'right' ? last.xPx - first.xPx : Math.abs(last.yPx - first.yPx));
    ruler = { direction: r.direction, originPx, lengthPx: measuredPx, lineRectPx: segment(r.line), ticks, caption: textBox(r.caption) };
  }

  const widthPx = edgePx(layout.widthMm, dpi);
  const heightPx = edgePx(layout.heightMm, dpi);
  return {
    dpi,
    widthPx,
    heightPx,
    quarterTurn: layout.quarterTurn,
    pageWidthPx: layout.quarterTurn ? heightPx : widthPx,
    pageHeightPx: layout.quarterTurn ? widthPx : heightPx,
    tiles,
    cutMarks,
    ruler,
    label: layout.label ? { box: textBox(layout.label.box), linePx: mmToPx(mm(layout.label.lineMm * s), dpi), lines: layout.label.lines } : null,
  };
}

/** A hairline `strokePx` thick along an axis-aligned segment, centred on it and covering both ends. */
function segmentRectPx(from: Point, to: Point, strokePx: Px): RectPx {
  const half = Math.floor(strokePx / 2);
  const horizontal = Math.abs(to.x - from.x) >= Math.abs(to.y - from.y);
  if (horizontal) {
    const x0 = Math.round(Math.min(from.x, to.x));
    const x1 = Math.round(Math.max(from.x, to.x));
    return rectOfPx(x0 - half, Math.round(from.y) - half, x1 - x0 + strokePx, strokePx);
  }
  const y0 = Math.round(Math.min(from.y, to.y));
  const y1 = Math.round(Math.max(from.y, to.y));
  return rectOfPx(Math.round(from.x) - half, y0 - half, strokePx, y1 - y0 + strokePx);
}

/** The mark's ink, measured from the tile's pixel edges so it continues the tile's edge exactly. */
function cutMarkRectPx(mark: CutMark, tile: RectPx, lengthPx: (length: Mm) => Px, strokePx: Px): RectPx {
  const half = Math.floor(strokePx / 2);
  const left = mark.corner.endsWith('left');
  const top = mark.corner.startsWith('top');
  const startPx = lengthPx(mark.startMm);
  const runPx = lengthPx(mark.lengthMm);
  if (mark.axis === 'horizontal') {
    const edgeY = top ? tile.yPx : tile.yPx + tile.heightPx;
    const x0 = left ? tile.xPx - startPx - runPx : tile.xPx + tile.widthPx + startPx;
    return rectOfPx(x0, edgeY - half, runPx, strokePx);
  }
  const edgeX = left ? tile.xPx : tile.xPx + tile.widthPx;
  const y0 = top ? tile.yPx - startPx - runPx : tile.yPx + tile.heightPx + startPx;
  return rectOfPx(edgeX - half, y0, strokePx, runPx);
}

/** A point on the sheet as laid out → the same point in the file (turned clockwise when quarterTurn). */
export function sheetPointToPagePx(layout: SheetLayoutPx, point: Point): Point {
  return layout.quarterTurn ? { x: layout.heightPx - point.y, y: point.x } : point;
}

/** A pixel rectangle on the sheet as laid out → the same pixels in the file. */
export function sheetRectToPagePx(layout: SheetLayoutPx, rect: RectPx): RectPx {
  if (!layout.quarterTurn) return rect;
  return { xPx: px(layout.heightPx - rect.yPx - rect.heightPx), yPx: rect.xPx, widthPx: rect.heightPx, heightPx: rect.widthPx };
}
