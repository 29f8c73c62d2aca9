import { edgePx, mm, OUTPUT_DPI, px, type Dpi, type Px } from '../core/units';
import type { ProducibleSpec } from './document-spec-schema';

export interface OutputSizePx {
  readonly widthPx: Px;
  readonly heightPx: Px;
}

interface Band {
  readonly min?: number | undefined;
  readonly max?: number | undefined;
}

const inBand = (value: number, band: Band | undefined): boolean =>
  band === undefined || ((band.min === undefined || value >= band.min) && (band.max === undefined || value <= band.max));

/**
 * Pixel size for an upload: the print size at `dpi` (600) when the rule allows it, otherwise the size inside the
 * rule's pixel bands closest to it with the photo's aspect ratio (the U.S. 1200 px cap, China's 354–420 px width…).
 * Throws if no whole-pixel size fits, which the schema rules out for every row in the file.
 */
export function digitalOutputPx(spec: ProducibleSpec, dpi: Dpi = OUTPUT_DPI): OutputSizePx {
  const printPx = { widthPx: edgePx(mm(spec.widthMm), dpi), heightPx: edgePx(mm(spec.heightMm), dpi) };
  const digital = spec.digital;
  if (!digital || (!digital.widthPx && !digital.heightPx)) return printPx;
  const aspect = spec.widthMm / spec.heightMm;
  const w = digital.widthPx;
  const h = digital.heightPx;
  // Heights whose width (height × aspect) also falls inside the width band.
  const lowest = Math.max(h?.min ?? 0, (w?.min ?? 0) / aspect);
  const highest = Math.min(h?.max ?? Infinity, (w?.max ?? Infinity) / aspect);
  const target = Math.min(Math.max(printPx.heightPx, lowest), highest);
  for (const heightPx of [Math.round(target), Math.ceil(target), Math.floor(target)]) {
    const widthPx = digital.square ? heightPx : Math.round(heightPx * aspect);
    if (inBand(widthPx, w) && inBand(heightPx, h)) return { widthPx: px(widthPx), heightPx: px(heightPx) };
  }
  throw new Error(`${spec.id}: no pixel size fits the digital rule`);
}
