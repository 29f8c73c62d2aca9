import { useEffect, useRef, type CSSProperties } from 'react';
import { useTranslation } from 'react-i18next';
import { selectSpec } from '../../store/selectors';
import { fixedDecimals } from '../shared/fixed-decimals';
import { usePhotoStore, usePhotoStoreApi } from '../shared/store-context';
import { GuideOverlay } from './GuideOverlay';
import { MarkerHandle } from './MarkerHandle';
import { startPreviewRenderer } from './preview-renderer';
import { createPreviewView, DISPLAY_DECIMALS, showPlan } from './preview-view';
import { usePhotoGestures } from './use-photo-gestures';

interface Props {
  readonly label: string;
  /** 1 fits the photo in the view; larger values enlarge it inside a scrolling viewport. */
  readonly zoom: number;
  readonly showGuides: boolean;
  /** On: one finger drags the photo. Off: one finger scrolls the page and two fingers pinch the face size. */
  readonly moveMode: boolean;
}

/**
 * The photo at its true aspect with the guide overlay and the crown and chin markers. The canvas holds exactly
 * the pixels of the download once idle (preview-renderer.ts); lines and handles are drawn over it, never into
 * it. Nothing here renders per frame through React: the renderer and the gestures work on the store directly.
 */
export function PhotoPreview({ label, zoom, showGuides, moveMode }: Props) {
  const { t } = useTranslation('adjust');
  const store = usePhotoStoreApi();
  const spec = usePhotoStore(selectSpec);
  const canvas = useRef<HTMLCanvasElement>(null);
  const stage = useRef<HTMLDivElement>(null);
  const svg = useRef<SVGSVGElement>(null);
  const view = useRef(createPreviewView()).current;
  view.describe = (line) => t('markers.valueText', { value: fixedDecimals(line.mm, DISPLAY_DECIMALS) });

  useEffect(() => {
    view.stage = stage.current;
    view.svg = svg.current;
    const target = canvas.current;
    if (!target) return;
    return startPreviewRenderer(store, target, (plan) => showPlan(view, selectSpec(store.getState()), plan));
  }, [store, view]);

  const moveModeRef = useRef(moveMode);
  useEffect(() => {
    moveModeRef.current = moveMode;
  }, [moveMode]);
  usePhotoGestures(store, stage, moveModeRef);

  // The stage takes the photo's aspect from the document's size in mm; CSS does the fitting.
  const style = { '--photo-w': spec.widthMm, '--photo-h': spec.heightMm, '--zoom': zoom } as CSSProperties;
  return (
    <div ref={stage} className={`editor__stage${moveMode ? ' editor__stage--move' : ''}`} style={style} data-testid="preview-stage" data-move-mode={moveMode}>
      <canvas ref={canvas} className="editor__photo" aria-label={label} role="img" data-testid="preview-canvas" />
      <GuideOverlay svgRef={svg} hidden={!showGuides} />
      {/* The crown marker moves the crown the document measures: the hair top, or the skull for rules without hair. */}
      <MarkerHandle marker="crown" store={store} view={view} heightMm={spec.heightMm} />
      <MarkerHandle marker="chin" store={store} view={view} heightMm={spec.heightMm} />
    </div>
  );
}
