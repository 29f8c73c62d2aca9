import { describe, expect, it } from 'vitest';
import {
  COUNTDOWN_MS,
  countdownLeftMs,
  INITIAL_CAPTURE_TRACKER,
  pressShutter,
  RED_GRACE_MS,
  SELF_TIMER_MS,
  STALE_FRAME_MS,
  STEADY_MS,
  startSelfTimer,
  tickCapture,
  trackFrame,
  type CapturePhase,
  type CaptureTrackerState,
} from '../../../src/core/capture/capture-tracker';

/** Live analysis runs at 8–12 frames a second; 100 ms between frames. */
const FRAME_MS = 100;

/** Feeds frames every FRAME_MS from `fromMs` (inclusive) to `toMs` (exclusive), all green or all red. */
function run(state: CaptureTrackerState, fromMs: number, toMs: number, green: boolean): CaptureTrackerState {
  let s = state;
  for (let t = fromMs; t < toMs; t += FRAME_MS) s = trackFrame(s, t, green);
  return s;
}

/** A script of frame runs: [fromMs, toMs, green]; returns the phase after each run. */
function phases(script: readonly (readonly [number, number, boolean])[]): CapturePhase[] {
  let s = INITIAL_CAPTURE_TRACKER;
  return script.map(([from, to, green]) => (s = run(s, from, to, green)).phase);
}

describe('trackFrame: green for 1.5 s, then a 3 s countdown, then capture', () => {
  it.each([
    ['red stays waiting', [[0, 2000, false]], ['waiting']],
    ['green starts steady', [[0, 100, true]], ['steady']],
    ['just under 1.5 s green: still steady', [[0, STEADY_MS, true]], ['steady']],
    ['1.5 s green: countdown', [[0, STEADY_MS + FRAME_MS, true]], ['countdown']],
    ['countdown runs its 3 s', [[0, STEADY_MS + COUNTDOWN_MS, true]], ['countdown']],
    ['countdown over: capture', [[0, STEADY_MS + COUNTDOWN_MS + 2 * FRAME_MS, true]], ['capture']],
    ['capture is sticky', [[0, 5000, true], [5000, 9000, false]], ['capture', 'capture']],
  ] as const)('%s', (_name, script, expected) => {
    expect(phases(script)).toEqual(expected);
  });

  it('a red run shorter than the grace (a blink) neither cancels nor restarts the countdown', () => {
    let s = run(INITIAL_CAPTURE_TRACKER, 0, 2000, true);
    expect(s.phase).toBe('countdown');
    const started = s.sinceMs;
    s = run(s, 2000, 2000 + RED_GRACE_MS, false);
    expect(s.phase).toBe('countdown');
    s = run(s, 2000 + RED_GRACE_MS, 3000, true);
    expect(s).toMatchObject({ phase: 'countdown', sinceMs: started, redSinceMs: null });
  });

  it('red for the grace period cancels the countdown', () => {
    let s = run(INITIAL_CAPTURE_TRACKER, 0, 2000, true);
    s = run(s, 2000, 2000 + RED_GRACE_MS + FRAME_MS, false);
    expect(s.phase).toBe('waiting');
    // And the wait starts again from the next green frame: 1.5 s more before a new countdown.
    s = run(s, 3000, 3000 + STEADY_MS, true);
    expect(s.phase).toBe('steady');
  });

  it('red during steady for the grace period goes back to waiting', () => {
    expect(phases([[0, 1000, true], [1000, 1000 + RED_GRACE_MS + FRAME_MS, false]])).toEqual(['steady', 'waiting']);
  });

  it('the countdown never captures on a red frame: it waits for the next green one', () => {
    let s = run(INITIAL_CAPTURE_TRACKER, 0, STEADY_MS + FRAME_MS, true);
    const countdownFrom = s.sinceMs;
    s = run(s, countdownFrom + FRAME_MS, countdownFrom + COUNTDOWN_MS - FRAME_MS, true);
    s = trackFrame(s, countdownFrom + COUNTDOWN_MS, false);
    s = trackFrame(s, countdownFrom + COUNTDOWN_MS + FRAME_MS, false);
    expect(s.phase).toBe('countdown');
    s = trackFrame(s, countdownFrom + COUNTDOWN_MS + 2 * FRAME_MS, true);
    expect(s.phase).toBe('capture');
  });
});

describe('countdownLeftMs', () => {
  it.each([
    [0, COUNTDOWN_MS],
    [1200, COUNTDOWN_MS - 1200],
    [COUNTDOWN_MS + 500, 0],
  ])('%s ms into the countdown → %s ms left', (elapsed, left) => {
    const s: CaptureTrackerState = { phase: 'countdown', sinceMs: 10_000, redSinceMs: null, lastFrameMs: 10_000 };
    expect(countdownLeftMs(s, 10_000 + elapsed)).toBe(left);
  });

  it('is null outside the countdown and the self-timer', () => {
    expect(countdownLeftMs(INITIAL_CAPTURE_TRACKER, 5000)).toBeNull();
    expect(countdownLeftMs(startSelfTimer(INITIAL_CAPTURE_TRACKER, 0), 4000)).toBe(SELF_TIMER_MS - 4000);
  });
});

describe('tickCapture: time without frames', () => {
  it('cancels a countdown when no frame has come for longer than the stale limit', () => {
    const s = run(INITIAL_CAPTURE_TRACKER, 0, 2000, true);
    const last = s.lastFrameMs!;
    expect(tickCapture(s, last + STALE_FRAME_MS).phase).toBe('countdown');
    expect(tickCapture(s, last + STALE_FRAME_MS + 1).phase).toBe('waiting');
  });

  it('leaves waiting and capture alone', () => {
    expect(tickCapture(INITIAL_CAPTURE_TRACKER, 1e6)).toBe(INITIAL_CAPTURE_TRACKER);
    const captured = pressShutter(INITIAL_CAPTURE_TRACKER, 5);
    expect(tickCapture(captured, 1e6)).toBe(captured);
  });
});

describe('self-timer and shutter', () => {
  it.each([
    [0, 'timer'],
    [SELF_TIMER_MS - 1, 'timer'],
    [SELF_TIMER_MS, 'capture'],
  ] as const)('self-timer, tick at %s ms → %s', (at, phase) => {
    expect(tickCapture(startSelfTimer(INITIAL_CAPTURE_TRACKER, 0), at).phase).toBe(phase);
  });

  it('ignores the checks while the self-timer runs: red frames do not cancel, green ones do not start a countdown', () => {
    let s = startSelfTimer(INITIAL_CAPTURE_TRACKER, 0);
    s = run(s, 0, 5000, false);
    expect(s.phase).toBe('timer');
    s = run(s, 5000, SELF_TIMER_MS, true);
    expect(s.phase).toBe('timer');
    expect(trackFrame(s, SELF_TIMER_MS, false).phase).toBe('capture');
  });

  it('the shutter captures from any phase', () => {
    for (const s of [INITIAL_CAPTURE_TRACKER, run(INITIAL_CAPTURE_TRACKER, 0, 2000, true), startSelfTimer(INITIAL_CAPTURE_TRACKER, 0)]) {
      expect(pressShutter(s, 3000)).toMatchObject({ phase: 'capture', sinceMs: 3000 });
    }
  });
});
