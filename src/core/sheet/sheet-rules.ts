import { mm } from '../units';

/**
 * The physical rules every sheet follows, in mm on the printed paper. Each has the reason it has its value;
 * the tests check layouts against these same constants.
 */

/** Photos stay this far inside every paper edge: borderless prints crop 3–4 mm off each side (specs.md §14). */
export const EDGE_MARGIN_MIN_MM = mm(4);

/** Narrowest gap between two photos (issue 5): room for one cut on each side and a cut mark between them. */
export const GUTTER_MIN_MM = mm(2);

/** Gap used when the same photos still fit: one more mm makes the cut marks between photos 2 mm long instead of 1. */
export const GUTTER_PREFERRED_MM = mm(3);

/** Ink stays this far from every photo, so a cut a hair outside the line leaves no mark on the photo. */
export const CUT_MARK_CLEARANCE_MM = mm(0.5);

/** Longest cut mark: long enough to line up a blade, short enough to stay in a 4 mm margin with its clearance. */
export const CUT_MARK_LENGTH_MM = mm(3);

/** A mark clipped shorter than this would print as a dot, which does not show a direction to cut. */
export const CUT_MARK_MIN_LENGTH_MM = mm(0.5);

/** Hairline that still prints on dye-sublimation paper: 2 px at 600 dpi. */
export const CUT_MARK_STROKE_MM = mm(0.1);

/** The calibration line the user measures before cutting (issue 5, specs.md §14 option 3). */
export const RULER_LENGTH_MM = mm(50);

/** One tick per mm, as on a school ruler, so a 3.5 % scale error (1.75 mm over 50) is plain to see. */
export const RULER_TICK_SPACING_MM = mm(1);

/** Tick lengths: every mm, every 5 mm, every 10 mm, graded like a ruler so counting is easy. */
export const RULER_TICK_MINOR_MM = mm(1.5);
export const RULER_TICK_HALF_MM = mm(2.25);
export const RULER_TICK_MAJOR_MM = mm(3);
/** Tick numbering: a longer tick every 5 and every 10 ticks. */
export const RULER_TICKS_PER_HALF = 5;
export const RULER_TICKS_PER_MAJOR = 10;

/** Same hairline as the cut marks: the ruler must be read to a fraction of a mm. */
export const RULER_STROKE_MM = mm(0.1);

/** Space between the ticks and the caption under them. */
export const RULER_CAPTION_GAP_MM = mm(0.6);

/** Smallest text that reads comfortably on a photo print (≈ 6 pt). */
export const TEXT_FONT_MM = mm(2.2);

/** Line pitch for that text (1.3 × the font size, a usual leading for small print). */
export const TEXT_LINE_MM = mm(2.9);

/** Gap between the ruler and the label when they sit side by side or one above the other. */
export const ANNOTATION_GAP_MM = mm(2);

/** Narrower than this a label line such as "Passport 35 × 45 mm × 4" would need a font too small to read. */
export const LABEL_MIN_WIDTH_MM = mm(30);

/** Wider labels only push the ruler off centre: the longest line fits in this at the text size above. */
export const LABEL_MAX_WIDTH_MM = mm(70);
