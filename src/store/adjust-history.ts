import type { StoreApi } from 'zustand/vanilla';
import type { AdjustHistory, AdjustHistorySlice, EditOptions, EditSnapshot, PointCorrections, StoreState } from './store-state';

/** Enough for any editing session; older steps are dropped so a long session does not grow without bound. */
export const MAX_UNDO_STEPS = 100;

export function emptyHistory(): AdjustHistory {
  return { past: [], future: [], gesture: null };
}

interface HistoryState extends EditSnapshot {
  readonly history: AdjustHistory;
}

function sameCorrections(a: PointCorrections, b: PointCorrections): boolean {
  const same = (key: keyof PointCorrections): boolean => a[key]?.x === b[key]?.x && a[key]?.y === b[key]?.y;
  return same('crown') && same('skullCrown') && same('chin');
}

function sameSnapshot(a: EditSnapshot, b: EditSnapshot): boolean {
  const x = a.adjustments;
  const y = b.adjustments;
  return (
    x.topMarginMm === y.topMarginMm &&
    x.faceHeightMm === y.faceHeightMm &&
    x.offsetXMm === y.offsetXMm &&
    x.rotateDeg === y.rotateDeg &&
    sameCorrections(a.corrections, b.corrections)
  );
}

/**
 * The store update for an edit of the adjustments and/or corrections, with its undo step: the state before the
 * edit goes on the undo stack (unless the edit continues the previous one's gesture) and the redo stack empties.
 * An edit that changes nothing returns `state` itself, so zustand notifies nobody and no empty step is recorded.
 */
export function recordEdit<S extends HistoryState>(state: S, change: Partial<EditSnapshot>, options: EditOptions = {}): S | Partial<HistoryState> {
  const before: EditSnapshot = { adjustments: state.adjustments, corrections: state.corrections };
  const after: EditSnapshot = { ...before, ...change };
  if (sameSnapshot(before, after)) return state;
  const { history } = state;
  const gesture = options.gesture ?? null;
  const continues = gesture !== null && gesture === history.gesture;
  const past = continues ? history.past : [...history.past, before].slice(-MAX_UNDO_STEPS);
  return { ...change, history: { past, future: [], gesture } };
}

/** The store update for undo, or `state` itself when there is nothing to undo. */
export function undoEdit<S extends HistoryState>(state: S): S | Partial<HistoryState> {
  const { past, future } = state.history;
  const previous = past.at(-1);
  if (!previous) return state;
  const current: EditSnapshot = { adjustments: state.adjustments, corrections: state.corrections };
  return { ...previous, history: { past: past.slice(0, -1), future: [current, ...future], gesture: null } };
}

/** The store update for redo, or `state` itself when there is nothing to redo. */
export function redoEdit<S extends HistoryState>(state: S): S | Partial<HistoryState> {
  const { past, future } = state.history;
  const next = future[0];
  if (!next) return state;
  const current: EditSnapshot = { adjustments: state.adjustments, corrections: state.corrections };
  return { ...next, history: { past: [...past, current], future: future.slice(1), gesture: null } };
}

export function selectCanUndo(state: HistoryState): boolean {
  return state.history.past.length > 0;
}

export function selectCanRedo(state: HistoryState): boolean {
  return state.history.future.length > 0;
}

export function createAdjustHistorySlice(set: StoreApi<StoreState>['setState']): AdjustHistorySlice {
  return {
    history: emptyHistory(),
    undo() {
      set(undoEdit);
    },
    redo() {
      set(redoEdit);
    },
  };
}
