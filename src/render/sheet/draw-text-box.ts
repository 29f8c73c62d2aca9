import type { TextBoxPx } from '../../core/sheet/sheet-layout-to-px';
import { fitText } from './fit-text';

/** System fonts that hold Japanese on every platform we target; the sheet ships no font file. */
export const SHEET_FONT_FAMILY = 'system-ui, "Hiragino Sans", "Hiragino Kaku Gothic ProN", "Yu Gothic", "Noto Sans CJK JP", "Noto Sans JP", sans-serif';

type Context2D = OffscreenCanvasRenderingContext2D | CanvasRenderingContext2D;

/**
 * Draws lines of text into a box on the sheet canvas, one every `linePx`, each vertically centred on its line;
 * turned a quarter when the box is (see TextRotation for the box's own frame).
 */
export function drawTextBox(ctx: Context2D, box: TextBoxPx, lines: readonly string[], linePx: number, align: 'start' | 'center'): void {
  const { rectPx, rotationDeg, fontPx } = box;
  const boxWidthPx = rotationDeg === 0 ? rectPx.widthPx : rectPx.heightPx;
  ctx.save();
  if (rotationDeg === 90) {
    ctx.translate(rectPx.xPx + rectPx.widthPx, rectPx.yPx);
    ctx.rotate(Math.PI / 2);
  } else if (rotationDeg === -90) {
    ctx.translate(rectPx.xPx, rectPx.yPx + rectPx.heightPx);
    ctx.rotate(-Math.PI / 2);
  } else {
    ctx.translate(rectPx.xPx, rectPx.yPx);
  }
  ctx.fillStyle = '#000000';
  ctx.textBaseline = 'middle';
  ctx.textAlign = align === 'center' ? 'center' : 'left';
  const measure = (text: string, size: number): number => {
    ctx.font = `${size}px ${SHEET_FONT_FAMILY}`;
    return ctx.measureText(text).width;
  };
  lines.forEach((line, index) => {
    const fitted = fitText(line, boxWidthPx, fontPx, measure);
    ctx.font = `${fitted.fontSize}px ${SHEET_FONT_FAMILY}`;
    ctx.fillText(fitted.text, align === 'center' ? boxWidthPx / 2 : 0, (index + 0.5) * linePx);
  });
  ctx.restore();
}
