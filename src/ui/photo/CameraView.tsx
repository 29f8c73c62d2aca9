import { useEffect, useMemo, useRef, useState } from 'react';
import { createPortal } from 'react-dom';
import { useTranslation } from 'react-i18next';
import { captureGuide } from '../../core/capture/capture-guide';
import { selectSpec } from '../../store/selectors';
import { usePhotoStore } from '../shared/store-context';
import { cameraStatus } from './camera-status';
import { CameraErrorPanel, CameraHeader, CameraStage, ReviewControls } from './CameraParts';
import { ShutterControls } from './ShutterControls';
import { useExposedCaptureStats, useModalDialog, useSwitchableCamera, useVideoFrame } from './use-camera-view';
import { useGuidedShutter } from './use-guided-shutter';
import './CameraView.css';

/** A file name the user recognises in their downloads: selfie-2025-01-31-142501.jpg (local time). */
function selfieName(blob: Blob, now: Date): string {
  const pad = (n: number): string => String(n).padStart(2, '0');
  const stamp = `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}-${pad(now.getHours())}${pad(now.getMinutes())}${pad(now.getSeconds())}`;
  return `selfie-${stamp}.${blob.type === 'image/png' ? 'png' : 'jpg'}`;
}

/**
 * The guided selfie: live mirrored preview with the document's guide, one hint at a time, automatic capture after
 * a steady moment and a countdown, a manual shutter and a self-timer, then keep or retake. A kept photo goes to
 * the store's pipeline exactly like an upload. Every camera failure offers the upload instead.
 */
export function CameraView({ onClose, onUseUpload }: { onClose: () => void; onUseUpload: () => void }) {
  const { t } = useTranslation('capture');
  const spec = usePhotoStore(selectSpec);
  const loadPhoto = usePhotoStore((s) => s.loadPhoto);
  const { camera, retry, switchFacing } = useSwitchableCamera();
  const live = camera.status === 'live' ? camera : null;
  const [video, setVideo] = useState<HTMLVideoElement | null>(null);
  const frame = useVideoFrame(video, live?.session ?? null);
  const shutter = useGuidedShutter(spec, live?.session ?? null, video, frame);
  const { view, review, capturing, noFace, soundOn } = shutter;
  const guide = useMemo(() => (frame ? captureGuide(spec, frame) : null), [spec, frame]);
  const shutterButton = useRef<HTMLButtonElement>(null);
  useModalDialog(onClose);
  // Focus starts on the shutter.
  useEffect(() => {
    if (live) shutterButton.current?.focus();
  }, [live]);
  useExposedCaptureStats(shutter.liveStats, view, frame);

  const keep = (): void => {
    if (!review) return;
    void loadPhoto(review.blob, selfieName(review.blob, new Date()), 'camera');
    onClose();
  };

  const state = camera.status === 'error' ? 'error' : review ? 'review' : camera.status;
  return createPortal(
    <div className="camera" role="dialog" aria-modal="true" aria-labelledby="camera-title" data-testid="camera-view" data-state={state} data-phase={view.phase} data-hint={view.hint ?? ''} data-model={view.model}>
      <CameraHeader onClose={onClose} />

      {camera.status === 'error' ? (
        <CameraErrorPanel kind={camera.kind} onUseUpload={onUseUpload} onRetry={retry} />
      ) : (
        <>
          <CameraStage frame={frame} guide={guide} mirrored={live?.session.facing === 'user'} setVideo={setVideo} review={review} view={view} />
          {review ? (
            <ReviewControls noFace={review.noFace} onRetake={shutter.retake} onKeep={keep} />
          ) : (
            <ShutterControls
              view={view}
              status={cameraStatus(t, camera.status === 'starting' || !frame, capturing, view)}
              shutterReady={live !== null && frame !== null && !capturing}
              noFace={noFace}
              shutterButton={shutterButton}
              onShutter={shutter.press}
              selfTimerOn={shutter.selfTimerOn}
              onToggleSelfTimer={shutter.toggleSelfTimer}
              soundOn={soundOn}
              onToggleSound={shutter.toggleSound}
              onSwitchCamera={live && live.cameraCount > 1 ? switchFacing : null}
            />
          )}
        </>
      )}
    </div>,
    document.body,
  );
}
