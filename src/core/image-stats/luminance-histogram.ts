import { LEVELS } from './ofiq-luminance';
import type { RegionMask } from './region-mask';

/** Counts of OFIQ luminance levels 0..255 over a mask (OFIQ GetNormalizedHistogram, before normalising). */
export function luminanceHistogram(plane: Uint8Array, mask: RegionMask): Uint32Array {
  const histogram = new Uint32Array(LEVELS);
  for (let k = 0; k < plane.length; k++) if (mask.inside[k] === 1) histogram[plane[k] as number]! += 1;
  return histogram;
}

export function histogramTotal(histogram: ArrayLike<number>): number {
  let total = 0;
  for (let i = 0; i < histogram.length; i++) total += histogram[i] as number;
  return total;
}
