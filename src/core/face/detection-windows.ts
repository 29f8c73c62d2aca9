/** A window of the photo the face detector looks at again, in photo px. */
export interface DetectionWindow {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

/**
 * The built-in detector is short-range and misses small faces in wide phone shots (19 of 40 on the phone set):
 * the whole photo is retried as overlapping windows at these zoom factors before there is "no face".
 */
export const RETRY_ZOOMS = [2, 3] as const;
/**
 * A strip photo (a panorama, a screenshot of a chat) is squeezed to the detector's 1000 px long side, so its face
 * shrinks with the strip's length; zoomed windows of the same shape cut the face in two. Longer than this ratio, the
 * strip is first retried as windows of WINDOW_ASPECT along its length, each as tall as the strip: half a window apart, a face as wide as the strip is tall is whole in one of them.
 */
export const STRIP_ASPECT = 2;
export const WINDOW_ASPECT = 2;

function centreFirst(windows: DetectionWindow[], width: number, height: number): DetectionWindow[] {
  // People put themselves near the middle of the frame.
  const cx = width / 2;
  const cy = height / 2;
  const distance = (w: DetectionWindow) => Math.hypot(w.x + w.width / 2 - cx, w.y + w.height / 2 - cy);
  return windows.sort((a, b) => distance(a) - distance(b));
}

/** Windows along a strip's length, half a window apart so a face cut by one window's edge is whole in the next. */
function stripWindows(width: number, height: number): DetectionWindow[] {
  const wide = width >= height;
  const long = wide ? width : height;
  const short = wide ? height : width;
  if (long / short <= STRIP_ASPECT) return [];
  const size = short * WINDOW_ASPECT;
  const step = size / 2;
  const count = Math.ceil((long - size) / step) + 1;
  const windows: DetectionWindow[] = [];
  for (let i = 0; i < count; i++) {
    const at = Math.min(i * step, long - size);
    windows.push(wide ? { x: at, y: 0, width: size, height: short } : { x: 0, y: at, width: short, height: size });
  }
  return centreFirst(windows, width, height);
}

/** Zoomed windows of the photo's own shape, half a window apart in both directions. */
function zoomWindows(width: number, height: number): DetectionWindow[] {
  const out: DetectionWindow[] = [];
  for (const zoom of RETRY_ZOOMS) {
    const w = width / zoom;
    const h = height / zoom;
    const steps = zoom * 2 - 1;
    const windows: DetectionWindow[] = [];
    for (let i = 0; i < steps; i++) {
      for (let j = 0; j < steps; j++) windows.push({ x: (i * w) / 2, y: (j * h) / 2, width: w, height: h });
    }
    out.push(...centreFirst(windows, width, height));
  }
  return out;
}

/** Where to look again, in order, when the whole photo shows no face: strip windows first, then zoomed ones. */
export function detectionWindows(width: number, height: number): DetectionWindow[] {
  return [...stripWindows(width, height), ...zoomWindows(width, height)];
}
