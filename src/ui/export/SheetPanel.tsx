import { useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { downloadBytes, fileStem } from '../../platform/download';
import { renderSheet } from '../../render/sheet/render-sheet';
import { documentName, sheetDocumentName } from '../../i18n/document-names';
import { dpi } from '../../core/units';
import { findSpec, producibleSpecs } from '../../specs';
import { papers } from '../../specs/papers';
import { exportPreparedSheet, prepareSheet, type SheetWords } from './prepare-sheet';
import { selectSheetLayout, selectSheetPaper, selectSheetPhotoPlans, selectSheetSpecRequests, type SheetStoreState } from '../../store/sheet-selectors';
import { usePhotoStore, usePhotoStoreApi } from '../shared/store-context';
import { KonbiniGuide } from './KonbiniGuide';
import { SheetOptions, type SheetDocumentRow } from './SheetOptions';
import './SheetPanel.css';

/** The preview is drawn at this resolution: sharp at its on-screen width on a 2× display, and quick to redraw. */
const SHEET_PREVIEW_DPI = dpi(150);
/** A slider drag changes the crop every frame; the sheet preview waits for a pause this long before redrawing. */
const PREVIEW_DEBOUNCE_MS = 120;

function useSheetWords(): SheetWords {
  const { t, i18n } = useTranslation('sheet');
  const language = i18n.language;
  return useMemo(
    () => ({
      t: (key, values) => t(key, values ?? {}),
      documentName: (specId) => {
        const row = findSpec(specId);
        return row ? sheetDocumentName(row, language) : specId;
      },
    }),
    [t, language],
  );
}

/**
 * The print sheet (issue 5) under the single photo: paper and copies (SheetOptions), a small preview, the download
 * (a 600 dpi JPEG for photo paper, a PDF for A4) and the konbini guide. Everything it shows is derived by the
 * sheet selectors and drawn by render/sheet; this component only wires them.
 */
export function SheetPanel() {
  const { t, i18n } = useTranslation('sheet');
  const language = i18n.language;
  const store = usePhotoStoreApi();
  const words = useSheetWords();

  const paper = usePhotoStore(selectSheetPaper);
  const sheetRequests = usePhotoStore(selectSheetSpecRequests);
  const layout = usePhotoStore((s) => selectSheetLayout(s));
  const ready = usePhotoStore((s) => s.photo !== null && selectSheetPhotoPlans(s) !== null);
  const customised = usePhotoStore((s) => s.sheetRequests !== null);
  const borderless = usePhotoStore((s) => s.sheetBorderless);
  const borderlessScale = usePhotoStore((s) => s.sheetBorderlessScale);
  // Actions never change; reading them from the store avoids re-rendering on every store update.
  const actions = store.getState();

  const name = (specId: string): string => {
    const row = findSpec(specId);
    return row ? documentName(row, language) : specId;
  };
  const documents: SheetDocumentRow[] = sheetRequests.map((request) => ({
    specId: request.spec.id,
    name: name(request.spec.id),
    copies: request.copies,
    placed: layout.outcomes.find((o) => o.specId === request.spec.id)?.placed ?? null,
  }));
  const onSheet = new Set(documents.map((d) => d.specId));
  const addable = producibleSpecs.filter((spec) => !onSheet.has(spec.id)).map((spec) => ({ specId: spec.id, name: documentName(spec, language) }));

  return (
    <section className="sheet-panel" data-testid="sheet-panel">
      <div className="sheet-panel__body">
        <div className="sheet-panel__options">
          <SheetOptions
            papers={papers}
            paperId={paper.id}
            onPaperChange={actions.setSheetPaper}
            documents={documents}
            onCopiesChange={actions.setSheetCopies}
            addableDocuments={addable}
            onAddDocument={actions.addSheetDocument}
            onRemoveDocument={actions.removeSheetDocument}
            quarterTurn={layout.quarterTurn}
            borderless={borderless}
            onBorderlessChange={actions.setSheetBorderless}
            borderlessScale={borderlessScale}
            onBorderlessScaleChange={actions.setSheetBorderlessScale}
          />
          {customised && (
            <button type="button" className="button button--quiet sheet-panel__reset" onClick={actions.resetSheetRequests} data-testid="sheet-reset">
              {t('panel.reset')}
            </button>
          )}
          <SheetDownload ready={ready} output={paper.output} words={words} />
        </div>
        <div className="sheet-panel__preview">
          <SheetPreview words={words} label={t('panel.previewLabel')} />
        </div>
      </div>
      <details className="sheet-panel__guide">
        <summary>{t('panel.guideSummary')}</summary>
        <KonbiniGuide output={paper.output} borderless={paper.output !== 'pdf' && borderless} />
      </details>
    </section>
  );
}

function SheetDownload({ ready, output, words }: { ready: boolean; output: 'jpeg' | 'pdf'; words: SheetWords }) {
  const { t } = useTranslation('sheet');
  const store = usePhotoStoreApi();
  const [busy, setBusy] = useState(false);
  const [failed, setFailed] = useState(false);

  const download = async () => {
    const state = store.getState();
    setBusy(true);
    setFailed(false);
    try {
      const prepared = await prepareSheet(state, words);
      if (!prepared || !state.photo) return;
      const file = await exportPreparedSheet(prepared);
      downloadBytes(file.bytes, `${fileStem(state.photo.fileName)}-${prepared.paper.id}.sheet.${file.extension}`, file.mimeType);
    } catch (error) {
      console.error('sheet export failed', error);
      setFailed(true);
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="download">
      <button type="button" className="button button--large" disabled={!ready || busy} onClick={() => void download()} data-testid="download-sheet">
        {busy ? t('panel.making') : t(output === 'pdf' ? 'panel.downloadPdf' : 'panel.downloadJpeg')}
      </button>
      {failed && (
        <p className="download__error" role="alert">
          {t('panel.failed')}
        </p>
      )}
    </div>
  );
}

/**
 * The sheet at SHEET_PREVIEW_DPI, redrawn through a store subscription (ARCHITECTURE.md habit 6) after a short pause,
 * from the same prepared sheet the download uses.
 */
function SheetPreview({ words, label }: { words: SheetWords; label: string }) {
  const store = usePhotoStoreApi();
  const canvas = useRef<HTMLCanvasElement>(null);

  useEffect(() => {
    let sequence = 0;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let last: unknown[] = [];
    const draw = async (state: SheetStoreState, mine: number) => {
      const prepared = await prepareSheet(state, words);
      const target = canvas.current;
      if (mine !== sequence || !prepared || !target) return;
      const { canvas: sheet, layoutPx } = renderSheet(prepared.layout, prepared.images, prepared.captions, SHEET_PREVIEW_DPI);
      if (mine !== sequence) return;
      target.width = sheet.width;
      target.height = sheet.height;
      target.getContext('2d')?.drawImage(sheet, 0, 0);
      target.dataset.tiles = String(layoutPx.tiles.length);
    };
    const schedule = (state: SheetStoreState) => {
      const key = [selectSheetLayout(state), selectSheetPhotoPlans(state), state.photo, state.matte];
      if (key.every((k, i) => k === last[i])) return;
      last = key;
      clearTimeout(timer);
      const mine = ++sequence;
      timer = setTimeout(() => {
        draw(store.getState(), mine).catch((error: unknown) => console.error('sheet preview failed', error));
      }, PREVIEW_DEBOUNCE_MS);
    };
    schedule(store.getState());
    const off = store.subscribe(schedule);
    return () => {
      off();
      clearTimeout(timer);
      sequence++;
    };
  }, [store, words]);

  return <canvas ref={canvas} className="sheet-panel__canvas" aria-label={label} role="img" data-testid="sheet-preview" />;
}
