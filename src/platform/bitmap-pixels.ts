/**
 * A photo's pixels for the image statistics (core/image-stats): the decoded bitmap drawn on an OffscreenCanvas,
 * scaled down by the caller's factor, and read back as sRGB RGBA. Reading back is the expensive part (a 12 MP
 * photo is 48 MB), so the last photo's pixels are kept and handed out again for the same photo id and scale.
 */
export interface BitmapPixels {
  readonly image: ImageData;
  /** Pixels of `image` per source pixel, along each axis (the size is rounded to whole pixels). */
  readonly scaleX: number;
  readonly scaleY: number;
}

let cached: { readonly photoId: number; readonly scale: number; readonly pixels: BitmapPixels } | null = null;

/**
 * `scale` ≤ 1: 1 reads the bitmap as it is. Null where there is no OffscreenCanvas (Safari before 16.4, and Node
 * in unit tests): the caller then goes without statistics.
 */
export function bitmapPixels(bitmap: ImageBitmap, photoId: number, scale: number): BitmapPixels | null {
  if (typeof OffscreenCanvas === 'undefined') return null;
  const factor = Math.min(1, scale);
  if (cached && cached.photoId === photoId && cached.scale === factor) return cached.pixels;
  const width = Math.max(1, Math.round(bitmap.width * factor));
  const height = Math.max(1, Math.round(bitmap.height * factor));
  const canvas = new OffscreenCanvas(width, height);
  // willReadFrequently keeps the canvas on the CPU, so the read-back does not wait for a GPU copy.
  const context = canvas.getContext('2d', { colorSpace: 'srgb', willReadFrequently: true });
  if (!context) return null;
  // 'high' filters every source pixel into the smaller image (area-like), instead of sampling a few: aliasing
  // would add false detail to the sharpness measure.
  context.imageSmoothingEnabled = true;
  context.imageSmoothingQuality = 'high';
  context.drawImage(bitmap, 0, 0, width, height);
  const image = context.getImageData(0, 0, width, height, { colorSpace: 'srgb' });
  const pixels: BitmapPixels = { image, scaleX: width / bitmap.width, scaleY: height / bitmap.height };
  cached = { photoId, scale: factor, pixels };
  return pixels;
}

