import { edgePx, mm, OUTPUT_DPI } from '../core/units';
import { digitalOutputPx, fileSizeBandBytes } from '../specs';
import type { StoreState } from './store-state';
import { selectSpec } from './selectors';

/**
 * A ceiling on the size of the print JPEG (quality 0.95) per pixel: an ID photo on a plain background compresses
 * far below it (the Japanese passport from C001067, 827×1063 px: 98 KB, 0.11 bytes/px, e2e/phone.spec.ts). A
 * file-size cap above this many bytes per pixel never forces a lower quality on the print file.
 */
const PRINT_JPEG_MAX_BYTES_PER_PX = 0.6;

/**
 * True when the chosen document's online-upload file would be the print file itself: the same pixel size (the
 * Japanese passport and My Number card at 600 dpi) and a file-size cap the print file fits under. The app then
 * offers one download for both instead of two buttons that give the same bytes. A tight cap (China's passport,
 * 30–80 KB) keeps the separate upload file, so the print file is never squeezed for it.
 */
export function selectUploadIsPrint(state: StoreState): boolean {
  const spec = selectSpec(state);
  if (!spec.digital) return false;
  const upload = digitalOutputPx(spec);
  if (upload.widthPx !== edgePx(mm(spec.widthMm), OUTPUT_DPI) || upload.heightPx !== edgePx(mm(spec.heightMm), OUTPUT_DPI)) return false;
  const maxBytes = fileSizeBandBytes(spec.digital)?.maxBytes;
  return maxBytes === undefined || maxBytes >= upload.widthPx * upload.heightPx * PRINT_JPEG_MAX_BYTES_PER_PX;
}
