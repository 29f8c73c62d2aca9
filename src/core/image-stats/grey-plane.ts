import { greyLevel } from './grey-level';
import { RGBA_CHANNELS, type PixelBuffer } from './pixel-buffer';

/**
 * A grey-level image of the photo (0..255 per pixel, Rec. 601 like greyLevel), possibly a crop and possibly
 * reduced: plane pixel (i, j) covers the source pixels from origin + (i, j)·sourcePxPerPlanePx. Edge searches on
 * the face (the chin's lower edge, the contrast at the crown) read it in source pixel coordinates.
 */
export interface GreyPlane {
  readonly width: number;
  readonly height: number;
  readonly data: Uint8Array;
  readonly originXPx: number;
  readonly originYPx: number;
  readonly sourcePxPerPlanePx: number;
}

/** The whole of `image` as a grey plane; `sourcePxPerImagePx` > 1 when the image is a reduced copy of the photo. */
export function greyPlaneOf(image: PixelBuffer, sourcePxPerImagePx = 1): GreyPlane {
  const data = new Uint8Array(image.width * image.height);
  const rgba = image.data;
  for (let i = 0, j = 0; i < data.length; i++, j += RGBA_CHANNELS) {
    data[i] = Math.round(greyLevel(rgba[j] as number, rgba[j + 1] as number, rgba[j + 2] as number));
  }
  return { width: image.width, height: image.height, data, originXPx: 0, originYPx: 0, sourcePxPerPlanePx: sourcePxPerImagePx };
}

/** Bilinear grey level at a source position; null outside the plane. */
export function greyAt(plane: GreyPlane, xPx: number, yPx: number): number | null {
  const px = (xPx - plane.originXPx) / plane.sourcePxPerPlanePx - 0.5;
  const py = (yPx - plane.originYPx) / plane.sourcePxPerPlanePx - 0.5;
  const x0 = Math.floor(px);
  const y0 = Math.floor(py);
  if (x0 < 0 || y0 < 0 || x0 + 1 >= plane.width || y0 + 1 >= plane.height) return null;
  const fx = px - x0;
  const fy = py - y0;
  const i = y0 * plane.width + x0;
  const d = plane.data;
  const top = (d[i] as number) * (1 - fx) + (d[i + 1] as number) * fx;
  const bottom = (d[i + plane.width] as number) * (1 - fx) + (d[i + plane.width + 1] as number) * fx;
  return top * (1 - fy) + bottom * fy;
}
