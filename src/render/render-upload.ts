import { dpiFor, mm, px } from '../core/units';
import { DEFAULT_JPEG_QUALITY, encodeJpeg } from './encode-jpeg';
import { fitFileSize, type FileSizeBand } from './fit-file-size';
import { renderPhoto, type RenderInput } from './render-photo';

export interface UploadTarget {
  readonly widthPx: number;
  readonly heightPx: number;
  /** The photo's printed width, to write a truthful density in the header. */
  readonly widthMm: number;
  readonly band: FileSizeBand | undefined;
}

export interface UploadFile {
  readonly bytes: Uint8Array;
  readonly widthPx: number;
  readonly heightPx: number;
  readonly quality: number;
  readonly padded: boolean;
  readonly withinBand: boolean;
}

/**
 * The file for an online application: the same rendered photo, resampled to the pixel size the rule asks for
 * (high-quality resampling), then encoded at the best JPEG quality that lands inside the file-size band.
 */
export async function renderUpload(input: RenderInput, target: UploadTarget): Promise<UploadFile> {
  const printCanvas = await renderPhoto(input);
  let canvas = printCanvas;
  if (printCanvas.width !== target.widthPx || printCanvas.height !== target.heightPx) {
    const bitmap = await createImageBitmap(printCanvas, { resizeWidth: target.widthPx, resizeHeight: target.heightPx, resizeQuality: 'high' });
    canvas = new OffscreenCanvas(target.widthPx, target.heightPx);
    canvas.getContext('2d')?.drawImage(bitmap, 0, 0);
    bitmap.close();
  }
  // The density that makes the file print at the document's size (e.g. 1200 px over 51 mm ≈ 598 dpi).
  const dpi = Math.max(1, Math.round(dpiFor(px(target.widthPx), mm(target.widthMm))));
  const encode = (quality: number) => encodeJpeg(canvas, dpi, quality);
  if (!target.band) {
    const bytes = await encode(DEFAULT_JPEG_QUALITY);
    return { bytes, widthPx: canvas.width, heightPx: canvas.height, quality: DEFAULT_JPEG_QUALITY, padded: false, withinBand: true };
  }
  const fitted = await fitFileSize(encode, target.band);
  return { bytes: fitted.bytes, widthPx: canvas.width, heightPx: canvas.height, quality: fitted.quality, padded: fitted.padded, withinBand: fitted.withinBand };
}
