import type { SheetLayout } from '../../core/sheet/sheet-layout-types';
import type { SheetLayoutPx } from '../../core/sheet/sheet-layout-to-px';
import { buildSheetPdf } from './build-sheet-pdf';
import { encodeSheetJpeg } from './encode-sheet-jpeg';
import { renderSheet, type SheetPhotoImage } from './render-sheet';
import type { SheetCaptions } from './sheet-captions';

/** One document's rendered photo: the canvas (for JPEG sheets) and its JPEG bytes (for PDF sheets). */
export interface SheetPhoto {
  readonly image: SheetPhotoImage;
  readonly jpeg: Uint8Array;
}

export interface SheetFile {
  readonly bytes: Uint8Array;
  readonly mimeType: 'image/jpeg' | 'application/pdf';
  /** For `<stem>.sheet.<extension>`. */
  readonly extension: 'jpg' | 'pdf';
  /** Where everything was drawn (JPEG sheets only): what an end-to-end test checks the image against. */
  readonly layoutPx: SheetLayoutPx | null;
}

/** The downloadable sheet in the paper's output kind (specs/papers.json `output`): a 600 dpi JPEG or a PDF. */
export async function exportSheet(
  layout: SheetLayout,
  output: 'jpeg' | 'pdf',
  photos: ReadonlyMap<string, SheetPhoto>,
  captions: SheetCaptions,
): Promise<SheetFile> {
  if (output === 'pdf') {
    const jpegs = new Map([...photos].map(([specId, photo]) => [specId, photo.jpeg] as const));
    return { bytes: await buildSheetPdf(layout, jpegs, captions), mimeType: 'application/pdf', extension: 'pdf', layoutPx: null };
  }
  const images = new Map([...photos].map(([specId, photo]) => [specId, photo.image] as const));
  const { canvas, layoutPx } = renderSheet(layout, images, captions);
  return { bytes: await encodeSheetJpeg(canvas, layoutPx.dpi), mimeType: 'image/jpeg', extension: 'jpg', layoutPx };
}
