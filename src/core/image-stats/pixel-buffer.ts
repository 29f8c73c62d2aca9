/**
 * An RGBA image as the browser produces it (ImageData, or the bytes of an OffscreenCanvas read-back):
 * 4 bytes per pixel, row-major, sRGB-encoded, alpha ignored. Declared here so the core never needs the DOM lib.
 */
export interface PixelBuffer {
  readonly width: number;
  readonly height: number;
  readonly data: Uint8ClampedArray | Uint8Array;
}

/** Bytes per pixel in a PixelBuffer (R, G, B, A). */
export const RGBA_CHANNELS = 4;

export function assertPixelBuffer(image: PixelBuffer): void {
  const expected = image.width * image.height * RGBA_CHANNELS;
  if (!(image.width > 0 && image.height > 0) || image.data.length !== expected) {
    throw new Error(`image: ${image.width}×${image.height} RGBA needs ${expected} bytes, got ${image.data.length}`);
  }
}
