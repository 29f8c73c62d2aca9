import { RGBA_CHANNELS, type PixelBuffer } from './pixel-buffer';
import { regionMask, type Polygon, type RegionMask } from './region-mask';

/**
 * Faces taller than this (the outline's height, forehead to chin) are averaged down to it before the Laplacian
 * is taken, so a 12 MP photo and a small crop of the same scene score alike: blur is judged relative to the
 * face. 100 px is below the smallest face a usable source has (fixture portraits: 107–170 px), so nearly every
 * photo is measured at the same scale; smaller faces are measured as they are, and too few pixels is the
 * resolution rule's finding, not this one's.
 */
export const SHARPNESS_FACE_HEIGHT_PX = 100;

export interface LaplacianSharpness {
  /** Spread of the Laplacian over the spread of the grey level: contrast-free; crisp faces ≈ 0.4–1, blurred < 0.2. */
  readonly value: number;
  readonly laplacianStd: number;
  readonly greyStd: number;
  /** Source pixels averaged into each measured pixel along each axis (1 = measured at source resolution). */
  readonly sourcePxPerSample: number;
  readonly samples: number;
}

/** Rec. 601 grey (OpenCV BGR2GRAY weights) in fixed point: the perceptual scale the focus-measure literature uses. */
const GREY_R = 77;
const GREY_G = 150;
const GREY_B = 29;
const GREY_SHIFT = 8;

/**
 * Focus and motion blur of the face: the spread of the 4-neighbour Laplacian (the classic variance-of-Laplacian
 * focus measure, Pech-Pacheco et al. 2000) inside the face outline, divided by the spread of the grey level so a
 * dim or low-contrast face is not called blurred. OFIQ's Sharpness (ISO/IEC 29794-5 0x49) is a trained forest on
 * similar filter responses; this keeps the idea and stays explainable. `mask` is regionMask(outline) when the
 * caller has it already.
 */
export function laplacianSharpness(image: PixelBuffer, outline: Polygon, mask: RegionMask = regionMask(outline, image.width, image.height)): LaplacianSharpness {
  const factor = Math.max(1, mask.height / SHARPNESS_FACE_HEIGHT_PX);
  const gridW = Math.max(1, Math.ceil(mask.width / factor));
  const gridH = Math.max(1, Math.ceil(mask.height / factor));
  const sums = new Float64Array(gridW * gridH);
  const counts = new Uint32Array(gridW * gridH);
  const cellOfCol = new Int32Array(mask.width);
  for (let col = 0; col < mask.width; col++) cellOfCol[col] = Math.min(gridW - 1, Math.floor(col / factor));
  const { data, width } = image;
  // Area averaging of the pixels inside the outline into cells of factor × factor source pixels.
  for (let row = 0; row < mask.height; row++) {
    const cellRow = Math.min(gridH - 1, Math.floor(row / factor)) * gridW;
    const base = row * mask.width;
    let i = ((mask.y0 + row) * width + mask.x0) * RGBA_CHANNELS;
    for (let col = 0; col < mask.width; col++, i += RGBA_CHANNELS) {
      if (mask.inside[base + col] === 0) continue;
      const cell = cellRow + (cellOfCol[col] as number);
      sums[cell]! += ((data[i] as number) * GREY_R + (data[i + 1] as number) * GREY_G + (data[i + 2] as number) * GREY_B) >> GREY_SHIFT;
      counts[cell]! += 1;
    }
  }
  // A cell takes part when it is full, and so do its four neighbours: the outline's edge would read as detail.
  const full = Math.floor(factor) ** 2;
  const grid = new Float64Array(gridW * gridH);
  const use = new Uint8Array(gridW * gridH);
  for (let c = 0; c < grid.length; c++) {
    const n = counts[c] as number;
    if (n === 0) continue;
    grid[c] = (sums[c] as number) / n;
    use[c] = n >= full ? 1 : 0;
  }

  let n = 0;
  let lapSum = 0;
  let lapSq = 0;
  let greySum = 0;
  let greySq = 0;
  for (let gy = 1; gy < gridH - 1; gy++) {
    for (let gx = 1; gx < gridW - 1; gx++) {
      const c = gy * gridW + gx;
      if (!use[c] || !use[c - 1] || !use[c + 1] || !use[c - gridW] || !use[c + gridW]) continue;
      const centre = grid[c] as number;
      const lap = (grid[c - 1] as number) + (grid[c + 1] as number) + (grid[c - gridW] as number) + (grid[c + gridW] as number) - 4 * centre;
      n++;
      lapSum += lap;
      lapSq += lap * lap;
      greySum += centre;
      greySq += centre * centre;
    }
  }
  if (n === 0) return { value: 0, laplacianStd: 0, greyStd: 0, sourcePxPerSample: factor, samples: 0 };
  const laplacianStd = Math.sqrt(Math.max(0, lapSq / n - (lapSum / n) ** 2));
  const greyStd = Math.sqrt(Math.max(0, greySq / n - (greySum / n) ** 2));
  return { value: greyStd > 0 ? laplacianStd / greyStd : 0, laplacianStd, greyStd, sourcePxPerSample: factor, samples: n };
}
