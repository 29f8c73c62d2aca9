import { useEffect, type RefObject } from 'react';
import { toleranceRanges } from '../../core/crop/adjustment-ranges';
import type { Adjustments } from '../../core/crop/adjustments';
import type { CropPlan } from '../../core/crop/crop-plan';
import { displayToOutputPx, type DisplayRect } from '../../core/crop/display-mapping';
import { dragAdjustments, pinchFaceHeight, wheelFaceHeight } from '../../core/crop/drag-adjustments';
import type { Point } from '../../core/geometry';
import type { PhotoStore } from '../../store/store-state';
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

/** Where a pointer is, and whether it is a finger (one finger scrolls the page unless the move mode is on). */
interface Pointer extends Point {
  readonly touch: boolean;
}

/**
 * The gesture the pointers on the stage make now: two fingers pinch, a mouse, a pen (or a finger in the move
 * mode) drags; null when there is no crop yet or a lone finger belongs to the page's scrolling.
 */
function currentGesture(store: PhotoStore, stage: HTMLElement, pointers: ReadonlyMap<number, Pointer>, moveMode: RefObject<boolean>): Gesture | null {
  const state = store.getState();
  const plan = selectPlan(state);
  const fingers = [...pointers.values()];
  if (!plan || fingers.length === 0) return null;
  if (fingers.length >= 2) return { kind: 'pinch', start: state.adjustments, fingers: [fingers[0]!, fingers[1]!] };
  // One finger outside the move mode belongs to the page's scrolling (touch-action: pan-y).
  if (fingers[0]!.touch && !moveMode.current) return null;
  const rect = stage.getBoundingClientRect();
  return { kind: 'move', start: state.adjustments, plan, rect, from: displayToOutputPx(plan, rect, fingers[0]!) };
}

/** Drag (top margin and offset) and pinch (face height) with pointers; returns the detach function. */
function attachDragAndPinch(store: PhotoStore, stage: HTMLElement, moveMode: RefObject<boolean>): () => void {
  const pointers = new Map<number, Pointer>();
  let gesture: Gesture | null = null;
  let gestureId: string | null = null;

  const begin = () => {
    gestureId ??= newGestureId('photo');
    gesture = currentGesture(store, stage, pointers, moveMode);
    stage.classList.toggle('editor__stage--grabbing', gesture !== null);
  };

  const down = (e: PointerEvent) => {
    if (e.pointerType === 'mouse' && e.button !== 0) return;
    if ((e.target as Element).closest('[data-marker]')) return;
    const touch = e.pointerType === 'touch';
    pointers.set(e.pointerId, { x: e.clientX, y: e.clientY, touch });
    // A lone finger is left to the browser so that it can scroll; it joins a pinch when a second one lands.
    if (touch && pointers.size < 2 && !moveMode.current) return;
    e.preventDefault();
    for (const id of pointers.keys()) {
      try {
        stage.setPointerCapture(id);
      } catch {
        // The pointer is already gone (lifted between the event and now): the drag still works inside the stage.
      }
    }
    begin();
  };

  const move = (e: PointerEvent) => {
    if (!pointers.has(e.pointerId) || !gesture) return;
    pointers.set(e.pointerId, { x: e.clientX, y: e.clientY, touch: e.pointerType === 'touch' });
    const state = store.getState();
    const spec = selectSpec(state);
    const options = { gesture: gestureId ?? undefined };
    if (gesture.kind === 'move') {
      const to = displayToOutputPx(gesture.plan, gesture.rect, { x: e.clientX, y: e.clientY });
      state.setAdjustments(dragAdjustments(spec, gesture.start, gesture.from, to, gesture.plan.dpi), options);
    } else {
      const fingers = [...pointers.values()];
      state.setAdjustments(pinchFaceHeight(spec, gesture.start, gesture.fingers, [fingers[0]!, fingers[1]!]), options);
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

  stage.addEventListener('pointerdown', down);
  stage.addEventListener('pointermove', move);
  stage.addEventListener('pointerup', up);
  stage.addEventListener('pointercancel', up);
  return () => {
    stage.removeEventListener('pointerdown', down);
    stage.removeEventListener('pointermove', move);
    stage.removeEventListener('pointerup', up);
    stage.removeEventListener('pointercancel', up);
  };
}

/** The wheel (or a trackpad pinch) sizes the face, one spin one undo step; returns the detach function. */
function attachWheelFaceHeight(store: PhotoStore, stage: HTMLElement): () => void {
  let wheel: { start: Adjustments; deltaPx: number; id: string; lastAt: number } | null = null;
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
    state.setAdjustments(patch, { gesture: wheel.id });
    // At the end of the tolerance the spin starts again from there, so turning back responds at once.
    const range = toleranceRanges(spec).faceHeightMm;
    if (patch.faceHeightMm === range.min || patch.faceHeightMm === range.max) {
      wheel.start = store.getState().adjustments;
      wheel.deltaPx = 0;
    }
  };
  // Not passive: the wheel over the photo sizes the face instead of scrolling the page.
  stage.addEventListener('wheel', onWheel, { passive: false });
  return () => stage.removeEventListener('wheel', onWheel);
}

/**
 * pan-y lets the browser scroll with one finger; a second finger (or the move mode) claims the touch for the
 * photo before the browser scrolls or zooms the page. Touch events are the only ones that can still cancel it.
 */
function attachTouchClaim(stage: HTMLElement, moveMode: RefObject<boolean>): () => void {
  const onTouch = (e: TouchEvent) => {
    if (e.cancelable && (e.touches.length >= 2 || moveMode.current)) e.preventDefault();
  };
  stage.addEventListener('touchstart', onTouch, { passive: false });
  stage.addEventListener('touchmove', onTouch, { passive: false });
  return () => {
    stage.removeEventListener('touchstart', onTouch);
    stage.removeEventListener('touchmove', onTouch);
  };
}

/**
 * Direct manipulation on the preview: a mouse or pen drags the photo (top margin and offset); two fingers pinch
 * the face height; the wheel (or a trackpad pinch) changes the face height. One finger scrolls the page, as it
 * does everywhere else on a phone (a thumb that lands on the photo while scrolling must not change the crop),
 * unless the explicit move mode is on (`moveMode.current`), when one finger drags the photo. Each gesture is one
 * undo step. Markers handle their own pointers (they are `[data-marker]` elements).
 */
export function usePhotoGestures(store: PhotoStore, stageRef: RefObject<HTMLDivElement | null>, moveMode: RefObject<boolean>): void {
  useEffect(() => {
    const stage = stageRef.current;
    if (!stage) return;
    const detach = [attachTouchClaim(stage, moveMode), attachDragAndPinch(store, stage, moveMode), attachWheelFaceHeight(store, stage)];
    return () => detach.forEach((d) => d());
  }, [store, stageRef, moveMode]);
}
