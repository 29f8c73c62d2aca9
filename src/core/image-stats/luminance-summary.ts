import { histogramTotal } from './luminance-histogram';
import { LEVELS } from './ofiq-luminance';

/**
 * OFIQ's under- and over-exposure ranges, both ends included (UnderExposurePrevention.cpp,
 * OverExposurePrevention.cpp): luminance levels 0–25 are lost in shadow, 247–255 are clipped highlights.
 */
export const UNDER_EXPOSED_MAX_LEVEL = 25;
export const OVER_EXPOSED_MIN_LEVEL = 247;

/** ISO/IEC 29794-5 luminance measures of a face, from its luminance histogram. */
export interface LuminanceSummary {
  /** 0x44 LuminanceMean: mean luminance, 0..1 (OFIQ divides the level by 255). */
  readonly mean: number;
  /** 0x45 LuminanceVariance, on the same 0..1 scale. */
  readonly variance: number;
  /** 0x46 UnderExposurePrevention raw value: share of pixels at levels 0–25, 0..1. */
  readonly underExposedShare: number;
  /** 0x47 OverExposurePrevention raw value: share of pixels at levels 247–255, 0..1. */
  readonly overExposedShare: number;
}

export function luminanceSummary(histogram: ArrayLike<number>): LuminanceSummary {
  const total = histogramTotal(histogram);
  if (total === 0) return { mean: 0, variance: 0, underExposedShare: 0, overExposedShare: 0 };
  const top = LEVELS - 1;
  let sum = 0;
  let under = 0;
  let over = 0;
  for (let level = 0; level < LEVELS; level++) {
    const n = (histogram[level] as number | undefined) ?? 0;
    sum += n * (level / top);
    if (level <= UNDER_EXPOSED_MAX_LEVEL) under += n;
    if (level >= OVER_EXPOSED_MIN_LEVEL) over += n;
  }
  const mean = sum / total;
  let variance = 0;
  for (let level = 0; level < LEVELS; level++) {
    const n = (histogram[level] as number | undefined) ?? 0;
    variance += n * (level / top - mean) ** 2;
  }
  return { mean, variance: variance / total, underExposedShare: under / total, overExposedShare: over / total };
}
