import type { Point } from '../geometry';
import type { Mm } from '../units';
import type { RectMm } from './rect-mm';

/**
 * A paper as specs/papers.json describes it, upright (width ≤ height). Plain numbers, as zod parses them: the
 * layout brands them as millimetres (units.ts) where it reads them.
 */
export interface SheetPaper {
  readonly id: string;
  readonly widthMm: number;
  readonly heightMm: number;
}

/** What the layout needs to know of a document's photo (a PhotoSpec satisfies it); plain mm, as SheetPaper. */
export interface SheetPhotoSpec {
  readonly id: string;
  readonly widthMm: number;
  readonly heightMm: number;
}

/** How many copies of one document's photo go on the sheet: a count, or as many as fit in what is left. */
export interface SheetRequest {
  readonly spec: SheetPhotoSpec;
  readonly copies: number | 'fill';
  /** The document asks for the applicant's name on the back of the photo; the label reminds the user. */
  readonly writeNameOnBack?: boolean;
}

/** One photo on the sheet. Its rectangle is in printed mm; the tile drawn there is the single photo, untouched. */
export interface PlacedPhoto {
  readonly specId: string;
  /** Index of the request this copy belongs to. */
  readonly requestIndex: number;
  readonly rectMm: RectMm;
}

export type Corner = 'top-left' | 'top-right' | 'bottom-left' | 'bottom-right';

/**
 * A cut mark: a hairline on the extension of one photo edge, starting `startMm` away from the photo's corner and
 * running `lengthMm` further away from the photo. `horizontal` marks extend the top or bottom edge sideways;
 * `vertical` marks extend the left or right edge up or down.
 */
export interface CutMark {
  readonly photoIndex: number;
  readonly corner: Corner;
  readonly axis: 'horizontal' | 'vertical';
  readonly startMm: Mm;
  readonly lengthMm: Mm;
  /** The segment itself, end nearer the corner first. */
  readonly fromMm: Point;
  readonly toMm: Point;
}

/**
 * How text is turned on the sheet. 90: it runs downwards (turned clockwise), in a local frame `rectMm.heightMm` wide
 * and `rectMm.widthMm` tall whose origin is the rectangle's top-right corner; -90: it runs upwards, the local
 * origin at the bottom-left corner.
 */
export type TextRotation = 0 | 90 | -90;

/** A rectangle of text on the sheet (see TextRotation for its own frame). */
export interface TextBox {
  readonly rectMm: RectMm;
  readonly rotationDeg: TextRotation;
  readonly fontMm: Mm;
}

/** A straight hairline on the sheet, in mm. */
export interface SegmentMm {
  readonly fromMm: Point;
  readonly toMm: Point;
}

export interface RulerTick extends SegmentMm {
  /** Distance from the ruler's zero along its line. */
  readonly atMm: Mm;
}

/**
 * The calibration ruler: a line `lengthMm` long from `originMm` (the zero) to the right, downwards or upwards
 * (`direction`), ticks on one side of it, and a caption box beyond the ticks ("this line should measure 50 mm").
 * Everything is already in sheet coordinates: the renderer only strokes segments.
 */
export interface SheetRuler {
  readonly originMm: Point;
  readonly direction: 'right' | 'down' | 'up';
  readonly lengthMm: Mm;
  readonly strokeMm: Mm;
  readonly line: SegmentMm;
  readonly ticks: readonly RulerTick[];
  readonly caption: TextBox;
  /** Everything the ruler inks, caption included. */
  readonly boundsMm: RectMm;
}

/** One line of the label; the renderer words it in the user's language. */
export type LabelLine =
  | { readonly kind: 'document'; readonly specId: string; readonly widthMm: Mm; readonly heightMm: Mm; readonly copies: number }
  | { readonly kind: 'made-on'; readonly isoDate: string }
  | { readonly kind: 'write-name-on-back'; readonly specIds: readonly string[] };

/** The label: `lines` top to bottom (in the text's own frame), one every `lineMm`. */
export interface SheetLabel {
  readonly box: TextBox;
  readonly lineMm: Mm;
  readonly lines: readonly LabelLine[];
}

/** How a request fared: `placed` below a numeric `requested` means the rest did not fit. */
export interface RequestOutcome {
  readonly specId: string;
  readonly requested: number | 'fill';
  readonly placed: number;
}

/**
 * A sheet ready to draw. Every length is in mm as it must come out on paper; the file draws the content shrunk by
 * `contentScale` about the sheet centre (1 unless the sheet is meant for borderless printing).
 */
export interface SheetLayout {
  readonly paperId: string;
  /** The paper upright, as the output file stores it (L: 89 × 127 → 2102 × 3000 px). */
  readonly paperWidthMm: Mm;
  readonly paperHeightMm: Mm;
  /**
   * True when the content is laid out on the paper turned a quarter turn (landscape), because more fits that way.
   * The layout's coordinates are then on the turned sheet; the file turns it clockwise back to upright.
   */
  readonly quarterTurn: boolean;
  /** The sheet as laid out: the paper, or the paper turned. */
  readonly widthMm: Mm;
  readonly heightMm: Mm;
  readonly contentScale: number;
  readonly gutterMm: Mm;
  readonly photos: readonly PlacedPhoto[];
  readonly cutMarks: readonly CutMark[];
  readonly cutMarkStrokeMm: Mm;
  readonly ruler: SheetRuler | null;
  readonly label: SheetLabel | null;
  readonly outcomes: readonly RequestOutcome[];
}
