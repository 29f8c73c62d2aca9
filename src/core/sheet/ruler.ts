import { mm, type Mm } from '../units';
import type { BandFrame } from './band-frame';
import { rectMm } from './rect-mm';
import type { RulerTick, SheetRuler, TextRotation } from './sheet-layout-types';
import {
  RULER_CAPTION_GAP_MM,
  RULER_LENGTH_MM,
  RULER_STROKE_MM,
  RULER_TICK_HALF_MM,
  RULER_TICK_MAJOR_MM,
  RULER_TICK_MINOR_MM,
  RULER_TICK_SPACING_MM,
  RULER_TICKS_PER_HALF,
  RULER_TICKS_PER_MAJOR,
  TEXT_FONT_MM,
  TEXT_LINE_MM,
} from './sheet-rules';

/** Room the ruler takes in its own frame: the line (plus half a stroke past each end tick), ticks, caption. */
export const RULER_WIDTH_MM: Mm = mm(RULER_LENGTH_MM + RULER_STROKE_MM);
export const RULER_HEIGHT_MM: Mm = mm(RULER_STROKE_MM / 2 + RULER_TICK_MAJOR_MM + RULER_CAPTION_GAP_MM + TEXT_LINE_MM);

const RULER_DIRECTION: Record<TextRotation, SheetRuler['direction']> = { 0: 'right', 90: 'down', [-90]: 'up' };

function tickLengthMm(index: number): Mm {
  if (index % RULER_TICKS_PER_MAJOR === 0) return RULER_TICK_MAJOR_MM;
  if (index % RULER_TICKS_PER_HALF === 0) return RULER_TICK_HALF_MM;
  return RULER_TICK_MINOR_MM;
}

/**
 * The ruler whose box has its top-left corner at (`leftMm`, `topMm`) in the band's frame: the line along the
 * top, ticks hanging from it, the caption under them; then placed on the sheet through `frame`.
 */
export function rulerAt(frame: BandFrame, leftMm: Mm, topMm: Mm): SheetRuler {
  const u0 = mm(leftMm + RULER_STROKE_MM / 2);
  const v0 = mm(topMm + RULER_STROKE_MM / 2);
  const tickCount = Math.round(RULER_LENGTH_MM / RULER_TICK_SPACING_MM);
  const ticks: RulerTick[] = [];
  for (let i = 0; i <= tickCount; i++) {
    const atMm = mm(i * RULER_TICK_SPACING_MM);
    ticks.push({ atMm, fromMm: frame.point({ x: u0 + atMm, y: v0 }), toMm: frame.point({ x: u0 + atMm, y: v0 + tickLengthMm(i) }) });
  }
  const captionTopMm = mm(v0 + RULER_TICK_MAJOR_MM + RULER_CAPTION_GAP_MM);
  return {
    originMm: frame.point({ x: u0, y: v0 }),
    direction: RULER_DIRECTION[frame.rotationDeg],
    lengthMm: RULER_LENGTH_MM,
    strokeMm: RULER_STROKE_MM,
    line: { fromMm: frame.point({ x: u0, y: v0 }), toMm: frame.point({ x: u0 + RULER_LENGTH_MM, y: v0 }) },
    ticks,
    caption: { rectMm: frame.rect(rectMm(u0, captionTopMm, RULER_LENGTH_MM, TEXT_LINE_MM)), rotationDeg: frame.rotationDeg, fontMm: TEXT_FONT_MM },
    boundsMm: frame.rect(rectMm(leftMm, topMm, RULER_WIDTH_MM, RULER_HEIGHT_MM)),
  };
}
