import type { Point } from '../geometry';

/** A closed polygon in image pixel coordinates (x right, y down); the last point connects to the first. */
export type Polygon = readonly Point[];

/** Which pixels of a rectangle of the image lie inside a polygon; 1 inside, 0 outside. */
export interface RegionMask {
  /** Top-left pixel of the rectangle the mask covers. */
  readonly x0: number;
  readonly y0: number;
  readonly width: number;
  readonly height: number;
  readonly inside: Uint8Array;
  /** Pixels inside. */
  readonly count: number;
}

/**
 * Rasterises a polygon (even-odd rule) on pixel centres, clipped to an image of widthPx × heightPx.
 * A pixel (x, y) is inside when its centre (x + 0.5, y + 0.5) is.
 */
export function regionMask(polygon: Polygon, widthPx: number, heightPx: number): RegionMask {
  let minX = Infinity;
  let minY = Infinity;
  let maxX = -Infinity;
  let maxY = -Infinity;
  for (const p of polygon) {
    minX = Math.min(minX, p.x);
    minY = Math.min(minY, p.y);
    maxX = Math.max(maxX, p.x);
    maxY = Math.max(maxY, p.y);
  }
  const x0 = Math.max(0, Math.floor(minX));
  const y0 = Math.max(0, Math.floor(minY));
  const x1 = Math.min(widthPx, Math.ceil(maxX));
  const y1 = Math.min(heightPx, Math.ceil(maxY));
  const width = Math.max(0, x1 - x0);
  const height = Math.max(0, y1 - y0);
  const inside = new Uint8Array(width * height);
  let count = 0;
  if (polygon.length < 3 || width === 0 || height === 0) return { x0, y0, width, height, inside, count };

  const crossings: number[] = [];
  for (let row = 0; row < height; row++) {
    const cy = y0 + row + 0.5;
    crossings.length = 0;
    for (let i = 0; i < polygon.length; i++) {
      const a = polygon[i] as Point;
      const b = polygon[(i + 1) % polygon.length] as Point;
      // Half-open in y so a vertex exactly on the scan line is counted once.
      if (a.y <= cy !== b.y <= cy) crossings.push(a.x + ((cy - a.y) / (b.y - a.y)) * (b.x - a.x));
    }
    crossings.sort((p, q) => p - q);
    for (let k = 0; k + 1 < crossings.length; k += 2) {
      // Pixel centres x + 0.5 in [left, right).
      const from = Math.max(x0, Math.ceil((crossings[k] as number) - 0.5));
      const to = Math.min(x1, Math.ceil((crossings[k + 1] as number) - 0.5));
      for (let x = from; x < to; x++) {
        inside[row * width + (x - x0)] = 1;
        count++;
      }
    }
  }
  return { x0, y0, width, height, inside, count };
}
