import { degrees, LineCapStyle, PDFDocument, rgb, StandardFonts, type PDFFont, type PDFImage, type PDFPage } from 'pdf-lib';
import type { Point } from '../../core/geometry';
import type { RectMm } from '../../core/sheet/rect-mm';
import type { SegmentMm, SheetLayout, TextBox } from '../../core/sheet/sheet-layout-types';
import { dpi, edgePx, mm, mmToPx, OUTPUT_DPI, px, type Dpi, type Mm } from '../../core/units';
import { drawTextBox } from './draw-text-box';
import { fitText } from './fit-text';
import type { SheetCaptions } from './sheet-captions';

/** PDF user space: one unit is 1/72 inch (ISO 32000-1, 8.3.2.3), so points are "pixels" at 72 dpi. */
export const PDF_POINTS_PER_INCH: Dpi = dpi(72);

export interface SheetPdfOptions {
  readonly title?: string;
  /** Resolution of text drawn as an image when the standard PDF font cannot write it (Japanese). */
  readonly textDpi?: Dpi;
}

const BLACK = rgb(0, 0, 0);
const DEFAULT_TITLE = 'ID photo sheet';

/** Where things go on the page: sheet mm (content pre-scaled about the centre) → PDF points, y upwards. */
interface PageMap {
  readonly scale: number;
  point(p: Point): { x: number; y: number };
  /** A sheet rectangle as the PDF's bottom-left corner and size. */
  rect(r: RectMm): { x: number; y: number; width: number; height: number };
  length(mm: Mm): number;
}

function pageMap(layout: SheetLayout): PageMap {
  const s = layout.contentScale;
  const pt = (length: Mm): number => mmToPx(length, PDF_POINTS_PER_INCH);
  // Sheet points (Point) are plain numbers in mm: x and y are branded here, where they are scaled.
  const fx = (x: number): Mm => mm(layout.widthMm / 2 + s * (x - layout.widthMm / 2));
  const fy = (y: number): Mm => mm(layout.heightMm / 2 + s * (y - layout.heightMm / 2));
  const scaled = (length: Mm): number => pt(mm(length * s));
  const pageHeightPt = pt(layout.heightMm);
  return {
    scale: s,
    point: (p) => ({ x: pt(fx(p.x)), y: pageHeightPt - pt(fy(p.y)) }),
    rect: (r) => ({ x: pt(fx(r.xMm)), y: pageHeightPt - pt(fy(r.yMm + r.heightMm)), width: scaled(r.widthMm), height: scaled(r.heightMm) }),
    length: scaled,
  };
}

function drawSegment(page: PDFPage, map: PageMap, segment: SegmentMm, strokeMm: Mm): void {
  page.drawLine({ start: map.point(segment.fromMm), end: map.point(segment.toMm), thickness: map.length(strokeMm), color: BLACK, lineCap: LineCapStyle.Butt });
}

/** True when the standard font can write every string (WinAnsi): then the text stays vector. */
function encodable(font: PDFFont, texts: readonly string[]): boolean {
  try {
    for (const text of texts) font.encodeText(text);
    return true;
  } catch {
    return false;
  }
}

/** A point in a text box's own frame (u along the text, v across it, in mm) → sheet mm. */
function boxPoint(box: TextBox, u: Mm, v: Mm): Point {
  const r = box.rectMm;
  if (box.rotationDeg === 90) return { x: r.xMm + r.widthMm - v, y: r.yMm + u };
  if (box.rotationDeg === -90) return { x: r.xMm + v, y: r.yMm + r.heightMm - u };
  return { x: r.xMm + u, y: r.yMm + v };
}

function drawVectorText(page: PDFPage, map: PageMap, font: PDFFont, box: TextBox, lines: readonly string[], lineMm: Mm, align: 'start' | 'center'): void {
  const boxLengthMm = box.rotationDeg !== 0 ? box.rectMm.heightMm : box.rectMm.widthMm;
  const maxWidthPt = map.length(boxLengthMm);
  lines.forEach((line, index) => {
    const fitted = fitText(line, maxWidthPt, map.length(box.fontMm), (text, size) => font.widthOfTextAtSize(text, size));
    const textWidthMm = font.widthOfTextAtSize(fitted.text, fitted.fontSize) / map.length(mm(1));
    const uMm = mm(align === 'center' ? (boxLengthMm - textWidthMm) / 2 : 0);
    // Baseline half the cap height below the line's middle, so the letters sit centred on it.
    const capHeightMm = font.heightAtSize(fitted.fontSize, { descender: false }) / map.length(mm(1));
    const at = map.point(boxPoint(box, uMm, mm((index + 0.5) * lineMm + capHeightMm / 2)));
    page.drawText(fitted.text, { x: at.x, y: at.y, size: fitted.fontSize, font, color: BLACK, rotate: degrees(-box.rotationDeg) });
    // pdf-lib turns counter-clockwise with y upwards: the sheet's clockwise is its negative angle.
  });
}

async function drawRasterText(
  doc: PDFDocument,
  page: PDFPage,
  map: PageMap,
  box: TextBox,
  lines: readonly string[],
  lineMm: Mm,
  align: 'start' | 'center',
  dpi: Dpi,
): Promise<void> {
  const s = map.scale;
  const widthPx = px(Math.max(1, edgePx(mm(box.rectMm.widthMm * s), dpi)));
  const heightPx = px(Math.max(1, edgePx(mm(box.rectMm.heightMm * s), dpi)));
  const canvas = new OffscreenCanvas(widthPx, heightPx);
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new Error('2D canvas unavailable');
  drawTextBox(ctx, { rectPx: { xPx: px(0), yPx: px(0), widthPx, heightPx }, rotationDeg: box.rotationDeg, fontPx: mmToPx(mm(box.fontMm * s), dpi) }, lines, mmToPx(mm(lineMm * s), dpi), align);
  const png = new Uint8Array(await (await canvas.convertToBlob({ type: 'image/png' })).arrayBuffer());
  page.drawImage(await doc.embedPng(png), map.rect(box.rectMm));
}

/**
 * The sheet as a one-page PDF for home printers at 100 %: exact mm geometry (page, photos, cut marks and ruler are
 * vector or placed at their true size); each photo is the single JPEG's own bytes, embedded once and placed at its
 * mm size, so nothing is re-encoded. A turned layout gets a landscape page, so a viewer shows the photos upright;
 * print dialogs turn it onto the paper by themselves. Text the standard font cannot write is drawn as a 600 dpi image.
 */
export async function buildSheetPdf(
  layout: SheetLayout,
  photoJpegs: ReadonlyMap<string, Uint8Array>,
  captions: SheetCaptions,
  options: SheetPdfOptions = {},
): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  doc.setTitle(options.title ?? DEFAULT_TITLE);
  doc.setCreator('ID Photo Maker');
  const map = pageMap(layout);
  const page = doc.addPage([mmToPx(layout.widthMm, PDF_POINTS_PER_INCH), mmToPx(layout.heightMm, PDF_POINTS_PER_INCH)]);

  const images = new Map<string, PDFImage>();
  for (const photo of layout.photos) {
    let image = images.get(photo.specId);
    if (!image) {
      const bytes = photoJpegs.get(photo.specId);
      if (!bytes) throw new Error(`no JPEG for spec "${photo.specId}"`);
      image = await doc.embedJpg(bytes);
      images.set(photo.specId, image);
    }
    page.drawImage(image, map.rect(photo.rectMm));
  }

  for (const mark of layout.cutMarks) drawSegment(page, map, mark, layout.cutMarkStrokeMm);
  const ruler = layout.ruler;
  if (ruler) {
    drawSegment(page, map, ruler.line, ruler.strokeMm);
    for (const tick of ruler.ticks) drawSegment(page, map, tick, ruler.strokeMm);
  }

  const font = await doc.embedFont(StandardFonts.Helvetica);
  const vector = encodable(font, [captions.ruler, ...captions.labelLines]);
  const textDpi = options.textDpi ?? OUTPUT_DPI;
  const texts: { box: TextBox; lines: readonly string[]; lineMm: Mm; align: 'start' | 'center' }[] = [];
  if (ruler) {
    const captionDepthMm = ruler.caption.rotationDeg !== 0 ? ruler.caption.rectMm.widthMm : ruler.caption.rectMm.heightMm;
    texts.push({ box: ruler.caption, lines: [captions.ruler], lineMm: captionDepthMm, align: 'center' });
  }
  if (layout.label) texts.push({ box: layout.label.box, lines: captions.labelLines, lineMm: layout.label.lineMm, align: 'start' });
  for (const text of texts) {
    if (vector) drawVectorText(page, map, font, text.box, text.lines, text.lineMm, text.align);
    else await drawRasterText(doc, page, map, text.box, text.lines, text.lineMm, text.align, textDpi);
  }
  return doc.save();
}
