import { histogramTotal } from './luminance-histogram';

/**
 * Sum of the bin-wise minimum of two normalised histograms, 0 (disjoint) .. 1 (identical): the raw value of
 * ISO/IEC 29794-5 IlluminationUniformity (0x43, OFIQ IlluminationUniformity.cpp). Histograms of any bin count,
 * both the same length.
 */
export function histogramIntersection(a: ArrayLike<number>, b: ArrayLike<number>): number {
  if (a.length !== b.length) throw new Error(`histograms differ in length (${a.length} vs ${b.length})`);
  const totalA = histogramTotal(a);
  const totalB = histogramTotal(b);
  if (totalA === 0 || totalB === 0) return 0;
  let sum = 0;
  for (let i = 0; i < a.length; i++) sum += Math.min((a[i] as number) / totalA, (b[i] as number) / totalB);
  return sum;
}
