import { B_PART, G_PART, R_PART } from './ofiq-luminance';
import { RGBA_CHANNELS, type PixelBuffer } from './pixel-buffer';
import type { RegionMask } from './region-mask';

/**
 * OFIQ luminance level of every pixel inside a mask, laid out like the mask (0 outside), so the histogram and
 * the illumination halves read one byte per pixel instead of converting the colour twice.
 */
export function luminancePlane(image: PixelBuffer, mask: RegionMask): Uint8Array {
  const plane = new Uint8Array(mask.width * mask.height);
  const { data, width } = image;
  // Local aliases: hot loops should not go through module bindings (slow under test transforms).
  const rPart = R_PART;
  const gPart = G_PART;
  const bPart = B_PART;
  for (let row = 0; row < mask.height; row++) {
    const base = row * mask.width;
    let i = ((mask.y0 + row) * width + mask.x0) * RGBA_CHANNELS;
    for (let col = 0; col < mask.width; col++, i += RGBA_CHANNELS) {
      if (mask.inside[base + col] === 1) {
        // Same sum and rounding as ofiqLuminance.
        plane[base + col] = Math.floor((rPart[data[i] as number] as number) + (gPart[data[i + 1] as number] as number) + (bPart[data[i + 2] as number] as number) + 0.5);
      }
    }
  }
  return plane;
}
