import { distance } from '../../geometry';
import type { ComplianceInput } from '../compliance-input';
import { gradeLow, makeFinding, roundTo, type Finding } from '../finding';

/**
 * Source pixels per inch of the printed photo at or above this pass. ICAO Doc 9303 asks for printed photos to be
 * scanned at 300 dpi or more, and photo printers (konbini L-size prints are 1051×1500 px, 300 dpi) print no
 * finer detail, so stretching a ≥ 300 dpi source to the 600 dpi file loses nothing anyone will see.
 */
export const RESOLUTION_PASS_DPI = 300;
/**
 * Below this the print is visibly soft or blocky (each source pixel covers 2 × 2 or more of the office's 300 dpi
 * scan) and the face carries less detail than ISO/IEC 19794-5's token image: at 150 dpi a 34 mm face has about
 * 55 px between the eyes, under the standard's 60 px minimum. A 225×275 web portrait lands here.
 */
export const RESOLUTION_FAIL_DPI = 150;

/**
 * How much real detail is behind each printed millimetre: the output is always 600 dpi, so a source that had to be
 * enlarged by `scale` carries only 600 / scale dpi of it.
 */
export function checkResolution({ face, plan }: ComplianceInput): Finding {
  const effectiveDpi = plan.dpi / plan.scale;
  const status = gradeLow(effectiveDpi, RESOLUTION_PASS_DPI, RESOLUTION_FAIL_DPI);
  const verdict = status === 'pass' ? 'ok' : status === 'warn' ? 'upscaled' : 'too-low';
  return makeFinding('resolution', status, verdict, {
    measured: effectiveDpi,
    limit: { min: RESOLUTION_PASS_DPI },
    unit: 'dpi',
    params: {
      dpi: Math.round(effectiveDpi),
      enlargement: roundTo(plan.scale, 1),
      interEyePx: Math.round(distance(face.eyeImageLeft, face.eyeImageRight)),
    },
  });
}
