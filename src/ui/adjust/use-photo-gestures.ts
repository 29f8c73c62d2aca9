import { useEffect, type RefObject } from 'react';
import { adjustmentRanges } from '../../core/crop/adjustment-ranges';
import type { Adjustments } from '../../core/crop/adjustments';
import type { CropPlan } from '../../core/crop/crop-plan';
import { displayToOutputPx, type DisplayRect } from '../../core/crop/display-mapping';
import { dragAdjustments, pinchFaceHeight, wheelFaceHeight } from '../../core/crop/drag-adjustments';
import type { Point } from '../../core/geometry';
import type { PhotoStore } from '../../store/photo-store';
import { selectPlan, selectSpec } from '../../store/selectors';
import { newGestureId } from './gesture-id';

/** Wheel events further apart than this start a new undo step: one spin of the wheel is one edit. */
const WHEEL_GESTURE_GAP_MS = 400;
/** WheelEvent.deltaMode 1 counts lines (Firefox with a mouse): the line height browsers scroll by. */
const WHEEL_LINE_PX = 40;
/** deltaMode 2 counts pages: treat one as a long spin. */
const WHEEL_PAGE_PX = 800;

type Gesture =
  | { kind: 'move'; start: Adjustments; plan: CropPlan; rect: DisplayRect; from: Point }
  | { kind: 'pinch'; start: Adjustments; fingers: [Point, Point] };

function wheelPx(e: WheelEvent): number {
  if (e.deltaMode === WheelEvent.DOM_DELTA_LINE) return e.deltaY * WHEEL_LINE_PX;
  if (e.deltaMode === WheelEvent.DOM_DELTA_PAGE) return e.deltaY * WHEEL_PAGE_PX;
  return e.deltaY;
}

/**
 * Direct manipulation on the preview: one pointer (mouse, pen or finger) drags the photo (top margin and
 * offset), two fingers pinch the face height, the wheel (or a trackpad pinch) changes the face height. Each
 * gesture is one undo step. Markers handle their own pointers (they are `[data-marker]` elements).
 */
export function usePhotoGestures(store: PhotoStore, stageRef: RefObject<HTMLDivElement | null>): void {
  useEffect(() => {
    const stage = stageRef.current;
    if (!stage) return;
    const pointers = new Map<number, Point>();
    let gesture: Gesture | null = null;
    let gestureId: string | null = null;
    let wheel: { start: Adjustments; deltaPx: number; id: string; lastAt: number } | null = null;

    const begin = () => {
      const state = store.getState();
      const plan = selectPlan(state);
      const fingers = [...pointers.values()];
      gestureId ??= newGestureId('photo');
      if (!plan || fingers.length === 0) {
        gesture = null;
      } else if (fingers.length >= 2) {
        gesture = { kind: 'pinch', start: state.adjustments, fingers: [fingers[0]!, fingers[1]!] };
      } else {
        const rect = stage.getBoundingClientRect();
        gesture = { kind: 'move', start: state.adjustments, plan, rect, from: displayToOutputPx(plan, rect, fingers[0]!) };
      }
      stage.classList.toggle('editor__stage--grabbing', gesture !== null);
    };

    const down = (e: PointerEvent) => {
      if (e.pointerType === 'mouse' && e.button !== 0) return;
      if ((e.target as Element).closest('[data-marker]')) return;
      e.preventDefault();
      try {
        stage.setPointerCapture(e.pointerId);
      } catch {
        // The pointer is already gone (lifted between the event and now): the drag still works inside the stage.
      }
      pointers.set(e.pointerId, { x: e.clientX, y: e.clientY });
      begin();
    };

    const move = (e: PointerEvent) => {
      if (!pointers.has(e.pointerId) || !gesture) return;
      pointers.set(e.pointerId, { x: e.clientX, y: e.clientY });
      const state = store.getState();
      const spec = selectSpec(state);
      const options = { gesture: gestureId ?? undefined };
      if (gesture.kind === 'move') {
        const to = displayToOutputPx(gesture.plan, gesture.rect, { x: e.clientX, y: e.clientY });
        state.setAdjustments(dragAdjustments(spec, gesture.start, gesture.from, to, gesture.plan.dpi), spec, options);
      } else {
        const fingers = [...pointers.values()];
        state.setAdjustments(pinchFaceHeight(spec, gesture.start, gesture.fingers, [fingers[0]!, fingers[1]!]), spec, options);
      }
    };

    const up = (e: PointerEvent) => {
      if (!pointers.delete(e.pointerId)) return;
      if (pointers.size === 0) {
        gesture = null;
        gestureId = null;
        stage.classList.remove('editor__stage--grabbing');
      } else {
        // A finger lifted from a pinch: the other one goes on moving the photo from where it is now.
        begin();
      }
    };

    const onWheel = (e: WheelEvent) => {
      const state = store.getState();
      if (!selectPlan(state)) return;
      e.preventDefault();
      const spec = selectSpec(state);
      if (!wheel || e.timeStamp - wheel.lastAt > WHEEL_GESTURE_GAP_MS) {
        wheel = { start: state.adjustments, deltaPx: 0, id: newGestureId('wheel'), lastAt: e.timeStamp };
      }
      wheel.deltaPx += wheelPx(e);
      wheel.lastAt = e.timeStamp;
      const patch = wheelFaceHeight(spec, wheel.start, wheel.deltaPx);
      state.setAdjustments(patch, spec, { gesture: wheel.id });
      // At the end of the tolerance the spin starts again from there, so turning back responds at once.
      const range = adjustmentRanges(spec).faceHeightMm;
      if (patch.faceHeightMm === range.min || patch.faceHeightMm === range.max) {
        wheel.start = store.getState().adjustments;
        wheel.deltaPx = 0;
      }
    };

    stage.addEventListener('pointerdown', down);
    stage.addEventListener('pointermove', move);
    stage.addEventListener('pointerup', up);
    stage.addEventListener('pointercancel', up);
    // Not passive: the wheel over the photo sizes the face instead of scrolling the page.
    stage.addEventListener('wheel', onWheel, { passive: false });
    return () => {
      stage.removeEventListener('pointerdown', down);
      stage.removeEventListener('pointermove', move);
      stage.removeEventListener('pointerup', up);
      stage.removeEventListener('pointercancel', up);
      stage.removeEventListener('wheel', onWheel);
    };
  }, [store, stageRef]);
}
