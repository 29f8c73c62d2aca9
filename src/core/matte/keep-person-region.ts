import type { Point } from '../geometry';

/**
 * Alpha above which a matte pixel joins its neighbours in a region. Low on purpose: the soft edge of the hair
 * (alpha 10–120) must stay attached to the person, or the filter would cut the hair's fringe off.
 */
export const REGION_ALPHA = 8;

/**
 * Keeps only the part of the matte connected to the face (issue 10: "keep the person, drop the furniture"):
 * ISNet is a salient-object model and sometimes keeps a cupboard or a second person. Regions are 4-connected
 * over alpha ≥ REGION_ALPHA; every region holding a seed (points on the face, in matte px) is kept, the rest is
 * set to 0. With no seed inside any region (a matte that missed the face) the matte is returned unchanged.
 */
export function keepPersonRegion(alpha: Uint8Array, width: number, height: number, seeds: readonly Point[]): Uint8Array {
  if (alpha.length !== width * height) throw new Error(`alpha has ${alpha.length} values for ${width}×${height}`);
  const kept = new Uint8Array(alpha.length);
  const stack = new Int32Array(alpha.length);
  let any = false;
  for (const seed of seeds) {
    const sx = Math.round(seed.x);
    const sy = Math.round(seed.y);
    if (sx < 0 || sy < 0 || sx >= width || sy >= height) continue;
    const start = sy * width + sx;
    if (kept[start] || alpha[start]! < REGION_ALPHA) continue;
    any = true;
    let top = 0;
    stack[top++] = start;
    kept[start] = 1;
    while (top > 0) {
      const i = stack[--top]!;
      const x = i % width;
      const visit = (j: number): void => {
        if (!kept[j] && alpha[j]! >= REGION_ALPHA) {
          kept[j] = 1;
          stack[top++] = j;
        }
      };
      if (x > 0) visit(i - 1);
      if (x < width - 1) visit(i + 1);
      if (i >= width) visit(i - width);
      if (i < alpha.length - width) visit(i + width);
    }
  }
  if (!any) return alpha;
  const out = new Uint8Array(alpha.length);
  for (let i = 0; i < alpha.length; i++) if (kept[i]) out[i] = alpha[i]!;
  return out;
}
