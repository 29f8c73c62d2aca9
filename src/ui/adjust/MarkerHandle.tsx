import { useRef, type KeyboardEvent, type PointerEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { CropPlan } from '../../core/crop/crop-plan';
import { displayToOutputPx, type DisplayRect } from '../../core/crop/display-mapping';
import { horizontalGuide } from '../../core/crop/guide-lines';
import { clampMarkerY, markerCorrection, nudgeMarker, type Marker } from '../../core/crop/marker-correction';
import { LARGE_STEP_MULTIPLIER } from '../../core/crop/nudge-adjustment';
import { mm } from '../../core/units';
import type { PhotoStore } from '../../store/store-state';
import { selectLineDoubt, selectPlan, selectSpec } from '../../store/selectors';
import { usePhotoStore } from '../shared/store-context';
import { newGestureId } from './gesture-id';
import { repaintView, type PreviewView } from './preview-view';

/** Arrow keys move a marker by the editor's step on the photo; Shift by ten. */
const MARKER_STEP_MM = 0.1;

interface Props {
  readonly marker: Marker;
  readonly store: PhotoStore;
  readonly view: PreviewView;
  /** The photo's height in mm: the marker's aria range. */
  readonly heightMm: number;
}

/**
 * A draggable handle for the crown (red) or chin (green) marker, at the photo's right edge so it hides none of
 * the face. 44 px square (WCAG 2.5.5 target size) for a finger. The line follows the pointer while dragging;
 * on release the point under it becomes the user's correction (in source px) and the crop re-solves from it.
 * Also a keyboard slider: arrows move it 0.1 mm, Shift+arrows 1 mm.
 */
export function MarkerHandle({ marker, store, view, heightMm }: Props) {
  const { t } = useTranslation('adjust');
  const drag = useRef<{ pointerId: number; plan: CropPlan; rect: DisplayRect; yPx: number | null } | null>(null);
  const keyGesture = useRef<string>('');
  const doubtId = `marker-doubt-${marker}`;
  const whatId = `marker-what-${marker}`;

  // The crown marker sets the crown the document measures: the top of the hair, or the skull for rules without it.
  const crownAt = usePhotoStore((s) => (selectSpec(s).faceHeightIncludesHair ? 'hair-top' : 'skull-top'));
  const hint = marker === 'crown' && crownAt === 'skull-top' ? 'markers.skullHint' : `markers.${marker}Hint`;
  // A soft hair edge puts doubt on the hair line only: the skull line is an estimate under the hair either way.
  const doubt = usePhotoStore((s) => selectLineDoubt(s)[marker]) && !(marker === 'crown' && crownAt === 'skull-top');
  const commit = (point: { x: number; y: number }, gesture?: string) => store.getState().placeMarker(marker, point, { gesture });

  const onPointerDown = (e: PointerEvent<HTMLButtonElement>) => {
    if (!view.plan || !view.stage) return;
    e.preventDefault();
    e.stopPropagation();
    try {
      e.currentTarget.setPointerCapture(e.pointerId);
    } catch {
      // The pointer is already gone (lifted between the event and now): the release ends the drag anyway.
    }
    e.currentTarget.focus();
    drag.current = { pointerId: e.pointerId, plan: view.plan, rect: view.stage.getBoundingClientRect(), yPx: null };
  };

  const onPointerMove = (e: PointerEvent<HTMLButtonElement>) => {
    const d = drag.current;
    if (!d || d.pointerId !== e.pointerId) return;
    const y = clampMarkerY(d.plan, marker, displayToOutputPx(d.plan, d.rect, { x: e.clientX, y: e.clientY }).y);
    d.yPx = y;
    view.pending = { marker, line: horizontalGuide(d.plan, y, true) };
    repaintView(view);
  };

  const end = (e: PointerEvent<HTMLButtonElement>, keep: boolean) => {
    const d = drag.current;
    if (!d || d.pointerId !== e.pointerId) return;
    drag.current = null;
    view.pending = null;
    // A tap without a move changes nothing: only a drag is a correction.
    if (keep && d.yPx !== null) commit(markerCorrection(d.plan, marker, d.yPx));
    else repaintView(view);
  };

  const onKeyDown = (e: KeyboardEvent<HTMLButtonElement>) => {
    const direction = e.key === 'ArrowUp' ? -1 : e.key === 'ArrowDown' ? 1 : 0;
    // The store's plan, not the painted one: a held key may run ahead of the frames.
    const plan = selectPlan(store.getState());
    if (direction === 0 || !plan) return;
    e.preventDefault();
    if (!e.repeat || !keyGesture.current) keyGesture.current = newGestureId(`marker-${marker}`);
    const stepMm = MARKER_STEP_MM * (e.shiftKey ? LARGE_STEP_MULTIPLIER : 1);
    commit(nudgeMarker(plan, marker, mm(direction * stepMm)), keyGesture.current);
  };

  return (
    <button
      type="button"
      ref={(el) => {
        view.handles[marker] = el;
      }}
      className={`editor__marker editor__marker--${marker}`}
      data-marker={marker}
      data-testid={`marker-${marker}`}
      role="slider"
      aria-orientation="vertical"
      aria-label={t(`markers.${marker}`)}
      aria-valuemin={0}
      aria-valuemax={heightMm}
      title={t(hint)}
      aria-describedby={[marker === 'crown' ? whatId : '', doubt ? doubtId : ''].filter(Boolean).join(' ') || undefined}
      onPointerDown={onPointerDown}
      onPointerMove={onPointerMove}
      onPointerUp={(e) => end(e, true)}
      onPointerCancel={(e) => end(e, false)}
      onKeyDown={onKeyDown}
    >
      <span className="editor__marker-dot" aria-hidden="true" />
      {/* Which crown the document measures, beside its line: the top of the hair, or the head without the hair. */}
      {marker === 'crown' && (
        <span id={whatId} className="editor__marker-what" data-testid="marker-crown-at" data-crown-at={crownAt}>
          {t(`crownAt.${crownAt}`)}
        </span>
      )}
      {/* Honest doubt beside the line (issue 15): where the edge is hard to see, the user should check it. */}
      {doubt && (
        <span id={doubtId} className="editor__marker-doubt" data-testid={`marker-doubt-${marker}`}>
          {t(`markers.${marker}Doubt`)}
        </span>
      )}
    </button>
  );
}
