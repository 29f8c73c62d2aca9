import type { Point } from '../../../src/core/geometry';
import type { FaceRegion } from '../../../src/core/image-stats/face-region';
import type { PixelBuffer } from '../../../src/core/image-stats/pixel-buffer';
import type { Polygon } from '../../../src/core/image-stats/region-mask';

export type Rgb = readonly [number, number, number];

/** An RGBA buffer painted by `colour` at each pixel centre. */
export function paint(width: number, height: number, colour: (x: number, y: number) => Rgb): PixelBuffer {
  const data = new Uint8ClampedArray(width * height * 4);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const [r, g, b] = colour(x + 0.5, y + 0.5);
      const i = (y * width + x) * 4;
      data[i] = r;
      data[i + 1] = g;
      data[i + 2] = b;
      data[i + 3] = 255;
    }
  }
  return { width, height, data };
}

export function grey(v: number): Rgb {
  return [v, v, v];
}

/** An ellipse as a polygon of n points, clockwise on screen from the top. */
export function ellipse(cx: number, cy: number, rx: number, ry: number, n = 36): Polygon {
  return Array.from({ length: n }, (_, k) => {
    const t = (k / n) * 2 * Math.PI;
    return { x: cx + rx * Math.sin(t), y: cy - ry * Math.cos(t) };
  });
}

export function inEllipse(p: Point, cx: number, cy: number, rx: number, ry: number): boolean {
  return ((p.x - cx) / rx) ** 2 + ((p.y - cy) / ry) ** 2 <= 1;
}

/** A face-shaped region: outline ellipse, eyes 0.4 rx either side a fifth of ry above the centre, chin at the bottom. */
export function faceRegion(cx: number, cy: number, rx: number, ry: number): FaceRegion {
  return {
    outline: ellipse(cx, cy, rx, ry),
    eyeImageLeft: { x: cx - 0.4 * rx, y: cy - 0.2 * ry },
    eyeImageRight: { x: cx + 0.4 * rx, y: cy - 0.2 * ry },
    chin: { x: cx, y: cy + ry },
  };
}

/**
 * Skin-like detail: broad shading (a slow wave, the way light falls across a face) plus fine features (a product of
 * sines with the given period in px). Blur removes the fine part and keeps the shading, as on a real face.
 */
export function skin(base: number, amplitude: number, periodPx: number): (x: number, y: number) => number {
  const fine = (2 * Math.PI) / periodPx;
  const broad = fine / 12;
  return (x, y) => base + amplitude * (0.6 * Math.sin(broad * x + 1) * Math.cos(broad * y) + 0.5 * Math.sin(fine * x) * Math.sin(fine * y * 0.9));
}

/** Separable box blur of radius r, repeated `passes` times (3 passes ≈ a Gaussian of σ ≈ r). */
export function boxBlur(image: PixelBuffer, r: number, passes = 3): PixelBuffer {
  const { width: w, height: h } = image;
  let src = Uint8ClampedArray.from(image.data);
  for (let pass = 0; pass < passes; pass++) {
    for (const horizontal of [true, false]) {
      const out = new Uint8ClampedArray(src.length);
      for (let y = 0; y < h; y++) {
        for (let x = 0; x < w; x++) {
          for (let c = 0; c < 4; c++) {
            let sum = 0;
            for (let k = -r; k <= r; k++) {
              const xx = horizontal ? Math.min(w - 1, Math.max(0, x + k)) : x;
              const yy = horizontal ? y : Math.min(h - 1, Math.max(0, y + k));
              sum += src[(yy * w + xx) * 4 + c] as number;
            }
            out[(y * w + x) * 4 + c] = sum / (2 * r + 1);
          }
        }
      }
      src = out;
    }
  }
  return { width: w, height: h, data: src };
}
