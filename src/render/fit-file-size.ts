import { padJpegComment } from '../core/jpeg/pad-comment';

/** Encoder quality range searched (canvas toBlob scale 0–1). Above 0.95 files grow fast for no visible gain. */
const HIGHEST_QUALITY = 0.95;
/** Below 0.3 block artefacts show on skin and hair, and checks such as OFIQ's compression measure start to fail. */
const LOWEST_QUALITY = 0.3;
/** Bisection steps: 0.65 / 2^7 ≈ 0.005 quality, finer than any visible difference. */
const SEARCH_STEPS = 7;

export interface FileSizeBand {
  readonly minBytes?: number;
  readonly maxBytes?: number;
}

export interface FitFileSizeResult {
  readonly bytes: Uint8Array;
  /** The encoder quality of the returned file. */
  readonly quality: number;
  /** True when comment padding was added to reach the minimum. */
  readonly padded: boolean;
  /** False when even the lowest quality is above the maximum (the caller should shrink the image or say so). */
  readonly withinBand: boolean;
  /** Encoder calls made. */
  readonly attempts: number;
}

/**
 * The best-quality JPEG that fits an upload's file-size band: try the highest quality, bisect the quality down
 * until the file is under the maximum, then pad with a JPEG comment segment (never bytes after the end marker)
 * if it is under the minimum. `encode` is injected so the search is testable without a canvas.
 */
export async function fitFileSize(encode: (quality: number) => Promise<Uint8Array>, band: FileSizeBand): Promise<FitFileSizeResult> {
  let attempts = 0;
  const tryQuality = async (quality: number): Promise<Uint8Array> => {
    attempts++;
    return encode(quality);
  };

  let best = await tryQuality(HIGHEST_QUALITY);
  let bestQuality = HIGHEST_QUALITY;
  const max = band.maxBytes;
  if (max !== undefined && best.length > max) {
    const lowest = await tryQuality(LOWEST_QUALITY);
    if (lowest.length > max) return { bytes: lowest, quality: LOWEST_QUALITY, padded: false, withinBand: false, attempts };
    best = lowest;
    bestQuality = LOWEST_QUALITY;
    // Invariant: `best` (at bestQuality = lo) fits; hi does not.
    let lo = LOWEST_QUALITY;
    let hi = HIGHEST_QUALITY;
    for (let step = 0; step < SEARCH_STEPS; step++) {
      const mid = (lo + hi) / 2;
      const bytes = await tryQuality(mid);
      if (bytes.length <= max) {
        lo = mid;
        best = bytes;
        bestQuality = mid;
      } else {
        hi = mid;
      }
    }
  }
  const min = band.minBytes;
  if (min !== undefined && best.length < min) {
    return { bytes: padJpegComment(best, min), quality: bestQuality, padded: true, withinBand: max === undefined || min <= max, attempts };
  }
  return { bytes: best, quality: bestQuality, padded: false, withinBand: true, attempts };
}
