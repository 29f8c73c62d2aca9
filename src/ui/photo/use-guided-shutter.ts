import { useEffect, useRef, useState } from 'react';
import type { FrameSize } from '../../core/capture/capture-guide';
import type { PhotoSpec } from '../../core/photo-spec';
import type { CameraSession } from '../../platform/camera';
import { useCameraSound, useCountdownTicks, useStillCapture } from './use-camera-view';
import { useLiveGuidance } from './use-live-guidance';

/**
 * The shutter and what drives it: the live guidance (which fires the automatic capture after a steady moment and
 * its countdown), the manual shutter and the self-timer, the sound cues, and the still under review. The
 * guidance pauses while a still is taken or reviewed.
 */
export function useGuidedShutter(spec: PhotoSpec, session: CameraSession | null, video: HTMLVideoElement | null, frame: FrameSize | null) {
  const [selfTimerOn, setSelfTimerOn] = useState(false);
  /** Whether the live check sees no face now; read by the capture, which is created before the guidance runs. */
  const noFaceNow = useRef(false);
  const { soundOn, toggleSound } = useCameraSound();
  const { review, capturing, capture, clearReview } = useStillCapture(session, video, soundOn, noFaceNow);
  const guidance = useLiveGuidance(video, spec, session !== null && frame !== null && review === null && !capturing, capture);
  const { view } = guidance;
  // Only once the face model runs can it say "no face"; if it failed to load, the shutter must still work.
  const noFace = view.model === 'ready' && view.hint === 'no-face';
  useEffect(() => {
    noFaceNow.current = noFace;
  }, [noFace]);
  useCountdownTicks(soundOn, view.secondsLeft);

  return {
    view,
    review,
    capturing,
    noFace,
    soundOn,
    toggleSound,
    selfTimerOn,
    toggleSelfTimer: () => setSelfTimerOn((on) => !on),
    liveStats: guidance.stats,
    /** The shutter button: cancels a running self-timer, else starts one or takes the photo. */
    press: (): void => {
      if (view.phase === 'timer') guidance.reset();
      else if (selfTimerOn) guidance.selfTimer();
      else guidance.shutter();
    },
    retake: (): void => {
      clearReview();
      guidance.reset();
    },
  };
}
