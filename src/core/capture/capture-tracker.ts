/** Every check green for about this long before the countdown starts (issue 6): long enough to mean "in place". */
export const STEADY_MS = 1500;
/** The automatic countdown (issue 6): time to settle the face and stop talking. */
export const COUNTDOWN_MS = 3000;
/** The self-timer: time to put the phone down and step into place. */
export const SELF_TIMER_MS = 10_000;
/**
 * A failing check cancels only once it has failed this long: a blink (100–400 ms) or one missed detection must not
 * restart the wait. The shutter itself still waits for an all-green frame.
 */
export const RED_GRACE_MS = 400;
/** No analysed frame for this long (the tab stalled, the worker hung): nothing vouches for the face, start over. */
export const STALE_FRAME_MS = 1000;

/**
 * waiting: some check needs fixing. steady: all green since `sinceMs`. countdown: counting down from `sinceMs`.
 * timer: the self-timer runs from `sinceMs`, checks ignored. capture: take the photo now (sticky until reset).
 */
export type CapturePhase = 'waiting' | 'steady' | 'countdown' | 'timer' | 'capture';

export interface CaptureTrackerState {
  readonly phase: CapturePhase;
  /** When the current phase began, ms on the caller's clock. */
  readonly sinceMs: number;
  /** First frame of the current run of failing frames; null while green. */
  readonly redSinceMs: number | null;
  /** The last analysed frame, for the stale-frame rule. */
  readonly lastFrameMs: number | null;
}

export const INITIAL_CAPTURE_TRACKER: CaptureTrackerState = { phase: 'waiting', sinceMs: 0, redSinceMs: null, lastFrameMs: null };

const enter = (state: CaptureTrackerState, phase: CapturePhase, atMs: number): CaptureTrackerState => ({ ...state, phase, sinceMs: atMs });

/**
 * One analysed frame: all checks green or not. Green for STEADY_MS starts the countdown; the countdown's end
 * captures on the next green frame; red for RED_GRACE_MS sends it back to waiting.
 */
export function trackFrame(state: CaptureTrackerState, atMs: number, green: boolean): CaptureTrackerState {
  if (state.phase === 'capture') return state;
  const seen = { ...state, lastFrameMs: atMs };
  if (state.phase === 'timer') return tickCapture(seen, atMs);
  if (!green) {
    const redSinceMs = state.redSinceMs ?? atMs;
    const next = { ...seen, redSinceMs };
    if (state.phase === 'waiting') return next;
    return atMs - redSinceMs >= RED_GRACE_MS ? enter(next, 'waiting', atMs) : next;
  }
  const next = { ...seen, redSinceMs: null };
  switch (state.phase) {
    case 'waiting':
      return enter(next, 'steady', atMs);
    case 'steady':
      return atMs - state.sinceMs >= STEADY_MS ? enter(next, 'countdown', atMs) : next;
    case 'countdown':
      return atMs - state.sinceMs >= COUNTDOWN_MS ? enter(next, 'capture', atMs) : next;
  }
}

/** Time passing without a frame: the self-timer fires, a stalled analysis cancels the countdown. */
export function tickCapture(state: CaptureTrackerState, nowMs: number): CaptureTrackerState {
  if (state.phase === 'timer') return nowMs - state.sinceMs >= SELF_TIMER_MS ? enter(state, 'capture', nowMs) : state;
  if ((state.phase === 'steady' || state.phase === 'countdown') && state.lastFrameMs !== null && nowMs - state.lastFrameMs > STALE_FRAME_MS) {
    return { ...enter(state, 'waiting', nowMs), redSinceMs: null };
  }
  return state;
}

/** The self-timer button: capture SELF_TIMER_MS from now, whatever the checks say. */
export function startSelfTimer(state: CaptureTrackerState, nowMs: number): CaptureTrackerState {
  return { ...enter(state, 'timer', nowMs), redSinceMs: null };
}

/** The shutter button: capture now. */
export function pressShutter(state: CaptureTrackerState, nowMs: number): CaptureTrackerState {
  return enter(state, 'capture', nowMs);
}

/** Milliseconds left on the countdown or the self-timer; null in the other phases. */
export function countdownLeftMs(state: CaptureTrackerState, nowMs: number): number | null {
  if (state.phase === 'countdown') return Math.max(0, COUNTDOWN_MS - (nowMs - state.sinceMs));
  if (state.phase === 'timer') return Math.max(0, SELF_TIMER_MS - (nowMs - state.sinceMs));
  return null;
}
