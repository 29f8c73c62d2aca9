import { describe, expect, it } from 'vitest';
import { CHIN_EDGE_TUNING, findChinEdge } from '../../../src/core/face/chin-edge';
import type { FaceFrame } from '../../../src/core/face/find-crown';
import type { GreyPlane } from '../../../src/core/image-stats/grey-plane';

const WIDTH = 120;
const HEIGHT = 160;
/** Upright face, eyes at the origin of the frame = image row 0 offset: v is the image row. */
const FRAME: FaceFrame = { origin: { x: 0, y: 0 }, right: { x: 1, y: 0 }, down: { x: 0, y: 1 } };
const FACE_HEIGHT_PX = 200;
const LANDMARK_CHIN = { u: 60, v: 100 };

/** A plane whose rows follow `row(y)` (every column alike). */
function plane(row: (y: number) => number): GreyPlane {
  const data = new Uint8Array(WIDTH * HEIGHT);
  for (let y = 0; y < HEIGHT; y++) data.fill(Math.round(row(y)), y * WIDTH, (y + 1) * WIDTH);
  return { width: WIDTH, height: HEIGHT, data, originXPx: 0, originYPx: 0, sourcePxPerPlanePx: 1 };
}

const search = { frame: FRAME, chinU: LANDMARK_CHIN.u, chinV: LANDMARK_CHIN.v, faceHeightPx: FACE_HEIGHT_PX };

describe('findChinEdge', () => {
  it('puts a lit chin over a neck in shadow halfway along the step', () => {
    // Pixel centres at y + 0.5: the step between rows 95 and 96 is at 96.0 in source coordinates.
    const edge = findChinEdge(plane((y) => (y < 96 ? 180 : 60)), search);
    expect(edge.kind).toBe('edge');
    if (edge.kind === 'edge') expect(edge.chinV).toBeCloseTo(96, 0);
  });

  it('reads a dark chin–neck line with a lighter neck below at 75 % of the fall, above the line’s centre', () => {
    const line = (y: number) => (y < 94 ? 180 : y < 97 ? 180 - ((y - 93) * 120) / 3 : y < 99 ? 60 : 140);
    const edge = findChinEdge(plane(line), search);
    expect(edge.kind).toBe('edge');
    if (edge.kind === 'edge') {
      expect(edge.chinV).toBeGreaterThan(95.5);
      expect(edge.chinV).toBeLessThan(97);
    }
  });

  it('gives up on a weak step (beard, soft shadow): the landmark stays', () => {
    expect(findChinEdge(plane((y) => (y < 96 ? 150 : 135)), search).kind).toBe('weak');
  });

  it('takes an edge well below landmark 152 for a beard or collar, not the chin', () => {
    expect(findChinEdge(plane((y) => (y < 102 ? 170 : 40)), search).kind).toBe('weak');
  });

  it('takes its truth-set constants as a tuning argument: the defaults by default, others on request', () => {
    const soft = plane((y) => (y < 96 ? 150 : 100));
    expect(findChinEdge(soft, search, CHIN_EDGE_TUNING)).toEqual(findChinEdge(soft, search));
    // A step of a third of the chin's brightness is read by default and too weak under a 40 % bound.
    expect(findChinEdge(soft, search).kind).toBe('edge');
    expect(findChinEdge(soft, search, { ...CHIN_EDGE_TUNING, weakContrast: 0.4 }).kind).toBe('weak');
    // The beard's edge 1 % below the landmark is kept when the window allows 1.5 %.
    const low = plane((y) => (y < 102 ? 170 : 40));
    expect(findChinEdge(low, search, { ...CHIN_EDGE_TUNING, edgeMaxBelowShare: 0.015 }).kind).toBe('edge');
  });

  it('reads the same edge from a reduced plane (half the pixels)', () => {
    const full = plane((y) => (y < 96 ? 180 : 60));
    const half: GreyPlane = { width: WIDTH / 2, height: HEIGHT / 2, data: new Uint8Array((WIDTH / 2) * (HEIGHT / 2)), originXPx: 0, originYPx: 0, sourcePxPerPlanePx: 2 };
    for (let y = 0; y < HEIGHT / 2; y++) for (let x = 0; x < WIDTH / 2; x++) half.data[y * half.width + x] = full.data[2 * y * WIDTH + 2 * x] as number;
    const edge = findChinEdge(half, search);
    expect(edge.kind).toBe('edge');
    if (edge.kind === 'edge') expect(Math.abs(edge.chinV - 96)).toBeLessThan(1.5);
  });
});
