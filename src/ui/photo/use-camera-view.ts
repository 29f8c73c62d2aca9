import { useCallback, useEffect, useRef, useState } from 'react';
import type { FrameSize } from '../../core/capture/capture-guide';
import { captureStill, type CameraFacing, type CameraSession } from '../../platform/camera';
import { playCue, unlockSound } from './beep';
import { exposeCaptureStats } from './capture-stats';
import { useCamera } from './use-camera';
import type { Guidance, GuidanceView } from './use-live-guidance';

/*
 * The camera view's hooks (CameraView.tsx), one concern each: the video stream and its frame size, the modal's
 * keyboard and scrolling, the sound cues, the still capture and its review, and the stats the e2e tests read.
 */

/** A taken still waiting for "keep" or "retake". */
export interface Review {
  readonly blob: Blob;
  readonly url: string;
  readonly method: 'take-photo' | 'video-frame';
  /** The live check had found no face when the still was taken (a self-timer fires regardless). */
  readonly noFace: boolean;
}

/** The camera, facing the user first; "try again" reopens it and "switch camera" turns to the other side. */
export function useSwitchableCamera() {
  const [facing, setFacing] = useState<CameraFacing>('user');
  const [attempt, setAttempt] = useState(0);
  const camera = useCamera(facing, attempt);
  return {
    camera,
    retry: () => setAttempt((n) => n + 1),
    switchFacing: () => setFacing((f) => (f === 'user' ? 'environment' : 'user')),
  };
}

/** The stream into the video element; the frame size once the camera says what it delivers (null until then). */
export function useVideoFrame(video: HTMLVideoElement | null, session: CameraSession | null): FrameSize | null {
  const [frame, setFrame] = useState<FrameSize | null>(null);
  useEffect(() => {
    if (!video || !session) return;
    video.srcObject = session.stream;
    const onSize = (): void => {
      if (video.videoWidth > 0) setFrame({ widthPx: video.videoWidth, heightPx: video.videoHeight });
    };
    video.addEventListener('loadedmetadata', onSize);
    video.addEventListener('resize', onSize);
    void video.play().catch(() => undefined);
    return () => {
      video.removeEventListener('loadedmetadata', onSize);
      video.removeEventListener('resize', onSize);
      video.srcObject = null;
      setFrame(null);
    };
  }, [video, session]);
  return frame;
}

/** A modal: Escape closes it and the page behind does not scroll while it is open. */
export function useModalDialog(onClose: () => void): void {
  const onCloseRef = useRef(onClose);
  useEffect(() => {
    onCloseRef.current = onClose;
  });
  useEffect(() => {
    const onKey = (event: KeyboardEvent): void => {
      if (event.key === 'Escape') onCloseRef.current();
    };
    window.addEventListener('keydown', onKey);
    const overflow = document.body.style.overflow;
    document.body.style.overflow = 'hidden';
    return () => {
      window.removeEventListener('keydown', onKey);
      document.body.style.overflow = overflow;
    };
  }, []);
}

/** The sound toggle: off until the user turns it on, which unlocks audio (a browser wants a gesture for it). */
export function useCameraSound(): { soundOn: boolean; toggleSound: () => void } {
  const [soundOn, setSoundOn] = useState(false);
  const toggleSound = (): void => {
    if (!soundOn) unlockSound();
    setSoundOn((on) => !on);
  };
  return { soundOn, toggleSound };
}

/** A tick each second of the countdown or the self-timer, when sound is on. */
export function useCountdownTicks(soundOn: boolean, secondsLeft: number | null): void {
  useEffect(() => {
    if (soundOn && secondsLeft !== null && secondsLeft > 0) playCue('tick');
  }, [soundOn, secondsLeft]);
}

/**
 * The shutter's work: takes a still from the live session (with the shutter cue when sound is on) and holds it
 * for review; its object URL is revoked when the review ends. `noFaceNow` is read at the moment of capture.
 */
export function useStillCapture(session: CameraSession | null, video: HTMLVideoElement | null, soundOn: boolean, noFaceNow: { readonly current: boolean }) {
  const [review, setReview] = useState<Review | null>(null);
  const [capturing, setCapturing] = useState(false);
  const capture = useCallback(() => {
    if (!session || !video) return;
    setCapturing(true);
    if (soundOn) playCue('shutter');
    const noFace = noFaceNow.current;
    captureStill(session, video)
      .then(({ blob, method }) => setReview({ blob, url: URL.createObjectURL(blob), method, noFace }))
      .catch((error: unknown) => console.error('capture failed', error))
      .finally(() => setCapturing(false));
  }, [session, video, soundOn, noFaceNow]);
  useEffect(() => () => {
    if (review) URL.revokeObjectURL(review.url);
  }, [review]);
  return { review, capturing, capture, clearReview: () => setReview(null) };
}

/** window's capture stats for the e2e tests: the live loop's counts with the view and frame of the moment. */
export function useExposedCaptureStats(liveStats: Guidance['stats'], view: GuidanceView, frame: FrameSize | null): void {
  const statsRef = useRef({ view, frame });
  useEffect(() => {
    statsRef.current = { view, frame };
  });
  useEffect(
    () =>
      exposeCaptureStats(() => {
        const counts = liveStats();
        const { view: v, frame: f } = statsRef.current;
        return {
          analysed: counts?.analysed ?? 0,
          answered: counts?.answered ?? 0,
          dropped: counts?.dropped ?? 0,
          errors: counts?.errors ?? 0,
          recentLatencyMs: counts?.recentLatencyMs ?? [],
          recentWorkerMs: counts?.recentWorkerMs ?? [],
          atMs: performance.now(),
          modelReady: v.model === 'ready',
          phase: v.phase,
          hint: v.hint,
          checks: v.checks.map(({ id, status, measured }) => ({ id, status, measured })),
          videoWidthPx: f?.widthPx ?? 0,
          videoHeightPx: f?.heightPx ?? 0,
        };
      }),
    [liveStats],
  );
}
