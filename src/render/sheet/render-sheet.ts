import type { SheetLayout } from '../../core/sheet/sheet-layout-types';
import { sheetLayoutPx, type RectPx, type SheetLayoutPx } from '../../core/sheet/sheet-layout-to-px';
import { OUTPUT_DPI, type Dpi } from '../../core/units';
import { drawTextBox } from './draw-text-box';
import type { SheetCaptions } from './sheet-captions';
import { turnClockwise } from './turn-clockwise';

/** A rendered photo at its exact output pixels (the canvas renderPhoto returns, or an ImageBitmap of it). */
export type SheetPhotoImage = OffscreenCanvas | ImageBitmap | HTMLCanvasElement;

export interface RenderedSheet {
  /** The page, upright (L at 600 dpi: 2102 × 3000), before any encoding: a test can read its pixels exactly. */
  readonly canvas: OffscreenCanvas;
  /** Where everything was drawn, in the sheet's own pixel frame (see sheetRectToPagePx for the page). */
  readonly layoutPx: SheetLayoutPx;
}

const PAPER_WHITE = '#ffffff';
const INK_BLACK = '#000000';

function fillRect(ctx: OffscreenCanvasRenderingContext2D, rect: RectPx): void {
  ctx.fillRect(rect.xPx, rect.yPx, rect.widthPx, rect.heightPx);
}

/**
 * Draws a sheet at `dpi`: white paper, each photo tile, cut marks, ruler, label. A photo whose image has the
 * tile's pixel size (every bordered sheet at 600 dpi) is copied 1:1 at a whole-pixel offset, so the tiles are
 * pixel-identical to the single photo; otherwise (borderless pre-scale, a preview dpi) it is resampled smoothly.
 */
export function renderSheet(
  layout: SheetLayout,
  photos: ReadonlyMap<string, SheetPhotoImage>,
  captions: SheetCaptions,
  dpi: Dpi = OUTPUT_DPI,
): RenderedSheet {
  const layoutPx = sheetLayoutPx(layout, dpi);
  const canvas = new OffscreenCanvas(layoutPx.widthPx, layoutPx.heightPx);
  const ctx = canvas.getContext('2d', { alpha: false });
  if (!ctx) throw new Error('2D canvas unavailable');
  ctx.fillStyle = PAPER_WHITE;
  ctx.fillRect(0, 0, canvas.width, canvas.height);

  for (const tile of layoutPx.tiles) {
    const image = photos.get(tile.specId);
    if (!image) throw new Error(`no rendered photo for spec "${tile.specId}"`);
    const { xPx, yPx, widthPx, heightPx } = tile.rectPx;
    if (image.width === widthPx && image.height === heightPx) {
      ctx.imageSmoothingEnabled = false;
      ctx.drawImage(image, xPx, yPx);
    } else {
      ctx.imageSmoothingEnabled = true;
      ctx.imageSmoothingQuality = 'high';
      ctx.drawImage(image, xPx, yPx, widthPx, heightPx);
    }
  }

  ctx.fillStyle = INK_BLACK;
  for (const mark of layoutPx.cutMarks) fillRect(ctx, mark.rectPx);
  if (layoutPx.ruler) {
    fillRect(ctx, layoutPx.ruler.lineRectPx);
    for (const tick of layoutPx.ruler.ticks) fillRect(ctx, tick.rectPx);
    const caption = layoutPx.ruler.caption;
    // The caption is one line as deep as its box: the box's height, or its width when the box is turned.
    const captionLinePx = caption.rotationDeg !== 0 ? caption.rectPx.widthPx : caption.rectPx.heightPx;
    drawTextBox(ctx, caption, [captions.ruler], captionLinePx, 'center');
  }
  if (layoutPx.label) drawTextBox(ctx, layoutPx.label.box, captions.labelLines, layoutPx.label.linePx, 'start');

  return { canvas: layoutPx.quarterTurn ? turnClockwise(canvas) : canvas, layoutPx };
}
