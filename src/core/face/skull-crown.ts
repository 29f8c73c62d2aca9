/**
 * The top of the skull, for documents that measure the face without the hair (Korea's passport, the German and
 * ICAO rules). Landmark 10 sits on the upper forehead; on 80 real portraits the top of the hair was above it by
 * 0.23–0.71 × (chin − landmark 10) (DESIGN.md). The skull cannot be higher than the hair, so its estimate is the
 * smallest of those ratios (close-cropped hair), and it is never placed above the hair top the matte found: a
 * bald or close-cropped head has its skull at the hair line, not above it. An estimate; the crown marker corrects it.
 */
export const SKULL_ABOVE_FOREHEAD_RATIO = 0.23;

export interface SkullCrownInput {
  /** Landmark 10 in the face frame (v grows towards the chin). */
  readonly foreheadV: number;
  /** Chin minus landmark 10, in the same units. */
  readonly foreheadToChin: number;
  /** The top of the hair the matte found, or null while there is no matte (or the head is cut off). */
  readonly hairTopV: number | null;
}

/** The skull crown's v in the face frame. */
export function skullCrownV({ foreheadV, foreheadToChin, hairTopV }: SkullCrownInput): number {
  const estimateV = foreheadV - SKULL_ABOVE_FOREHEAD_RATIO * foreheadToChin;
  return hairTopV === null ? estimateV : Math.max(estimateV, hairTopV);
}
