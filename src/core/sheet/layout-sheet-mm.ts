import { mm, type Mm } from '../units';
import { BORDERLESS_SCALE_DEFAULT, BORDERLESS_SCALE_MAX, BORDERLESS_SCALE_MIN, isValidBorderlessScale } from './borderless-scale';
import { turnedBackFrame, turnedFrame, uprightFrame } from './band-frame';
import { cutMarks } from './cut-marks';
import { packShelves, type ShelfItem, type ShelfPacking } from './pack-shelves';
import { rectMm, translateRect, type RectMm } from './rect-mm';
import { RULER_HEIGHT_MM, RULER_WIDTH_MM, rulerAt } from './ruler';
import type { LabelLine, PlacedPhoto, RequestOutcome, SheetLabel, SheetLayout, SheetPaper, SheetRequest, SheetRuler } from './sheet-layout-types';
import {
  ANNOTATION_GAP_MM,
  CUT_MARK_STROKE_MM,
  EDGE_MARGIN_MIN_MM,
  GUTTER_MIN_MM,
  GUTTER_PREFERRED_MM,
  LABEL_MAX_WIDTH_MM,
  LABEL_MIN_WIDTH_MM,
  TEXT_FONT_MM,
  TEXT_LINE_MM,
} from './sheet-rules';

export interface LayoutSheetOptions {
  /** The sheet goes to a borderless print: shrink the content by `borderlessScale` so it prints true to size. */
  readonly borderless?: boolean;
  /** Default BORDERLESS_SCALE_DEFAULT (1/1.035); the user adjusts it after measuring the ruler on a test print. */
  readonly borderlessScale?: number;
  /** Date the photo was made, ISO 8601 (2026-05-01), printed on the label; omitted: no date line. */
  readonly madeOn?: string;
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** How the ruler and the label share the annotation band (in the band's own frame). */
type Band = 'side-by-side' | 'stacked' | 'ruler-only' | 'none';
/** Where the band goes: under the photos, or turned a quarter beside them (to their right). */
type Placement = 'below' | 'beside';

/** Tried in this order; earlier wins a tie: bands with a label first, under the photos before beside them. */
const BAND_CHOICES: readonly { band: Band; placement: Placement }[] = [
  { band: 'side-by-side', placement: 'below' },
  { band: 'stacked', placement: 'below' },
  { band: 'side-by-side', placement: 'beside' },
  { band: 'stacked', placement: 'beside' },
  { band: 'ruler-only', placement: 'below' },
  { band: 'ruler-only', placement: 'beside' },
  { band: 'none', placement: 'below' },
];

/** The band in its own frame: u along the ruler, v across it. */
interface BandBox {
  readonly band: Band;
  readonly placement: Placement;
  /** Along the ruler. */
  readonly lengthMm: Mm;
  /** Across the ruler. */
  readonly depthMm: Mm;
  readonly rulerUMm: Mm;
  /** The label's rectangle in the band's frame, or null. */
  readonly labelMm: RectMm | null;
}

interface Candidate {
  readonly quarterTurn: boolean;
  readonly gutterMm: Mm;
  readonly band: BandBox;
  readonly items: readonly ShelfItem[];
  readonly packing: ShelfPacking;
  readonly score: readonly number[];
}

function validate(paper: SheetPaper, requests: readonly SheetRequest[], options: LayoutSheetOptions): void {
  if (!(paper.widthMm > 0 && paper.heightMm > 0)) throw new RangeError(`paper.widthMm/heightMm must be positive (paper ${paper.id})`);
  requests.forEach((request, index) => {
    const { spec, copies } = request;
    if (!(spec.widthMm > 0)) throw new RangeError(`requests[${index}].spec.widthMm must be positive, got ${spec.widthMm}`);
    if (!(spec.heightMm > 0)) throw new RangeError(`requests[${index}].spec.heightMm must be positive, got ${spec.heightMm}`);
    if (copies !== 'fill' && !(Number.isInteger(copies) && copies >= 0)) {
      throw new RangeError(`requests[${index}].copies must be a whole number ≥ 0 or "fill", got ${copies}`);
    }
  });
  if (options.borderlessScale !== undefined && !isValidBorderlessScale(options.borderlessScale)) {
    throw new RangeError(`options.borderlessScale must be within ${BORDERLESS_SCALE_MIN}..${BORDERLESS_SCALE_MAX}, got ${options.borderlessScale}`);
  }
  if (options.madeOn !== undefined && !ISO_DATE.test(options.madeOn)) {
    throw new RangeError(`options.madeOn must be an ISO date like 2026-05-01, got "${options.madeOn}"`);
  }
}

/** The band's box when the band may be `roomMm` long; null when the choice does not fit. */
function bandBox(band: Band, placement: Placement, roomMm: Mm, labelLineCount: number): BandBox | null {
  const labelDepthMm = mm(labelLineCount * TEXT_LINE_MM);
  switch (band) {
    case 'side-by-side': {
      const labelLengthMm = mm(Math.min(LABEL_MAX_WIDTH_MM, roomMm - RULER_WIDTH_MM - ANNOTATION_GAP_MM));
      if (labelLengthMm < LABEL_MIN_WIDTH_MM) return null;
      const labelMm = rectMm(mm(RULER_WIDTH_MM + ANNOTATION_GAP_MM), mm(0), labelLengthMm, labelDepthMm);
      const lengthMm = mm(RULER_WIDTH_MM + ANNOTATION_GAP_MM + labelLengthMm);
      return { band, placement, lengthMm, depthMm: mm(Math.max(RULER_HEIGHT_MM, labelDepthMm)), rulerUMm: mm(0), labelMm };
    }
    case 'stacked': {
      const labelLengthMm = mm(Math.min(LABEL_MAX_WIDTH_MM, roomMm));
      if (roomMm < RULER_WIDTH_MM || labelLengthMm < LABEL_MIN_WIDTH_MM) return null;
      const lengthMm = mm(Math.max(RULER_WIDTH_MM, labelLengthMm));
      const labelMm = rectMm(mm((lengthMm - labelLengthMm) / 2), mm(RULER_HEIGHT_MM + ANNOTATION_GAP_MM), labelLengthMm, labelDepthMm);
      const depthMm = mm(RULER_HEIGHT_MM + ANNOTATION_GAP_MM + labelDepthMm);
      return { band, placement, lengthMm, depthMm, rulerUMm: mm((lengthMm - RULER_WIDTH_MM) / 2), labelMm };
    }
    case 'ruler-only':
      if (roomMm < RULER_WIDTH_MM) return null;
      return { band, placement, lengthMm: RULER_WIDTH_MM, depthMm: RULER_HEIGHT_MM, rulerUMm: mm(0), labelMm: null };
    case 'none':
      return { band, placement, lengthMm: mm(0), depthMm: mm(0), rulerUMm: mm(0), labelMm: null };
  }
}

/**
 * Adds copies one at a time while the shelves still fit: numeric requests first (in order; a copy that does not
 * fit is skipped so a smaller document after it can still go on), then "fill" requests take what is left.
 */
function packRequests(requests: readonly SheetRequest[], areaWidthMm: Mm, areaHeightMm: Mm, gutterMm: Mm) {
  const items: ShelfItem[] = [];
  let packing: ShelfPacking = { rectsMm: [], widthMm: mm(0), heightMm: mm(0) };
  const tryAdd = (key: number): boolean => {
    const spec = requests[key]?.spec;
    if (!spec) return false;
    const item: ShelfItem = { key, widthMm: mm(spec.widthMm), heightMm: mm(spec.heightMm) };
    const packed = packShelves([...items, item], areaWidthMm, areaHeightMm, gutterMm);
    if (!packed) return false;
    items.push(item);
    packing = packed;
    return true;
  };
  let fixedPlaced = 0;
  requests.forEach((request, key) => {
    if (request.copies === 'fill') return;
    for (let copy = 0; copy < request.copies; copy++) if (tryAdd(key)) fixedPlaced++;
  });
  let fillPlaced = 0;
  requests.forEach((request, key) => {
    if (request.copies !== 'fill') return;
    while (tryAdd(key)) fillPlaced++;
  });
  return { items, packing, fixedPlaced, fillPlaced };
}

function labelLines(requests: readonly SheetRequest[], placedByRequest: readonly number[], madeOn: string | undefined): LabelLine[] {
  const lines: LabelLine[] = [];
  requests.forEach((request, index) => {
    const copies = placedByRequest[index] ?? 0;
    if (copies > 0) lines.push({ kind: 'document', specId: request.spec.id, widthMm: mm(request.spec.widthMm), heightMm: mm(request.spec.heightMm), copies });
  });
  if (madeOn !== undefined) lines.push({ kind: 'made-on', isoDate: madeOn });
  const nameOnBack = requests.filter((r, i) => r.writeNameOnBack === true && (placedByRequest[i] ?? 0) > 0).map((r) => r.spec.id);
  if (nameOnBack.length > 0) lines.push({ kind: 'write-name-on-back', specIds: [...new Set(nameOnBack)] });
  return lines;
}

/** Lexicographic: the first differing entry decides. */
function better(a: readonly number[], b: readonly number[]): boolean {
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    const d = (a[i] ?? 0) - (b[i] ?? 0);
    if (d !== 0) return d > 0;
  }
  return false;
}

/** Label lines the layout plans room for before it knows which copies fit (at most this many are printed). */
function plannedLabelLineCount(requests: readonly SheetRequest[], madeOn: string | undefined): number {
  const documents = requests.filter((r) => r.copies === 'fill' || r.copies > 0);
  const nameOnBack = documents.some((r) => r.writeNameOnBack === true) ? 1 : 0;
  return documents.length + (madeOn !== undefined ? 1 : 0) + nameOnBack;
}

/**
 * Lays out one print sheet: as many copies as fit with ≥ GUTTER_MIN_MM between photos and every photo
 * ≥ EDGE_MARGIN_MIN_MM inside the paper edge, on whichever of the two paper orientations holds more; the photos, a
 * 50 mm ruler and a label under them (or turned beside them), centred as one group; cut marks at every photo corner.
 *
 * Choice, in order: every numbered copy placed, a ruler on the sheet, most "fill" copies, a label, the paper
 * upright (no turn in the file), the wider gutter, the band order of BAND_CHOICES.
 */
export function layoutSheet(paper: SheetPaper, requests: readonly SheetRequest[], options: LayoutSheetOptions = {}): SheetLayout {
  validate(paper, requests, options);
  const contentScale = options.borderless === true ? (options.borderlessScale ?? BORDERLESS_SCALE_DEFAULT) : 1;
  const lineCount = plannedLabelLineCount(requests, options.madeOn);

  let best: Candidate | null = null;
  for (const quarterTurn of [false, true]) {
    const widthMm = quarterTurn ? paper.heightMm : paper.widthMm;
    const heightMm = quarterTurn ? paper.widthMm : paper.heightMm;
    const safeWidthMm = mm(widthMm - 2 * EDGE_MARGIN_MIN_MM);
    const safeHeightMm = mm(heightMm - 2 * EDGE_MARGIN_MIN_MM);
    for (const gutterMm of [GUTTER_PREFERRED_MM, GUTTER_MIN_MM]) {
      for (const [bandRank, choice] of BAND_CHOICES.entries()) {
        const below = choice.placement === 'below';
        const band = bandBox(choice.band, choice.placement, below ? safeWidthMm : safeHeightMm, lineCount);
        if (!band) continue;
        const bandRoomMm = band.depthMm > 0 ? band.depthMm + gutterMm : 0;
        const areaWidthMm = mm(below ? safeWidthMm : safeWidthMm - bandRoomMm);
        const areaHeightMm = mm(below ? safeHeightMm - bandRoomMm : safeHeightMm);
        if (areaWidthMm < 0 || areaHeightMm < 0) continue;
        const { items, packing, fixedPlaced, fillPlaced } = packRequests(requests, areaWidthMm, areaHeightMm, gutterMm);
        const hasRuler = choice.band !== 'none' ? 1 : 0;
        const hasLabel = band.labelMm && lineCount > 0 ? 1 : 0;
        const score = [fixedPlaced, hasRuler, fillPlaced, hasLabel, quarterTurn ? 0 : 1, gutterMm, -bandRank];
        if (!best || better(score, best.score)) best = { quarterTurn, gutterMm, band, items, packing, score };
      }
    }
  }
  if (!best) throw new RangeError(`paper ${paper.id} is too small for any layout`);
  return assemble(paper, requests, options, contentScale, best);
}

function assemble(paper: SheetPaper, requests: readonly SheetRequest[], options: LayoutSheetOptions, contentScale: number, chosen: Candidate): SheetLayout {
  const { quarterTurn, gutterMm, band, items, packing } = chosen;
  const widthMm = mm(quarterTurn ? paper.heightMm : paper.widthMm);
  const heightMm = mm(quarterTurn ? paper.widthMm : paper.heightMm);
  const below = band.placement === 'below';
  const bandRoomMm = band.depthMm > 0 && items.length > 0 ? band.depthMm + gutterMm : band.depthMm;
  // The photos and the band form one group, centred on the sheet.
  const groupWidthMm = below ? Math.max(packing.widthMm, band.lengthMm) : packing.widthMm + bandRoomMm;
  const groupHeightMm = below ? packing.heightMm + bandRoomMm : Math.max(packing.heightMm, band.lengthMm);
  const groupLeftMm = (widthMm - groupWidthMm) / 2;
  const groupTopMm = (heightMm - groupHeightMm) / 2;
  const photoLeftMm = mm(below ? (widthMm - packing.widthMm) / 2 : groupLeftMm);
  const photoTopMm = mm(below ? groupTopMm : (heightMm - packing.heightMm) / 2);

  const photos: PlacedPhoto[] = [];
  packing.rectsMm.forEach((rect, index) => {
    const item = items[index];
    const request = item ? requests[item.key] : undefined;
    if (!item || !request) return;
    photos.push({ specId: request.spec.id, requestIndex: item.key, rectMm: translateRect(rect, photoLeftMm, photoTopMm) });
  });
  // Reading order (rows top to bottom, left to right) makes the photo list match what the user sees.
  photos.sort((a, b) => a.rectMm.yMm - b.rectMm.yMm || a.rectMm.xMm - b.rectMm.xMm);

  const bandLeftMm = groupLeftMm + groupWidthMm - band.depthMm;
  const bandTopMm = (heightMm - band.lengthMm) / 2;
  // Beside the photos the band is turned; on a sheet the file turns clockwise it is turned the other way, so
  // its text reads upright on the printed paper.
  const frame = below
    ? uprightFrame(mm((widthMm - band.lengthMm) / 2), mm(groupTopMm + groupHeightMm - band.depthMm))
    : quarterTurn
      ? turnedBackFrame(mm(bandLeftMm), mm(bandTopMm + band.lengthMm))
      : turnedFrame(mm(bandLeftMm + band.depthMm), mm(bandTopMm));
  const ruler: SheetRuler | null = band.band === 'none' ? null : rulerAt(frame, band.rulerUMm, mm(0));

  const placedByRequest = requests.map((_, index) => photos.filter((p) => p.requestIndex === index).length);
  const lines = labelLines(requests, placedByRequest, options.madeOn);
  const label: SheetLabel | null =
    band.labelMm && lines.length > 0
      ? {
          box: {
            rectMm: frame.rect(rectMm(band.labelMm.xMm, band.labelMm.yMm, band.labelMm.widthMm, mm(lines.length * TEXT_LINE_MM))),
            rotationDeg: frame.rotationDeg,
            fontMm: TEXT_FONT_MM,
          },
          lineMm: TEXT_LINE_MM,
          lines,
        }
      : null;

  const obstacles = [ruler?.boundsMm, label?.box.rectMm].filter((r): r is RectMm => r !== undefined);
  const outcomes: RequestOutcome[] = requests.map((request, index) => ({
    specId: request.spec.id,
    requested: request.copies,
    placed: placedByRequest[index] ?? 0,
  }));
  return {
    paperId: paper.id,
    paperWidthMm: mm(paper.widthMm),
    paperHeightMm: mm(paper.heightMm),
    quarterTurn,
    widthMm,
    heightMm,
    contentScale,
    gutterMm,
    photos,
    cutMarks: cutMarks(
      photos.map((p) => p.rectMm),
      obstacles,
      widthMm,
      heightMm,
    ),
    cutMarkStrokeMm: CUT_MARK_STROKE_MM,
    ruler,
    label,
    outcomes,
  };
}
