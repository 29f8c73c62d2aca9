import { histogramTotal } from './luminance-histogram';

/**
 * Shannon entropy in bits of a histogram: ISO/IEC 29794-5 DynamicRange (0x48) on the 256-level face luminance
 * histogram (OFIQ DynamicRange.cpp; its quality score is 12.5 × bits, so 8 bits = 100).
 */
export function histogramEntropy(histogram: ArrayLike<number>): number {
  const total = histogramTotal(histogram);
  if (total === 0) return 0;
  let bits = 0;
  for (let i = 0; i < histogram.length; i++) {
    const n = histogram[i] as number;
    if (n === 0) continue;
    const p = n / total;
    bits -= p * Math.log2(p);
  }
  return bits;
}
