/**
 * Turns a canvas a quarter clockwise by moving whole pixels (no resampling), so photo tiles on a turned sheet stay
 * exact copies of the single photo. Sheet pixel (x, y) lands on page pixel (height − 1 − y, x).
 */
export function turnClockwise(source: OffscreenCanvas): OffscreenCanvas {
  const { width, height } = source;
  const sourceCtx = source.getContext('2d', { willReadFrequently: true });
  if (!sourceCtx) throw new Error('2D canvas unavailable');
  const from = new Uint32Array(sourceCtx.getImageData(0, 0, width, height).data.buffer);
  const turned = new ImageData(height, width);
  const to = new Uint32Array(turned.data.buffer);
  for (let y = 0; y < height; y++) {
    const column = height - 1 - y;
    const row = y * width;
    for (let x = 0; x < width; x++) to[x * height + column] = from[row + x] ?? 0;
  }
  const page = new OffscreenCanvas(height, width);
  const pageCtx = page.getContext('2d');
  if (!pageCtx) throw new Error('2D canvas unavailable');
  pageCtx.putImageData(turned, 0, 0);
  return page;
}
