import { useLayoutEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { selectSpec } from '../../store/selectors';
import { usePhotoStore, usePhotoStoreApi } from '../shared/store-context';
import { AdjustControl, type AdjustField } from './AdjustControl';
import { Progress } from '../shared/Progress';
import { HistoryButtons } from './HistoryButtons';
import { PhotoPreview } from './PhotoPreview';
import './PhotoEditor.css';

/** Zoom steps of the preview, relative to fitting the photo in view; 3× shows 0.1 mm as several screen pixels. */
const ZOOM_LEVELS = [1, 1.5, 2, 3] as const;
const FIELDS: readonly AdjustField[] = ['topMarginMm', 'faceHeightMm', 'offsetXMm', 'rotateDeg'];
const LEGEND = ['crown', 'chin', 'face', 'eye', 'centre', 'band'] as const;

/**
 * The fine-tuning editor (issue 4): the preview with guides and markers, zoom, undo and redo, and one control per
 * adjustment. Position changes go straight to the store; everything drawn follows through subscriptions.
 * The preview (with the progress of the slow steps) is sticky: while the controls scroll under it, the photo
 * stays in view beside the control being used, on a phone as on a short desktop window (issue 12).
 */
export function PhotoEditor({ label }: { label: string }) {
  const { t } = useTranslation('adjust');
  const store = usePhotoStoreApi();
  const spec = usePhotoStore(selectSpec);
  const corrected = usePhotoStore((s) => Object.values(s.corrections).some((point) => point !== undefined));
  const [zoomIndex, setZoomIndex] = useState(0);
  const [showGuides, setShowGuides] = useState(true);
  const [moveMode, setMoveMode] = useState(false);
  const viewport = useRef<HTMLDivElement>(null);
  const zoom = ZOOM_LEVELS[zoomIndex] ?? 1;
  const previousZoom = useRef(zoom);

  // Zooming keeps the middle of the view where it was, like any image viewer.
  useLayoutEffect(() => {
    const el = viewport.current;
    const before = previousZoom.current;
    previousZoom.current = zoom;
    if (!el || before === zoom) return;
    const ratio = zoom / before;
    el.scrollLeft = (el.scrollLeft + el.clientWidth / 2) * ratio - el.clientWidth / 2;
    el.scrollTop = (el.scrollTop + el.clientHeight / 2) * ratio - el.clientHeight / 2;
  }, [zoom]);

  return (
    <div className="editor" data-testid="editor">
      <div className="editor__sticky" data-testid="editor-sticky">
        <Progress />
        <div ref={viewport} className={`editor__viewport${zoom > 1 ? ' editor__viewport--zoomed' : ''}`}>
          <PhotoPreview label={label} zoom={zoom} showGuides={showGuides} moveMode={moveMode} />
        </div>
      </div>
      <div className="editor__toolbar" role="toolbar" aria-label={t('toolbar')}>
        <span className="editor__zoom">
          <button type="button" className="button editor__tool" onClick={() => setZoomIndex((i) => Math.max(0, i - 1))} disabled={zoomIndex === 0} aria-label={t('zoom.out')} data-testid="adjust-zoom-out">
            −
          </button>
          <span className="editor__zoom-level" aria-live="polite">
            {t('zoom.level', { percent: Math.round(zoom * 100) })}
          </span>
          <button
            type="button"
            className="button editor__tool"
            onClick={() => setZoomIndex((i) => Math.min(ZOOM_LEVELS.length - 1, i + 1))}
            disabled={zoomIndex === ZOOM_LEVELS.length - 1}
            aria-label={t('zoom.in')}
            data-testid="adjust-zoom-in"
          >
            +
          </button>
        </span>
        <HistoryButtons />
        <label className="editor__toggle">
          <input type="checkbox" checked={showGuides} onChange={(e) => setShowGuides(e.target.checked)} data-testid="adjust-show-guides" />
          {t('guides')}
        </label>
        {/* Touch screens only: one finger scrolls the page unless this is on (a mouse always drags the photo). */}
        <button type="button" className="button editor__move" aria-pressed={moveMode} onClick={() => setMoveMode((on) => !on)} data-testid="adjust-move-mode">
          {t('moveMode')}
        </button>
      </div>
      <ul className="editor__legend" aria-label={t('legend.title')}>
        {LEGEND.map((key) => (
          <li key={key} className={`editor__key editor__key--${key}`}>
            {key === 'crown' ? t(spec.faceHeightIncludesHair ? 'crownAt.hair-top' : 'crownAt.skull-top') : t(`legend.${key}`)}
          </li>
        ))}
      </ul>
      {/* Folded: on a phone the full explanation would push the controls a screen away from the photo. */}
      <details className="editor__help">
        <summary>{t('helpTitle')}</summary>
        <p className="editor__hint">{t('hint')}</p>
      </details>
      <div className="editor__controls">
        {FIELDS.map((field) => (
          <AdjustControl key={`${spec.id}-${field}`} field={field} spec={spec} />
        ))}
      </div>
      <div className="editor__actions">
        <button type="button" className="button" onClick={() => store.getState().resetAdjustments()} data-testid="adjust-reset">
          {t('reset')}
        </button>
        {corrected && (
          <button type="button" className="button" onClick={() => store.getState().setCorrections({})} data-testid="adjust-reset-markers">
            {t('resetMarkers')}
          </button>
        )}
      </div>
    </div>
  );
}
