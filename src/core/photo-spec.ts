import type { Range } from './units';

/**
 * What the core needs to know about a document's photo rules. The spec table (src/specs) parses the JSON rows
 * in specs/ into objects that satisfy this interface; the core never sees the JSON. Lengths are millimetres as
 * plain numbers, as zod parses them: core/crop and core/sheet brand them (`mm()`, units.ts) where they read them.
 */
export interface PhotoSpec {
  readonly id: string;
  readonly widthMm: number;
  readonly heightMm: number;
  /** Crown (top of the hair, unless faceHeightIncludesHair is false) to chin. */
  readonly faceHeightMm: Range;
  /** Top edge of the photo to the crown. */
  readonly topMarginMm: Range;
  /** How far the face centre line may sit from the photo's vertical centre line, either way. */
  readonly centringToleranceMm: number;
  /** Eye line measured from the bottom edge, where the rule sets one (US, ICAO). */
  readonly eyeLineFromBottomMm?: Range;
  /** False where the rule measures the head without the hair (Korea's passport since 2022). */
  readonly faceHeightIncludesHair: boolean;
  readonly background: {
    /** CSS hex colour, e.g. "#ffffff". */
    readonly default: string;
    readonly allowed: readonly string[];
  };
}
