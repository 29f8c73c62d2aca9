import type { PersonMatte } from '../face/model-outputs';
import { BT709_B, BT709_G, BT709_R, LEVELS, LINEAR_BY_BYTE, linearToSrgb } from './ofiq-luminance';
import { assertPixelBuffer, RGBA_CHANNELS, type PixelBuffer } from './pixel-buffer';
import { regionMask, type Polygon, type RegionMask } from './region-mask';
import { cieLightness, srgbToLab, type Lab, type Rgb } from './srgb-to-lab';

/** A pixel is background where the matte's alpha is below this (0.05 of 255): hair edges are left out. */
export const BACKGROUND_ALPHA_MAX = 13;
/**
 * OFIQ measures background gradients on the head-and-shoulders frame resized to 295 rows (BackgroundUniformity
 * step 4). We average the photo down to about as many rows, so the gradient mean means the same thing for
 * a webcam frame and a 12 MP photo, and sensor noise averages out the way it does in OFIQ.
 */
export const BACKGROUND_SAMPLE_ROWS = 295;
/** Fewer background samples than this (a face filling the frame) give no verdict. */
export const BACKGROUND_MIN_SAMPLES = 200;
/** The lightness spread is taken between these percentiles so that a stray hair or speck does not count. */
const SPREAD_LOW_PERCENTILE = 0.05;
const SPREAD_HIGH_PERCENTILE = 0.95;
/** L* 0..100 in whole units. */
const LIGHTNESS_BINS = 101;

export interface BackgroundStats {
  /** ISO/IEC 29794-5 BackgroundUniformity (0x42) raw value: mean Scharr gradient magnitude of luminance, levels. */
  readonly gradientMean: number;
  /** Lightness range P5–P95 over the background, CIE L* units: shadows and gradients widen it. */
  readonly lightnessSpread: number;
  /** Mean colour, averaged in linear light. */
  readonly meanRgb: Rgb;
  readonly meanLab: Lab;
  /** Samples measured (each one an average of sourcePxPerSample² source pixels). */
  readonly samples: number;
  readonly sourcePxPerSample: number;
  /** Share of the measured region that is background. */
  readonly backgroundShare: number;
}

/** The photo averaged down to a grid of samples: per sample its pixel count and the clear pixels' linear sums. */
interface SampleGrid {
  /** Source pixels per sample, on both axes. */
  readonly step: number;
  readonly gridW: number;
  readonly gridH: number;
  readonly pixels: Uint32Array;
  /** Pixels under the sample where the matte is (nearly) clear: background. */
  readonly clear: Uint32Array;
  readonly sumR: Float64Array;
  readonly sumG: Float64Array;
  readonly sumB: Float64Array;
}

/** Each source column's matte column; -1 outside a head matte's grid, where everything is background. */
function matteColumns(width: number, matte: PersonMatte): Int32Array {
  const matteXOfX = new Int32Array(width);
  const mattePerSource = 1 / matte.sourcePxPerMattePx;
  const originX = matte.originXPx ?? 0;
  for (let x = 0; x < width; x++) {
    const mx = Math.floor((x - originX) * mattePerSource);
    matteXOfX[x] = mx < 0 || mx >= matte.width ? -1 : mx;
  }
  return matteXOfX;
}

/** Sums the background pixels (matte alpha below BACKGROUND_ALPHA_MAX) of every sample in linear light. */
function sampleGrid(image: PixelBuffer, matte: PersonMatte): SampleGrid {
  const { width, height, data } = image;
  const step = Math.max(1, Math.round(height / BACKGROUND_SAMPLE_ROWS));
  const gridW = Math.ceil(width / step);
  const gridH = Math.ceil(height / step);
  const cells = gridW * gridH;
  const grid = { step, gridW, gridH, pixels: new Uint32Array(cells), clear: new Uint32Array(cells), sumR: new Float64Array(cells), sumG: new Float64Array(cells), sumB: new Float64Array(cells) };
  const { pixels, clear, sumR, sumG, sumB } = grid;
  const cellOfX = new Int32Array(width);
  for (let x = 0; x < width; x++) cellOfX[x] = Math.floor(x / step);
  const matteXOfX = matteColumns(width, matte);
  const mattePerSource = 1 / matte.sourcePxPerMattePx;
  const originY = matte.originYPx ?? 0;
  const alpha = matte.alpha;
  // Local alias: hot loops should not go through module bindings (slow under test transforms).
  const linear = LINEAR_BY_BYTE;

  for (let y = 0; y < height; y++) {
    const my = Math.floor((y - originY) * mattePerSource);
    const matteRow = my < 0 || my >= matte.height ? -1 : my * matte.width;
    const cellRow = Math.floor(y / step) * gridW;
    let i = y * width * RGBA_CHANNELS;
    for (let x = 0; x < width; x++, i += RGBA_CHANNELS) {
      const cell = cellRow + (cellOfX[x] as number);
      pixels[cell]! += 1;
      const mx = matteXOfX[x] as number;
      if (matteRow >= 0 && mx >= 0 && (alpha[matteRow + mx] as number) >= BACKGROUND_ALPHA_MAX) continue;
      clear[cell]! += 1;
      sumR[cell]! += linear[data[i] as number] as number;
      sumG[cell]! += linear[data[i + 1] as number] as number;
      sumB[cell]! += linear[data[i + 2] as number] as number;
    }
  }
  return grid;
}

/**
 * A sample is background when every pixel under it is, and it lies in the region (judged at its centre: a
 * one-sample error at the edge is then eroded away). Also counts the region's samples and its background ones.
 */
function backgroundSamples(grid: SampleGrid, region: Polygon | undefined) {
  const { step, gridW, gridH, pixels, clear } = grid;
  const inRegion = region ? regionMask(region.map((p) => ({ x: p.x / step, y: p.y / step })), gridW, gridH) : null;
  const isBackground = new Uint8Array(gridW * gridH);
  let regionCells = 0;
  let backgroundCells = 0;
  for (let gy = 0; gy < gridH; gy++) {
    for (let gx = 0; gx < gridW; gx++) {
      const c = gy * gridW + gx;
      if (inRegion && !insideMask(inRegion, gx, gy)) continue;
      regionCells++;
      if (pixels[c] === clear[c] && (clear[c] as number) > 0) {
        isBackground[c] = 1;
        backgroundCells++;
      }
    }
  }
  return { isBackground, regionCells, backgroundCells };
}

/**
 * Luminance of each sample from its mean linear colour: Y is linear in R, G, B, so this equals OFIQ's mean of
 * per-pixel luminance (BT.709 weights, 0..255 levels) without converting every pixel.
 */
function sampleLevels(grid: SampleGrid): Float64Array {
  const { clear, sumR, sumG, sumB } = grid;
  const level = new Float64Array(clear.length);
  for (let c = 0; c < clear.length; c++) {
    const n = clear[c] as number;
    if (n > 0) level[c] = (LEVELS - 1) * (BT709_R * (sumR[c] as number) + BT709_G * (sumG[c] as number) + BT709_B * (sumB[c] as number)) / n;
  }
  return level;
}

/** Whether the sample and its eight neighbours are all background: the background eroded by one sample. */
function inErodedBackground(isBackground: Uint8Array, c: number, gridW: number): boolean {
  return (
    isBackground[c - gridW - 1] === 1 && isBackground[c - gridW] === 1 && isBackground[c - gridW + 1] === 1 &&
    isBackground[c - 1] === 1 && isBackground[c] === 1 && isBackground[c + 1] === 1 &&
    isBackground[c + gridW - 1] === 1 && isBackground[c + gridW] === 1 && isBackground[c + gridW + 1] === 1
  );
}

/** Scharr 3×3 gradient magnitude of the levels at sample c (OpenCV Sobel with ksize -1, as OFIQ calls it). */
function scharrMagnitude(level: Float64Array, c: number, gridW: number): number {
  const nw = level[c - gridW - 1] as number;
  const n = level[c - gridW] as number;
  const ne = level[c - gridW + 1] as number;
  const w = level[c - 1] as number;
  const e = level[c + 1] as number;
  const sw = level[c + gridW - 1] as number;
  const s = level[c + gridW] as number;
  const se = level[c + gridW + 1] as number;
  const sx = 3 * (ne - nw) + 10 * (e - w) + 3 * (se - sw);
  const sy = 3 * (sw - nw) + 10 * (s - n) + 3 * (se - ne);
  return Math.sqrt(sx * sx + sy * sy);
}

/** Over the eroded background: the gradient sum, the linear colour sums and the lightness histogram. */
function erodedBackgroundSums(grid: SampleGrid, isBackground: Uint8Array, level: Float64Array) {
  const { gridW, gridH, clear, sumR, sumG, sumB } = grid;
  const sums = { samples: 0, gradientSum: 0, r: 0, g: 0, b: 0, weight: 0, lightnessHistogram: new Uint32Array(LIGHTNESS_BINS) };
  for (let gy = 1; gy < gridH - 1; gy++) {
    for (let gx = 1; gx < gridW - 1; gx++) {
      const c = gy * gridW + gx;
      if (!inErodedBackground(isBackground, c, gridW)) continue;
      sums.gradientSum += scharrMagnitude(level, c, gridW);
      sums.samples++;
      sums.r += sumR[c] as number;
      sums.g += sumG[c] as number;
      sums.b += sumB[c] as number;
      sums.weight += clear[c] as number;
      sums.lightnessHistogram[Math.round(cieLightness((level[c] as number) / (LEVELS - 1)))]! += 1;
    }
  }
  return sums;
}

/**
 * Uniformity and colour of the background the user keeps: pixels where the person matte is (nearly) clear,
 * inside `region` (the photo's outline in source pixels, see cropOutlineInSource; the whole photo when absent),
 * eroded by one sample so hair edges and the matte's soft border stay out (OFIQ erodes too, step 7).
 * Null when too little background is visible to judge.
 */
export function backgroundStats(image: PixelBuffer, matte: PersonMatte, region?: Polygon): BackgroundStats | null {
  assertPixelBuffer(image);
  const grid = sampleGrid(image, matte);
  const { isBackground, regionCells, backgroundCells } = backgroundSamples(grid, region);
  const { samples, gradientSum, r, g, b, weight, lightnessHistogram } = erodedBackgroundSums(grid, isBackground, sampleLevels(grid));
  if (samples < BACKGROUND_MIN_SAMPLES) return null;

  const meanRgb: Rgb = {
    r: Math.round(linearToSrgb(r / weight) * 255),
    g: Math.round(linearToSrgb(g / weight) * 255),
    b: Math.round(linearToSrgb(b / weight) * 255),
  };
  return {
    gradientMean: gradientSum / samples,
    lightnessSpread: percentile(lightnessHistogram, samples, SPREAD_HIGH_PERCENTILE) - percentile(lightnessHistogram, samples, SPREAD_LOW_PERCENTILE),
    meanRgb,
    meanLab: srgbToLab(meanRgb),
    samples,
    sourcePxPerSample: grid.step,
    backgroundShare: regionCells > 0 ? backgroundCells / regionCells : 0,
  };
}

function insideMask(mask: RegionMask, x: number, y: number): boolean {
  const mx = x - mask.x0;
  const my = y - mask.y0;
  return mx >= 0 && my >= 0 && mx < mask.width && my < mask.height && mask.inside[my * mask.width + mx] === 1;
}

function percentile(histogram: Uint32Array, total: number, share: number): number {
  const target = share * total;
  let seen = 0;
  for (let i = 0; i < histogram.length; i++) {
    seen += histogram[i] as number;
    if (seen >= target) return i;
  }
  return histogram.length - 1;
}
