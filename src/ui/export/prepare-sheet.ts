import type { SheetLayout } from '../../core/sheet/sheet-layout-types';
import { encodeJpeg } from '../../render/encode-jpeg';
import { renderPhoto } from '../../render/render-photo';
import { exportSheet, type SheetFile, type SheetPhoto } from '../../render/sheet/export-sheet';
import { formatSheetCaptions, type SheetCaptions, type Translate } from '../../render/sheet/sheet-captions';
import type { Paper } from '../../specs/papers';
import { selectSheetLayout, selectSheetPaper, selectSheetPhotoPlans, type SheetPhotoPlan, type SheetStoreState } from '../../store/sheet-selectors';

/** The sheet's words in the user's language: i18next's `t` for the "sheet" namespace and the documents' names. */
export interface SheetWords {
  readonly t: Translate;
  readonly documentName: (specId: string) => string;
  readonly formatDate?: (isoDate: string) => string;
}

/** Everything a sheet is drawn from: the preview, the download, the batch command and the e2e check share it. */
export interface PreparedSheet {
  readonly paper: Paper;
  readonly layout: SheetLayout;
  readonly plans: ReadonlyMap<string, SheetPhotoPlan>;
  /** Each document's photo at its exact output pixels: the very canvas its single JPEG is encoded from. */
  readonly images: ReadonlyMap<string, OffscreenCanvas>;
  readonly captions: SheetCaptions;
}

interface CachedPhoto {
  readonly key: readonly unknown[];
  readonly canvas: Promise<OffscreenCanvas>;
}

/**
 * The last rendered photo per document, kept while its inputs are the same objects: the sheet preview redraws on
 * every adjustment, but only the chosen document's photo changes then.
 */
const rendered = new Map<string, CachedPhoto>();

function renderedPhoto(state: SheetStoreState, specId: string, photoPlan: SheetPhotoPlan): Promise<OffscreenCanvas> | null {
  const photo = state.photo;
  if (!photo) return null;
  const key = [photo.bitmap, state.matte, photoPlan.plan, photoPlan.background];
  const cached = rendered.get(specId);
  if (cached && cached.key.length === key.length && cached.key.every((k, i) => k === key[i])) return cached.canvas;
  const canvas = renderPhoto({ source: photo.bitmap, plan: photoPlan.plan, background: photoPlan.background, matte: state.matte });
  rendered.set(specId, { key, canvas });
  canvas.catch(() => {
    if (rendered.get(specId)?.canvas === canvas) rendered.delete(specId);
  });
  return canvas;
}

/**
 * Renders every document's photo for the sheet from the current state (same source photo, one crop per document)
 * and words the captions. null while there is no photo or no crop yet.
 */
export async function prepareSheet(state: SheetStoreState, words: SheetWords, clock: Date = new Date()): Promise<PreparedSheet | null> {
  const plans = selectSheetPhotoPlans(state);
  if (!plans || !state.photo) return null;
  for (const specId of rendered.keys()) if (!plans.has(specId)) rendered.delete(specId);
  const layout = selectSheetLayout(state, clock);
  const entries = await Promise.all(
    [...plans].map(async ([specId, photoPlan]) => {
      const canvas = renderedPhoto(state, specId, photoPlan);
      if (!canvas) throw new Error('photo went away while the sheet was prepared');
      return [specId, await canvas] as const;
    }),
  );
  return {
    paper: selectSheetPaper(state),
    layout,
    plans,
    images: new Map(entries),
    captions: formatSheetCaptions(layout, words.t, words.documentName, words.formatDate),
  };
}

/** The downloadable file: a 600 dpi JPEG or a PDF (the paper's `output`), each photo being its single JPEG's pixels. */
export async function exportPreparedSheet(prepared: PreparedSheet): Promise<SheetFile> {
  const photos = new Map<string, SheetPhoto>();
  for (const [specId, image] of prepared.images) {
    const dpi = prepared.plans.get(specId)?.plan.dpi;
    if (dpi === undefined) throw new Error(`no plan for spec "${specId}"`);
    // The PDF embeds each single JPEG's own bytes; a JPEG sheet only needs the canvas.
    const jpeg = prepared.paper.output === 'pdf' ? await encodeJpeg(image, dpi) : new Uint8Array(0);
    photos.set(specId, { image, jpeg });
  }
  return exportSheet(prepared.layout, prepared.paper.output, photos, prepared.captions);
}
