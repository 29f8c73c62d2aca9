import { describe, expect, it } from 'vitest';
import { detectionWindows, RETRY_ZOOMS, WINDOW_ASPECT } from '../../../src/core/face/detection-windows';

const inside = (w: { x: number; y: number; width: number; height: number }, width: number, height: number) =>
  w.x >= 0 && w.y >= 0 && w.x + w.width <= width + 1e-9 && w.y + w.height <= height + 1e-9;
const zoomWindowCount = RETRY_ZOOMS.reduce((n, z) => n + (2 * z - 1) ** 2, 0);

describe('detectionWindows', () => {
  it('gives a photo of ordinary shape only the zoomed windows, centre first', () => {
    const windows = detectionWindows(3000, 4000);
    expect(windows).toHaveLength(zoomWindowCount);
    expect(windows[0]).toEqual({ x: 750, y: 1000, width: 1500, height: 2000 });
    for (const w of windows) expect(inside(w, 3000, 4000)).toBe(true);
  });

  it('looks along a 6000 × 300 panorama in windows as tall as the strip that overlap by half', () => {
    const windows = detectionWindows(4096, 205);
    const strip = windows.slice(0, windows.length - zoomWindowCount);
    const size = 205 * WINDOW_ASPECT;
    expect(strip.length).toBe(Math.ceil((4096 - size) / (size / 2)) + 1);
    for (const w of strip) {
      expect(w.height).toBe(205);
      expect(w.width).toBeCloseTo(size);
      expect(inside(w, 4096, 205)).toBe(true);
    }
    // Every point of the strip is in some window, and a face as wide as the strip is tall is whole in one of them.
    for (let faceX = 0; faceX + 205 <= 4096; faceX += 37) {
      expect(strip.some((w) => w.x <= faceX && faceX + 205 <= w.x + w.width + 1e-9), `face at ${faceX}`).toBe(true);
    }
    // The middle first, where people put themselves.
    expect(Math.abs(strip[0]!.x + size / 2 - 2048)).toBeLessThanOrEqual(size / 2);
  });

  it('does the same down a tall strip', () => {
    const windows = detectionWindows(300, 2000);
    const strip = windows.slice(0, windows.length - zoomWindowCount);
    expect(strip.length).toBeGreaterThan(0);
    for (const w of strip) {
      expect(w.width).toBe(300);
      expect(w.height).toBeCloseTo(600);
      expect(inside(w, 300, 2000)).toBe(true);
    }
    expect(strip.some((w) => w.y + w.height === 2000)).toBe(true);
  });

  it('treats a 2:1 photo as an ordinary one', () => {
    expect(detectionWindows(2000, 1000)).toHaveLength(zoomWindowCount);
  });
});
