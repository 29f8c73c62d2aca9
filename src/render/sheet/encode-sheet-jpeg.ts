import { OUTPUT_DPI, type Dpi } from '../../core/units';
import { DEFAULT_JPEG_QUALITY, encodeJpeg } from '../encode-jpeg';

/** Seven-Eleven netprint takes photo-paper files up to 10 MB (specs.md §14); decimal MB, the stricter reading. */
export const NETPRINT_MAX_BYTES = 10_000_000;

/** Qualities tried in turn until the file fits; a mostly white L sheet fits at the first. */
const FALLBACK_QUALITIES = [0.9, 0.85, 0.8] as const;

/** Encodes a rendered sheet as a JPEG with `dpi` in its JFIF header, under the netprint size limit. */
export async function encodeSheetJpeg(canvas: OffscreenCanvas, dpi: Dpi = OUTPUT_DPI): Promise<Uint8Array> {
  for (const quality of [DEFAULT_JPEG_QUALITY, ...FALLBACK_QUALITIES]) {
    const bytes = await encodeJpeg(canvas, dpi, quality);
    if (bytes.length < NETPRINT_MAX_BYTES) return bytes;
  }
  throw new Error(`sheet JPEG stays above ${NETPRINT_MAX_BYTES} bytes even at quality ${FALLBACK_QUALITIES[FALLBACK_QUALITIES.length - 1]}`);
}
