import { useCallback, useEffect, useRef, useState } from 'react';
import { allGreen, captureChecks, failingChecks, firstHint, type CaptureCheck, type CaptureCheckId, type CaptureHint } from '../../core/capture/capture-checks';
import {
  countdownLeftMs,
  INITIAL_CAPTURE_TRACKER,
  pressShutter,
  startSelfTimer,
  tickCapture,
  trackFrame,
  type CapturePhase,
  type CaptureTrackerState,
} from '../../core/capture/capture-tracker';
import type { PhotoSpec } from '../../core/photo-spec';
import type { LiveLandmarks, LiveStats } from '../../ml/live-landmarks';
import { useUiServices } from '../shared/ui-services';

/** The countdown shows whole seconds; ten updates a second keep it, and the self-timer, on time to a tenth. */
const TICK_MS = 100;
const MS_PER_S = 1000;

export type ModelStatus = 'loading' | 'ready' | 'failed';

export interface GuidanceView {
  readonly model: ModelStatus;
  readonly checks: readonly CaptureCheck[];
  readonly hint: CaptureHint | null;
  readonly phase: CapturePhase;
  /** Whole seconds left on the countdown or the self-timer, null otherwise. */
  readonly secondsLeft: number | null;
}

export interface Guidance {
  readonly view: GuidanceView;
  shutter(): void;
  selfTimer(): void;
  reset(): void;
  stats(): LiveStats | null;
}

const INITIAL_VIEW: GuidanceView = { model: 'loading', checks: [], hint: null, phase: 'waiting', secondsLeft: null };

function secondsLeft(tracker: CaptureTrackerState, nowMs: number): number | null {
  const left = countdownLeftMs(tracker, nowMs);
  return left === null ? null : Math.ceil(left / MS_PER_S);
}

/**
 * The live loop: each new video frame is offered to the worker (dropped while it is busy), its answer is checked
 * against the document's guide, and the tracker decides when to count down and capture. `onCapture` is called once
 * each time the tracker reaches 'capture'; `running` false pauses the loop (while a captured photo is reviewed).
 */
export function useLiveGuidance(video: HTMLVideoElement | null, spec: PhotoSpec, running: boolean, onCapture: () => void): Guidance {
  const [view, setView] = useState<GuidanceView>(INITIAL_VIEW);
  const { createLiveLandmarks } = useUiServices();
  const liveRef = useRef<LiveLandmarks | null>(null);
  const readyRef = useRef(false);
  const trackerRef = useRef<CaptureTrackerState>(INITIAL_CAPTURE_TRACKER);
  const failingRef = useRef<ReadonlySet<CaptureCheckId>>(new Set());
  const specRef = useRef(spec);
  const onCaptureRef = useRef(onCapture);
  useEffect(() => {
    specRef.current = spec;
    onCaptureRef.current = onCapture;
  });

  useEffect(() => {
    const live = createLiveLandmarks();
    liveRef.current = live;
    live.whenReady().then(
      () => {
        readyRef.current = true;
        setView((v) => ({ ...v, model: 'ready' }));
      },
      (error: unknown) => {
        console.error('live face landmarks failed to start', error);
        setView((v) => ({ ...v, model: 'failed' }));
      },
    );
    return () => {
      readyRef.current = false;
      liveRef.current = null;
      live.dispose();
    };
  }, [createLiveLandmarks]);

  const advance = useCallback((next: CaptureTrackerState, nowMs: number) => {
    const previous = trackerRef.current;
    trackerRef.current = next;
    const left = secondsLeft(next, nowMs);
    setView((v) => (v.phase === next.phase && v.secondsLeft === left ? v : { ...v, phase: next.phase, secondsLeft: left }));
    if (next.phase === 'capture' && previous.phase !== 'capture') onCaptureRef.current();
  }, []);

  useEffect(() => {
    if (!video || !running) return;
    let stopped = false;
    let handle = 0;
    const byVideoFrame = typeof video.requestVideoFrameCallback === 'function';
    const schedule = (): void => {
      if (stopped) return;
      // requestVideoFrameCallback fires once per new camera frame: no frame is analysed twice.
      handle = byVideoFrame ? video.requestVideoFrameCallback(onFrame) : requestAnimationFrame(onFrame);
    };
    const onFrame = (): void => {
      const pending = readyRef.current ? liveRef.current?.analyse(video) : null;
      pending?.then(
        (detection) => {
          if (stopped) return;
          const checks = captureChecks(specRef.current, detection, failingRef.current);
          failingRef.current = failingChecks(checks);
          const hint = firstHint(checks);
          setView((v) => ({ ...v, checks, hint }));
          advance(trackFrame(trackerRef.current, detection.frameMs, allGreen(checks)), performance.now());
        },
        (error: unknown) => console.warn('live analysis failed', error),
      );
      schedule();
    };
    schedule();
    const ticker = setInterval(() => advance(tickCapture(trackerRef.current, performance.now()), performance.now()), TICK_MS);
    return () => {
      stopped = true;
      clearInterval(ticker);
      if (byVideoFrame) video.cancelVideoFrameCallback(handle);
      else cancelAnimationFrame(handle);
    };
  }, [video, running, advance]);

  const shutter = useCallback(() => advance(pressShutter(trackerRef.current, performance.now()), performance.now()), [advance]);
  const selfTimer = useCallback(() => advance(startSelfTimer(trackerRef.current, performance.now()), performance.now()), [advance]);
  const reset = useCallback(() => {
    trackerRef.current = INITIAL_CAPTURE_TRACKER;
    failingRef.current = new Set();
    setView((v) => ({ ...v, phase: 'waiting', secondsLeft: null, checks: [], hint: null }));
  }, []);
  const stats = useCallback(() => liveRef.current?.stats() ?? null, []);

  return { view, shutter, selfTimer, reset, stats };
}
