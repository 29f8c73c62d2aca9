import type { Adjustments } from '../crop/adjustments';
import { editableRanges } from '../crop/adjustment-ranges';
import { solveCrop } from '../crop/solve-crop';
import type { FaceMeasurement } from '../face/face-measurement';
import { CROWN_ABOVE_FOREHEAD_RATIO } from '../face/measure-face';
import { apply, invert, type Point } from '../geometry';
import type { PhotoSpec } from '../photo-spec';

/** A rectangle of the source photo, in whole source px. */
export interface SourceRect {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

/**
 * Before the matte, the crown is only estimated (lm 10 + 0.42 × forehead-to-chin). On 80 portraits the hair top
 * sat between 0.23 and 0.71 of that length above lm 10 (ARCHITECTURE.md); the region allows 0.2 to 0.8. A taller head
 * (a high hairdo, a hat) runs into the matte's top edge and is matted again, wider (store/matte-coverage.ts).
 */
export const PROVISIONAL_CROWN_RATIOS = [0.2, 0.8] as const;
/** Rotation samples across the editable range: the bounding box of a turning rectangle bulges between the ends. */
const ROTATION_SAMPLES = 5;
/**
 * Context around the reachable output (share of the face's crown-to-chin length, per side): the model sees a
 * little beyond every edge, and the crown search climbs a little above the highest crown.
 */
const CONTEXT_SHARE_OF_FACE = 0.1;

/** The crown positions to plan for: the found one, or the whole plausible range around an estimate. */
export function crownCandidates(face: FaceMeasurement): Point[] {
  if (face.crownSource !== 'estimate') return [face.crown];
  // The estimate lies on the chin→crown axis at (1 + ratio) forehead-to-chin lengths from the chin.
  const along = (ratio: number): Point => {
    const k = (1 + ratio) / (1 + CROWN_ABOVE_FOREHEAD_RATIO);
    return { x: face.chin.x + (face.crown.x - face.chin.x) * k, y: face.chin.y + (face.crown.y - face.chin.y) * k };
  };
  return PROVISIONAL_CROWN_RATIOS.map(along);
}

function extremes(spec: PhotoSpec): Adjustments[] {
  const r = editableRanges(spec);
  const rotations = Array.from({ length: ROTATION_SAMPLES }, (_, i) => r.rotateDeg.min + ((r.rotateDeg.max - r.rotateDeg.min) * i) / (ROTATION_SAMPLES - 1));
  const out: Adjustments[] = [];
  for (const topMarginMm of [r.topMarginMm.min, r.topMarginMm.max]) {
    for (const faceHeightMm of [r.faceHeightMm.min, r.faceHeightMm.max]) {
      for (const offsetXMm of [r.offsetXMm.min, r.offsetXMm.max]) {
        for (const rotateDeg of rotations) out.push({ topMarginMm, faceHeightMm, offsetXMm, rotateDeg });
      }
    }
  }
  return out;
}

/**
 * The part of the photo the person matte must cover (issue 10): the union, over the documents in play and every
 * adjustment inside the editable ranges (each is monotonic in the output's corners, so the range ends bound it;
 * rotation is sampled), of the output rectangle mapped back into the photo, plus context; clipped to the photo.
 * Null when nothing of the photo is reachable.
 */
export function matteRegion(specs: readonly PhotoSpec[], face: FaceMeasurement, crowns: readonly Point[] = crownCandidates(face)): SourceRect | null {
  let minX = Infinity;
  let minY = Infinity;
  let maxX = -Infinity;
  let maxY = -Infinity;
  let faceHeightPx = 0;
  for (const crown of crowns) {
    const candidate: FaceMeasurement = { ...face, crown };
    faceHeightPx = Math.max(faceHeightPx, Math.hypot(face.chin.x - crown.x, face.chin.y - crown.y));
    for (const spec of specs) {
      for (const adjustments of extremes(spec)) {
        const plan = solveCrop(spec, candidate, adjustments);
        const toSource = invert(plan.sourceToOutput);
        for (const [x, y] of [[0, 0], [plan.outputWidthPx, 0], [0, plan.outputHeightPx], [plan.outputWidthPx, plan.outputHeightPx]] as const) {
          const p = apply(toSource, { x, y });
          minX = Math.min(minX, p.x);
          minY = Math.min(minY, p.y);
          maxX = Math.max(maxX, p.x);
          maxY = Math.max(maxY, p.y);
        }
      }
    }
  }
  if (!Number.isFinite(minX)) return null;
  const context = CONTEXT_SHARE_OF_FACE * faceHeightPx;
  const left = Math.max(0, Math.floor(minX - context));
  const top = Math.max(0, Math.floor(minY - context));
  const right = Math.min(face.sourceWidthPx, Math.ceil(maxX + context));
  const bottom = Math.min(face.sourceHeightPx, Math.ceil(maxY + context));
  if (right <= left || bottom <= top) return null;
  return { x: left, y: top, width: right - left, height: bottom - top };
}

export function rectContains(outer: SourceRect, inner: SourceRect): boolean {
  return inner.x >= outer.x && inner.y >= outer.y && inner.x + inner.width <= outer.x + outer.width && inner.y + inner.height <= outer.y + outer.height;
}

export function rectUnion(a: SourceRect, b: SourceRect): SourceRect {
  const x = Math.min(a.x, b.x);
  const y = Math.min(a.y, b.y);
  return { x, y, width: Math.max(a.x + a.width, b.x + b.width) - x, height: Math.max(a.y + a.height, b.y + b.height) - y };
}

