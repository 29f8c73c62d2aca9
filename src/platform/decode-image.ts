import { decodeHeic } from './decode-heic';
import { jpegIsComplete, pngIsComplete, REFUSED_FORMATS, sniffImageFormat, type ImageFormat } from './image-format';
import { orientedSize, readImageHeader, type ImageHeader } from './image-header';

/**
 * Photos larger than this on the long side are scaled down on decoding: 4096 px keeps well over the 600 dpi
 * the face needs (a 34 mm face is 803 px) while a 48 MP phone photo would otherwise take ~200 MB as a bitmap.
 */
export const DECODE_LONG_SIDE_PX = 4096;
/** Refuse files this large before reading them: no camera photo comes near it, and it protects the tab. */
export const MAX_FILE_BYTES = 80 * 1024 * 1024;
/** Smaller than this on the short side cannot hold a face worth measuring. */
export const MIN_SHORT_SIDE_PX = 64;
/**
 * Refuse images claiming more pixels than this, read from the header before decoding: the decoder holds one
 * full-size RGBA copy (4 bytes a pixel, 480 MB here) while it scales down. 120 MP takes every camera and the
 * phones' 50 MP modes (and a 102 MP medium format); a 200 MP phone mode or a decompression bomb is refused.
 */
export const MAX_SOURCE_MEGAPIXELS = 120;
const PIXELS_PER_MEGAPIXEL = 1_000_000;
/** Transparent pixels become this colour, the light background every ID photo spec allows. */
const FLATTEN_BACKGROUND = '#ffffff';

export type DecodeErrorCode =
  | 'not-an-image'
  | 'unsupported-format'
  | 'truncated'
  | 'corrupt'
  | 'too-large'
  | 'too-many-pixels'
  | 'too-small'
  | 'empty';

/** How the refused formats are named in the message (the same words in every language). */
const FORMAT_NAMES: Partial<Record<ImageFormat, string>> = { tiff: 'TIFF', svg: 'SVG', pdf: 'PDF', raw: 'RAW' };

export class DecodeError extends Error {
  constructor(
    readonly code: DecodeErrorCode,
    readonly format: ImageFormat,
    detail: string,
    /** Parameters of the user's message (errors.json). */
    readonly params: Readonly<Record<string, string | number>> = {},
  ) {
    super(`${code}: ${detail}`);
    this.name = 'DecodeError';
  }
}

export interface DecodedPhoto {
  readonly bitmap: ImageBitmap;
  readonly format: ImageFormat;
  /** Size of the original after EXIF orientation, before any downscaling. */
  readonly originalWidthPx: number;
  readonly originalHeightPx: number;
  readonly fileName: string;
}

/**
 * File → bitmap with EXIF orientation applied (createImageBitmap's `imageOrientation: 'from-image'`), at most
 * DECODE_LONG_SIDE_PX on the long side. Every refusal is a DecodeError, and happens before any pixel is decoded
 * when the bytes already tell (empty, not an image, refused format, cut off, bomb, too small).
 */
export async function decodeImage(file: Blob, fileName: string): Promise<DecodedPhoto> {
  if (file.size === 0) throw new DecodeError('empty', 'unknown', 'the file is empty');
  if (file.size > MAX_FILE_BYTES) throw new DecodeError('too-large', 'unknown', `${file.size} bytes`);
  const bytes = new Uint8Array(await file.arrayBuffer());
  const format = sniffImageFormat(bytes);
  if (REFUSED_FORMATS.includes(format)) {
    throw new DecodeError('unsupported-format', format, `${format} is not a photo format`, { format: FORMAT_NAMES[format] ?? format });
  }
  if (format === 'unknown') throw new DecodeError('not-an-image', format, 'unrecognised file signature');
  if (format === 'jpeg' && !jpegIsComplete(bytes)) throw new DecodeError('truncated', format, 'JPEG without end-of-image marker');
  if (format === 'png' && !pngIsComplete(bytes)) throw new DecodeError('truncated', format, 'PNG without IEND chunk');
  const header = readImageHeader(bytes, format);
  if (!header) throw new DecodeError('corrupt', format, 'no readable image header');
  checkPixelSize(header, format);

  const shown = orientedSize(header);
  const scale = Math.min(1, DECODE_LONG_SIDE_PX / Math.max(shown.widthPx, shown.heightPx));
  // Decode straight to the working size: the browser never hands us a full-size 50 MP bitmap. Only the width is
  // given, so the height follows the decoded aspect even if a browser orients differently than the header says.
  const options: ImageBitmapOptions = {
    imageOrientation: 'from-image',
    ...(scale < 1 ? { resizeWidth: Math.round(shown.widthPx * scale), resizeQuality: 'high' as const } : {}),
  };
  const blob = new Blob([bytes]);
  let bitmap: ImageBitmap;
  try {
    bitmap = format === 'heic' ? await decodeHeic(blob, options) : await createImageBitmap(blob, options);
  } catch (error) {
    throw new DecodeError('corrupt', format, String(error));
  }
  bitmap = await capLongSide(bitmap);
  if (header.mayHaveAlpha) bitmap = flattenOnWhite(bitmap);
  // The header's size as shown; swap if the browser turned the image the other way than its header said.
  const turned = (bitmap.width > bitmap.height) !== (shown.widthPx > shown.heightPx) && bitmap.width !== bitmap.height;
  return {
    bitmap,
    format,
    originalWidthPx: turned ? shown.heightPx : shown.widthPx,
    originalHeightPx: turned ? shown.widthPx : shown.heightPx,
    fileName,
  };
}

function checkPixelSize(header: ImageHeader, format: ImageFormat): void {
  const megapixels = (header.widthPx * header.heightPx) / PIXELS_PER_MEGAPIXEL;
  if (megapixels > MAX_SOURCE_MEGAPIXELS) {
    throw new DecodeError('too-many-pixels', format, `${header.widthPx}×${header.heightPx} px`, {
      widthPx: header.widthPx,
      heightPx: header.heightPx,
      megapixels: Math.round(megapixels),
      limitMegapixels: MAX_SOURCE_MEGAPIXELS,
    });
  }
  if (Math.min(header.widthPx, header.heightPx) < MIN_SHORT_SIDE_PX) {
    throw new DecodeError('too-small', format, `${header.widthPx}×${header.heightPx}`, { minPx: MIN_SHORT_SIDE_PX });
  }
}

/** A second, rarely needed scaling step: when a decoder ignored the resize option (a HEIC decoded natively). */
async function capLongSide(bitmap: ImageBitmap): Promise<ImageBitmap> {
  const longSide = Math.max(bitmap.width, bitmap.height);
  if (longSide <= DECODE_LONG_SIDE_PX) return bitmap;
  const scale = DECODE_LONG_SIDE_PX / longSide;
  const scaled = await createImageBitmap(bitmap, {
    resizeWidth: Math.round(bitmap.width * scale),
    resizeHeight: Math.round(bitmap.height * scale),
    resizeQuality: 'high',
  });
  bitmap.close();
  return scaled;
}

/**
 * A cut-out with a transparent background (a PNG from a background remover) is put on white: the face detector
 * and the person matte read transparent pixels as black, and a light background is what every spec asks for.
 */
function flattenOnWhite(bitmap: ImageBitmap): ImageBitmap {
  const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
  const context = canvas.getContext('2d');
  if (!context) return bitmap;
  context.fillStyle = FLATTEN_BACKGROUND;
  context.fillRect(0, 0, bitmap.width, bitmap.height);
  context.drawImage(bitmap, 0, 0);
  bitmap.close();
  return canvas.transferToImageBitmap();
}
