import type { PersonMatte } from '../face/model-outputs';
import type { CropPlan } from './crop-plan';

/**
 * Source pixels kept per drawn pixel in a draft frame. A little over one keeps the quick frame sharp while the
 * face height moves within its tolerance (±15 % of scale) without the renderer resampling the photo again.
 */
export const DRAFT_OVERSAMPLE = 1.25;

/** A reduced copy stays in use while its factor is within this ratio of the ideal one either way. */
const DRAFT_FACTOR_SLACK = 2;

/**
 * How far to shrink the source photo (and its matte) for the editor's quick frames drawn `drawWidthPx` wide.
 * A 12-megapixel photo drawn 400 px wide needs about a twentieth of its pixels; drawing from the full photo and
 * its full-size matte on every frame of a drag costs 10–15 ms, from the reduced copy 1–3 ms. 1 = no reduction.
 */
export function draftSourceFactor(plan: CropPlan, drawWidthPx: number): number {
  return Math.min(1, ((plan.scale * drawWidthPx) / plan.outputWidthPx) * DRAFT_OVERSAMPLE);
}

/** The reduced copy's pixel size, and the factor it really has once rounded to whole pixels. */
export function draftSourceSize(widthPx: number, heightPx: number, factor: number): { widthPx: number; heightPx: number; factor: number } {
  const w = Math.max(1, Math.round(widthPx * factor));
  return { widthPx: w, heightPx: Math.max(1, Math.round(heightPx * factor)), factor: w / widthPx };
}

/** Whether a reduced copy made at `factor` still serves a frame that ideally wants `idealFactor`. */
export function draftSourceUsable(factor: number, idealFactor: number): boolean {
  return factor <= idealFactor * DRAFT_FACTOR_SLACK && factor * DRAFT_FACTOR_SLACK >= idealFactor;
}

/** The same crop, expressed for the source photo shrunk by `factor` (reduced px = factor × original px). */
export function planForScaledSource(plan: CropPlan, factor: number): CropPlan {
  const m = plan.sourceToOutput;
  return {
    ...plan,
    sourceToOutput: { a: m.a / factor, b: m.b / factor, c: m.c / factor, d: m.d / factor, e: m.e, f: m.f },
    scale: plan.scale / factor,
  };
}

/**
 * The person matte for a source shrunk by `sourceFactor`: alpha averaged over whole blocks of matte pixels
 * (a box filter keeps the soft hair edge), in the reduced source's pixel units. A matte already as coarse as the
 * reduced source comes back with only its unit changed.
 */
export function downsampleMatte(matte: PersonMatte, sourceFactor: number): PersonMatte {
  const block = Math.max(1, Math.floor(1 / (sourceFactor * matte.sourcePxPerMattePx)));
  const sourcePxPerMattePx = matte.sourcePxPerMattePx * block * sourceFactor;
  // A head matte's origin moves into the reduced source's units too; a full-frame matte has none.
  const origin =
    matte.originXPx === undefined && matte.originYPx === undefined
      ? {}
      : { originXPx: (matte.originXPx ?? 0) * sourceFactor, originYPx: (matte.originYPx ?? 0) * sourceFactor };
  if (block === 1) return { ...matte, sourcePxPerMattePx, ...origin };
  const width = Math.max(1, Math.floor(matte.width / block));
  const height = Math.max(1, Math.floor(matte.height / block));
  const alpha = new Uint8Array(width * height);
  const area = block * block;
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      let sum = 0;
      for (let dy = 0; dy < block; dy++) {
        const row = (y * block + dy) * matte.width + x * block;
        for (let dx = 0; dx < block; dx++) sum += matte.alpha[row + dx] ?? 0;
      }
      alpha[y * width + x] = Math.round(sum / area);
    }
  }
  return { width, height, alpha, sourcePxPerMattePx, ...origin };
}
