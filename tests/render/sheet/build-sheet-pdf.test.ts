import { readFileSync } from 'node:fs';
import { inflateSync } from 'node:zlib';
import { PDFDocument, PDFName, PDFRawStream, type PDFDict } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { layoutSheet } from '../../../src/core/sheet/layout-sheet-mm';
import { mm, mmToPx } from '../../../src/core/units';
import { buildSheetPdf, PDF_POINTS_PER_INCH } from '../../../src/render/sheet/build-sheet-pdf';
import { findPaper } from '../../../src/specs/papers';

/** pdf-lib writes numbers with up to 4 decimals (1/10000 pt ≈ 0.035 µm). */
const PT_TOLERANCE = 1e-3;

const jpeg = new Uint8Array(readFileSync(new URL('../../fixtures/photos/C001061.jpg', import.meta.url)));
const pt = (lengthMm: number): number => mmToPx(mm(lengthMm), PDF_POINTS_PER_INCH);

async function pageOperators(bytes: Uint8Array): Promise<{ doc: PDFDocument; content: string }> {
  const doc = await PDFDocument.load(bytes);
  const page = doc.getPage(0);
  const contents = page.node.Contents();
  const refs = contents && 'asArray' in contents ? contents.asArray() : [page.node.get(PDFName.of('Contents'))];
  let content = '';
  for (const ref of refs) {
    const stream = doc.context.lookup(ref);
    if (!(stream instanceof PDFRawStream)) continue;
    const filter = (stream.dict as PDFDict).get(PDFName.of('Filter'));
    content += filter ? inflateSync(stream.contents).toString('latin1') : Buffer.from(stream.contents).toString('latin1');
  }
  return { doc, content };
}

describe('buildSheetPdf', () => {
  const a4 = findPaper('A4');
  if (!a4) throw new Error('no A4');
  const spec = { id: 'jp-passport', widthMm: 35, heightMm: 45 };
  const captions = (n: number) => ({ ruler: 'This line should measure 50 mm', labelLines: Array<string>(n).fill('Passport 35 x 45 mm') });

  it('draws an A4 page at exact mm size with each photo at its true mm size, the JPEG embedded once', async () => {
    const layout = layoutSheet(a4, [{ spec, copies: 'fill' }], { madeOn: '2026-11-21' });
    const bytes = await buildSheetPdf(layout, new Map([[spec.id, jpeg]]), captions(layout.label?.lines.length ?? 0));
    const { doc, content } = await pageOperators(bytes);
    const { width, height } = doc.getPage(0).getSize();
    expect(width).toBeCloseTo(pt(210), 3);
    expect(height).toBeCloseTo(pt(297), 3);

    // pdf-lib places an image as: translate (1 0 0 1 x y cm), then scale (w 0 0 h 0 0 cm), then Do.
    const placements = [...content.matchAll(/1 0 0 1 ([\d.]+) ([\d.]+) cm\s+1 0 0 1 0 0 cm\s+([\d.]+) 0 0 ([\d.]+) 0 0 cm\s+1 0 0 1 0 0 cm\s+\/\S+ Do/g)].map(
      (m) => [m[3], m[4], m[1], m[2]].map(Number),
    );
    expect(placements).toHaveLength(layout.photos.length);
    layout.photos.forEach((photo, i) => {
      const [w, h, x, y] = placements[i] ?? [];
      expect(Math.abs((w ?? 0) - pt(35))).toBeLessThan(PT_TOLERANCE);
      expect(Math.abs((h ?? 0) - pt(45))).toBeLessThan(PT_TOLERANCE);
      expect(Math.abs((x ?? 0) - pt(photo.rectMm.xMm))).toBeLessThan(PT_TOLERANCE);
      expect(Math.abs((y ?? 0) - (pt(297) - pt(photo.rectMm.yMm + 45)))).toBeLessThan(PT_TOLERANCE);
    });
    // One image XObject however many copies: the photo's bytes are not duplicated or re-encoded.
    const xObjects = doc.context.enumerateIndirectObjects().filter(([, obj]) => obj instanceof PDFRawStream && obj.dict.get(PDFName.of('Subtype')) === PDFName.of('Image'));
    expect(xObjects).toHaveLength(1);
    expect(bytes.length).toBeLessThan(jpeg.length + 50_000);
    // The English caption stays vector text.
    expect(content).toContain('Tf');
  });

  it('draws the ruler 50 mm long as a vector line', async () => {
    const layout = layoutSheet(a4, [{ spec, copies: 2 }]);
    const { content } = await pageOperators(await buildSheetPdf(layout, new Map([[spec.id, jpeg]]), captions(layout.label?.lines.length ?? 0)));
    const ruler = layout.ruler;
    if (!ruler) throw new Error('no ruler');
    const lines = [...content.matchAll(/([\d.]+) ([\d.]+) m\s+([\d.]+) ([\d.]+) l/g)].map((m) => m.slice(1).map(Number));
    const rulerLine = lines.find(([x0, , x1]) => Math.abs(Math.abs((x1 ?? 0) - (x0 ?? 0)) - pt(50)) < PT_TOLERANCE);
    expect(rulerLine).toBeDefined();
  });

  it('stores a turned layout on a landscape page, photos upright', async () => {
    const layout = layoutSheet(a4, [{ spec: { id: 'x', widthMm: 24, heightMm: 30 }, copies: 'fill' }]);
    expect(layout.quarterTurn).toBe(true);
    const { doc } = await pageOperators(await buildSheetPdf(layout, new Map([['x', jpeg]]), captions(layout.label?.lines.length ?? 0)));
    const page = doc.getPage(0);
    expect(page.getRotation().angle).toBe(0);
    expect(page.getSize().width).toBeCloseTo(pt(297), 3);
  });

  it('names the spec whose JPEG is missing', async () => {
    const layout = layoutSheet(a4, [{ spec, copies: 1 }]);
    await expect(buildSheetPdf(layout, new Map(), captions(1))).rejects.toThrow('jp-passport');
  });
});
