/**
 * Bilinear resampling of an alpha plane, pixel centres aligned (the model's S×S output stretched over the matte
 * grid). Upsampling a coarse matte this way gives smooth edges without blocks; it never overshoots (no halo),
 * because every output value is a convex blend of four input values.
 */
export function resampleAlpha(alpha: Uint8Array, width: number, height: number, toWidth: number, toHeight: number): Uint8Array {
  if (alpha.length !== width * height) throw new Error(`alpha has ${alpha.length} values for ${width}×${height}`);
  const out = new Uint8Array(toWidth * toHeight);
  const sx = width / toWidth;
  const sy = height / toHeight;
  // Per column: the two source columns and the blend weight, computed once.
  const x0s = new Int32Array(toWidth);
  const x1s = new Int32Array(toWidth);
  const wxs = new Float32Array(toWidth);
  for (let x = 0; x < toWidth; x++) {
    const fx = Math.min(width - 1, Math.max(0, (x + 0.5) * sx - 0.5));
    const x0 = Math.floor(fx);
    x0s[x] = x0;
    x1s[x] = Math.min(width - 1, x0 + 1);
    wxs[x] = fx - x0;
  }
  for (let y = 0; y < toHeight; y++) {
    const fy = Math.min(height - 1, Math.max(0, (y + 0.5) * sy - 0.5));
    const y0 = Math.floor(fy);
    const wy = fy - y0;
    const row0 = y0 * width;
    const row1 = Math.min(height - 1, y0 + 1) * width;
    const outRow = y * toWidth;
    for (let x = 0; x < toWidth; x++) {
      const x0 = x0s[x]!;
      const x1 = x1s[x]!;
      const wx = wxs[x]!;
      const top = alpha[row0 + x0]! + (alpha[row0 + x1]! - alpha[row0 + x0]!) * wx;
      const bottom = alpha[row1 + x0]! + (alpha[row1 + x1]! - alpha[row1 + x0]!) * wx;
      out[outRow + x] = Math.round(top + (bottom - top) * wy);
    }
  }
  return out;
}
