import i18next from 'i18next';
import { isValidBorderlessScale } from '../core/sheet/borderless-scale';
import { parseSheetCopies, type SheetCopies } from '../core/sheet/parse-sheet-copies';
import { sheetRectToPagePx, type RectPx } from '../core/sheet/sheet-layout-to-px';
import { renderPhoto } from '../render/render-photo';
import { renderSheet } from '../render/sheet/render-sheet';
import { currentLanguage, type Language } from '../i18n/i18n';
import { sheetDocumentName } from '../i18n/document-names';
import { findProducibleSpec, findSpec } from '../specs';
import { findPaper, papers } from '../specs/papers';
import type { FaceMeasurement } from '../core/face/face-measurement';
import type { PhotoStore, StoreState } from '../store/store-state';
import { exportPreparedSheet, prepareSheet, type SheetWords } from '../ui/export/prepare-sheet';
import { recommendedPlan, selectBackground, selectMeasurement, selectPlan, selectSpec } from '../store/selectors';
import { toBase64 } from './base64';

/**
 * The print-sheet part of window.idPhoto (automation.ts): the batch command's --sheet and --sheet-copies, and an
 * e2e check that reads the sheet's pixels before any JPEG compression. It drives the same store, selectors and
 * renderers as the sheet panel.
 */
export interface SheetAutomationRequest {
  /** A paper id of specs/papers.json (L, 2L, KG, postcard, A4). */
  readonly paperId: string;
  /** The --sheet-copies text, `spec=n,...`; omitted: the chosen document fills the sheet. */
  readonly copies?: string;
  readonly borderless?: boolean;
  readonly borderlessScale?: number;
  /** Language of the ruler caption and the label; default: the page's current language. */
  readonly language?: Language;
}

function sheetWords(language: Language | undefined): SheetWords {
  const lng = language ?? currentLanguage();
  const t = i18next.getFixedT(lng, 'sheet');
  return {
    t: (key, values) => t(key, values ?? {}),
    documentName: (specId) => {
      const row = findSpec(specId);
      return row ? sheetDocumentName(row, lng) : specId;
    },
  };
}

/** The request's errors, each naming the batch flag and the bad value, and the parsed copies when it has none. */
function parseRequest(request: SheetAutomationRequest): { errors: string[]; copies: SheetCopies[] | null } {
  const errors: string[] = [];
  if (!findPaper(request.paperId)) {
    errors.push(`--sheet "${request.paperId}" is not a paper we print on (one of ${papers.map((p) => p.id).join(', ')})`);
  }
  let copies: SheetCopies[] | null = null;
  if (request.copies !== undefined) {
    try {
      copies = parseSheetCopies(request.copies);
      if (copies.length === 0) errors.push('--sheet-copies is empty (expected spec-id=count or spec-id=fill, comma-separated)');
      for (const item of copies) {
        if (!findProducibleSpec(item.specId)) errors.push(`--sheet-copies: unknown or non-producible spec "${item.specId}" (see --list-specs)`);
      }
    } catch (error) {
      // parseSheetCopies names the item as `sheet copies [i] "…"`; say it with the flag's name.
      errors.push(String(error instanceof Error ? error.message : error).replace(/^sheet copies/, '--sheet-copies'));
    }
  }
  if (request.borderlessScale !== undefined && !isValidBorderlessScale(request.borderlessScale)) {
    errors.push(`borderless scale ${request.borderlessScale} is out of range`);
  }
  return { errors, copies };
}

/** Rec. 601 luma, the grey a printer's eye sees; the check only tells ink from paper and compares photos. */
function luma(r: number, g: number, b: number): number {
  return Math.round(0.299 * r + 0.587 * g + 0.114 * b);
}

/** The sheet's settings from a request, once it has no errors (else its errors, and nothing changes). */
function applyRequest(store: PhotoStore, request: SheetAutomationRequest): string[] {
  const { errors, copies } = parseRequest(request);
  if (errors.length > 0) return errors;
  const state = store.getState();
  state.setSheetPaper(request.paperId);
  state.setSheetRequests(copies);
  state.setSheetBorderless(request.borderless ?? false);
  if (request.borderlessScale !== undefined) state.setSheetBorderlessScale(request.borderlessScale);
  return [];
}

/** The print sheet of the loaded photo, as the sheet panel's download makes it. */
async function printSheet(store: PhotoStore, request: SheetAutomationRequest) {
  const errors = applyRequest(store, request);
  if (errors.length > 0) return { ok: false as const, error: { key: 'bad-sheet', message: errors.join('\n'), detail: '' } };
  if (request.language) await i18next.loadLanguages(request.language);
  const prepared = await prepareSheet(store.getState(), sheetWords(request.language));
  if (!prepared) return { ok: false as const, error: { key: 'render-failed', message: 'no photo or crop plan for the sheet', detail: '' } };
  const file = await exportPreparedSheet(prepared);
  const { layout } = prepared;
  return {
    ok: true as const,
    base64: toBase64(file.bytes),
    mimeType: file.mimeType,
    extension: file.extension,
    report: {
      paperId: prepared.paper.id,
      output: prepared.paper.output,
      paperMm: { width: layout.paperWidthMm, height: layout.paperHeightMm },
      pagePx: file.layoutPx ? { width: file.layoutPx.pageWidthPx, height: file.layoutPx.pageHeightPx, dpi: file.layoutPx.dpi } : null,
      quarterTurn: layout.quarterTurn,
      contentScale: layout.contentScale,
      gutterMm: layout.gutterMm,
      rulerMm: layout.ruler?.lengthMm ?? null,
      labelLines: prepared.captions.labelLines,
      documents: layout.outcomes,
      bytes: file.bytes.length,
    },
  };
}

/**
 * Each document's single photo, rendered afresh the way the single download renders it: the chosen document with
 * the user's crop and background, any other with its recommended crop and default background.
 */
async function singlePhotos(state: StoreState, face: FaceMeasurement, specIds: Iterable<string>): Promise<Map<string, ImageData>> {
  const current = selectSpec(state);
  const singles = new Map<string, ImageData>();
  for (const specId of specIds) {
    const spec = specId === current.id ? current : findProducibleSpec(specId);
    if (!spec) throw new Error(`unknown spec ${specId}`);
    const plan = spec === current ? selectPlan(state) : recommendedPlan(spec, face);
    if (!plan) throw new Error(`no crop plan for ${specId}`);
    const background = spec === current ? selectBackground(state) : spec.background.default;
    const single = await renderPhoto({ source: state.photo!.bitmap, plan, background, matte: state.matte });
    const singleCtx = single.getContext('2d');
    if (!singleCtx) throw new Error('2D canvas unavailable');
    singles.set(specId, singleCtx.getImageData(0, 0, single.width, single.height));
  }
  return singles;
}

/** How far a tile on the sheet (page px `rect`) differs from its single photo, channel by channel. */
function tileDifference(ctx: OffscreenCanvasRenderingContext2D, rect: RectPx, single: ImageData, quarterTurn: boolean) {
  let differing = 0;
  let maxDiff = 0;
  const onSheet = ctx.getImageData(rect.xPx, rect.yPx, rect.widthPx, rect.heightPx).data;
  for (let y = 0; y < rect.heightPx; y++) {
    for (let x = 0; x < rect.widthPx; x++) {
      // A turned sheet holds the photo turned clockwise: page-local (x, y) shows photo pixel (y, h − 1 − x).
      const u = quarterTurn ? y : x;
      const v = quarterTurn ? single.height - 1 - x : y;
      const a = 4 * (y * rect.widthPx + x);
      const b = 4 * (v * single.width + u);
      let d = 0;
      for (let c = 0; c < 3; c++) d = Math.max(d, Math.abs((onSheet[a + c] ?? 0) - (single.data[b + c] ?? 0)));
      if (d > 0) differing++;
      maxDiff = Math.max(maxDiff, d);
    }
  }
  return { differing, maxDiff };
}

/**
 * e2e: renders the sheet at 600 dpi (not encoded) and compares every tile with its document's single photo
 * (singlePhotos). Rectangles are in the file's pixels. `rendered` keeps the sheet for sheetPixels.
 */
async function checkSheet(store: PhotoStore, request: SheetAutomationRequest | undefined, rendered: (sheet: OffscreenCanvas) => void) {
  if (request) {
    const errors = applyRequest(store, request);
    if (errors.length > 0) throw new Error(errors.join('\n'));
  }
  const state = store.getState();
  const prepared = await prepareSheet(state, sheetWords(request?.language));
  const face = selectMeasurement(state);
  if (!prepared || !state.photo || !face) throw new Error('no photo or crop plan for the sheet');
  const { canvas, layoutPx } = renderSheet(prepared.layout, prepared.images, prepared.captions);
  rendered(canvas);
  const ctx = canvas.getContext('2d', { willReadFrequently: true });
  if (!ctx) throw new Error('2D canvas unavailable');
  const singles = await singlePhotos(state, face, prepared.images.keys());

  const page = (rect: RectPx): RectPx => sheetRectToPagePx(layoutPx, rect);
  const tiles = layoutPx.tiles.map((tile) => {
    const rect = page(tile.rectPx);
    const single = singles.get(tile.specId);
    if (!single) throw new Error(`no single photo for ${tile.specId}`);
    const sameSize = tile.rectPx.widthPx === single.width && tile.rectPx.heightPx === single.height;
    const { differing, maxDiff } = sameSize ? tileDifference(ctx, rect, single, layoutPx.quarterTurn) : { differing: 0, maxDiff: 0 };
    return { specId: tile.specId, rect, sameSize, identical: sameSize && differing === 0, differingPixels: differing, maxDiff };
  });

  return {
    pageWidthPx: canvas.width,
    pageHeightPx: canvas.height,
    dpi: layoutPx.dpi,
    quarterTurn: layoutPx.quarterTurn,
    tiles,
    cutMarks: layoutPx.cutMarks.map((mark) => ({ photoIndex: mark.photoIndex, corner: mark.corner, axis: mark.axis, rect: page(mark.rectPx) })),
    ruler: layoutPx.ruler
      ? { lengthPx: layoutPx.ruler.lengthPx, line: page(layoutPx.ruler.lineRectPx), ticks: layoutPx.ruler.ticks.map((tick) => page(tick.rectPx)) }
      : null,
    outcomes: prepared.layout.outcomes,
  };
}

export function sheetAutomation(store: PhotoStore) {
  let lastCheckedSheet: OffscreenCanvas | null = null;

  return {
    /** Batch flags → errors naming the flag and the value (nothing changes in the app). */
    checkSheetRequest: (request: SheetAutomationRequest) => ({ errors: parseRequest(request).errors }),

    sheet: (request: SheetAutomationRequest) => printSheet(store, request),

    /** e2e: see checkSheet. */
    sheetCheck: (request?: SheetAutomationRequest) =>
      checkSheet(store, request, (sheet) => {
        lastCheckedSheet = sheet;
      }),

    /** e2e: the luma of a rectangle of the sheet last rendered by sheetCheck, row by row. */
    sheetPixels(rect: RectPx): number[] {
      const ctx = lastCheckedSheet?.getContext('2d', { willReadFrequently: true });
      if (!ctx) throw new Error('call sheetCheck first');
      const data = ctx.getImageData(rect.xPx, rect.yPx, rect.widthPx, rect.heightPx).data;
      const out: number[] = [];
      for (let i = 0; i < data.length; i += 4) out.push(luma(data[i] ?? 0, data[i + 1] ?? 0, data[i + 2] ?? 0));
      return out;
    },
  };
}
