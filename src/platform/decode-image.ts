import { jpegIsComplete, pngIsComplete, sniffImageFormat, type ImageFormat } from './image-format';

/**
 * Photos larger than this on the long side are scaled down on decoding: 4096 px keeps well over the 600 dpi
 * the face needs (a 34 mm face is 803 px) while a 48 MP phone photo would otherwise take ~200 MB as a bitmap.
 */
export const DECODE_LONG_SIDE_PX = 4096;
/** Refuse files this large before reading them: no camera photo comes near it, and it protects the tab. */
export const MAX_FILE_BYTES = 80 * 1024 * 1024;
/** Smaller than this on the short side cannot hold a face worth measuring. */
export const MIN_SHORT_SIDE_PX = 64;

export type DecodeErrorCode = 'not-an-image' | 'unsupported-format' | 'truncated' | 'corrupt' | 'too-large' | 'too-small' | 'empty';

export class DecodeError extends Error {
  constructor(
    readonly code: DecodeErrorCode,
    readonly format: ImageFormat,
    detail: string,
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

const DECODABLE: readonly ImageFormat[] = ['jpeg', 'png', 'webp', 'gif', 'bmp'];

/** File → bitmap with EXIF orientation applied (createImageBitmap's `imageOrientation: 'from-image'`). */
export async function decodeImage(file: Blob, fileName: string): Promise<DecodedPhoto> {
  if (file.size === 0) throw new DecodeError('empty', 'unknown', 'the file is empty');
  if (file.size > MAX_FILE_BYTES) throw new DecodeError('too-large', 'unknown', `${file.size} bytes`);
  const bytes = new Uint8Array(await file.arrayBuffer());
  const format = sniffImageFormat(bytes);
  if (format === 'heic') throw new DecodeError('unsupported-format', format, 'HEIC/HEIF/AVIF');
  if (!DECODABLE.includes(format)) throw new DecodeError('not-an-image', format, 'unrecognised file signature');
  if (format === 'jpeg' && !jpegIsComplete(bytes)) throw new DecodeError('truncated', format, 'JPEG without end-of-image marker');
  if (format === 'png' && !pngIsComplete(bytes)) throw new DecodeError('truncated', format, 'PNG without IEND chunk');
  let full: ImageBitmap;
  try {
    full = await createImageBitmap(new Blob([bytes]), { imageOrientation: 'from-image' });
  } catch (error) {
    throw new DecodeError('corrupt', format, String(error));
  }
  const { width, height } = full;
  if (Math.min(width, height) < MIN_SHORT_SIDE_PX) {
    full.close();
    throw new DecodeError('too-small', format, `${width}×${height}`);
  }
  const scale = Math.min(1, DECODE_LONG_SIDE_PX / Math.max(width, height));
  if (scale === 1) return { bitmap: full, format, originalWidthPx: width, originalHeightPx: height, fileName };
  const bitmap = await createImageBitmap(full, {
    resizeWidth: Math.round(width * scale),
    resizeHeight: Math.round(height * scale),
    resizeQuality: 'high',
  });
  full.close();
  return { bitmap, format, originalWidthPx: width, originalHeightPx: height, fileName };
}
