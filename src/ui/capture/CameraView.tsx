import { useCallback, useEffect, useMemo, useRef, useState, type CSSProperties } from 'react';
import { createPortal } from 'react-dom';
import { useTranslation } from 'react-i18next';
import { captureGuide, type FrameSize } from '../../core/capture/capture-guide';
import { SELF_TIMER_MS } from '../../core/capture/capture-tracker';
import { captureStill, type CameraFacing } from '../../platform/camera';
import { documentName as localDocumentName } from '../../i18n/document-names';
import { selectSpec } from '../../store/selectors';
import { usePhotoStore } from '../shared/store-context';
import { playCue, unlockSound } from './beep';
import { exposeCaptureStats } from './capture-stats';
import { CaptureOverlay } from './CaptureOverlay';
import { useCamera } from './use-camera';
import { useLiveGuidance } from './use-live-guidance';
import './CameraView.css';

const MS_PER_S = 1000;

interface Review {
  readonly blob: Blob;
  readonly url: string;
  readonly method: 'take-photo' | 'video-frame';
  /** The live check had found no face when the still was taken (a self-timer fires regardless). */
  readonly noFace: boolean;
}

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
  const { t, i18n } = useTranslation('capture');
  const spec = usePhotoStore(selectSpec);
  const loadPhoto = usePhotoStore((s) => s.loadPhoto);
  const documentName = `${localDocumentName(spec, i18n.language)} (${spec.widthMm}×${spec.heightMm} mm)`;

  const [facing, setFacing] = useState<CameraFacing>('user');
  const [attempt, setAttempt] = useState(0);
  const camera = useCamera(facing, attempt);
  const [video, setVideo] = useState<HTMLVideoElement | null>(null);
  const [frame, setFrame] = useState<FrameSize | null>(null);
  const [review, setReview] = useState<Review | null>(null);
  const [capturing, setCapturing] = useState(false);
  const [selfTimerOn, setSelfTimerOn] = useState(false);
  const [soundOn, setSoundOn] = useState(false);
  const shutterButton = useRef<HTMLButtonElement>(null);
  /** Whether the live check sees no face now; read by onCapture, which is created before the guidance runs. */
  const noFaceNow = useRef(false);

  const live = camera.status === 'live' ? camera : null;
  const onCapture = useCallback(() => {
    if (!live || !video) return;
    setCapturing(true);
    if (soundOn) playCue('shutter');
    const noFace = noFaceNow.current;
    captureStill(live.session, video)
      .then(({ blob, method }) => setReview({ blob, url: URL.createObjectURL(blob), method, noFace }))
      .catch((error: unknown) => console.error('capture failed', error))
      .finally(() => setCapturing(false));
  }, [live, video, soundOn]);

  const running = live !== null && frame !== null && review === null && !capturing;
  const guidance = useLiveGuidance(video, spec, running, onCapture);
  const { view, stats: liveStats } = guidance;
  const guide = useMemo(() => (frame ? captureGuide(spec, frame) : null), [spec, frame]);
  const mirrored = live?.session.facing === 'user';
  // Only once the face model runs can it say "no face"; if it failed to load, the shutter must still work.
  const noFace = view.model === 'ready' && view.hint === 'no-face';
  useEffect(() => {
    noFaceNow.current = noFace;
  }, [noFace]);

  // The stream into the video element; the frame size once the camera says what it delivers.
  useEffect(() => {
    if (!video || !live) return;
    video.srcObject = live.session.stream;
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
  }, [video, live]);

  useEffect(() => {
    if (soundOn && view.secondsLeft !== null && view.secondsLeft > 0) playCue('tick');
  }, [soundOn, view.secondsLeft]);

  useEffect(() => () => {
    if (review) URL.revokeObjectURL(review.url);
  }, [review]);

  // A modal: Escape closes it, the page behind does not scroll, focus starts on the shutter.
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
  useEffect(() => {
    if (live) shutterButton.current?.focus();
  }, [live]);

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

  const keep = (): void => {
    if (!review) return;
    void loadPhoto(review.blob, selfieName(review.blob, new Date()), 'camera');
    onClose();
  };
  const retake = (): void => {
    setReview(null);
    guidance.reset();
  };
  const pressShutter = (): void => {
    if (view.phase === 'timer') guidance.reset();
    else if (selfTimerOn) guidance.selfTimer();
    else guidance.shutter();
  };

  const status = ((): string => {
    if (camera.status === 'starting' || !frame) return t('status.starting');
    if (capturing) return t('status.capturing');
    if (view.phase === 'timer' && view.secondsLeft !== null) return t('status.timer', { seconds: view.secondsLeft });
    if (view.phase === 'countdown' && view.secondsLeft !== null) return t('status.countdown', { seconds: view.secondsLeft });
    if (view.model === 'loading') return t('status.loading');
    if (view.model === 'failed') return t('status.modelFailed');
    if (view.hint) return t(`hints.${view.hint}`);
    if (view.phase === 'steady' || view.phase === 'countdown') return t('status.hold');
    return t('status.loading');
  })();

  const state = camera.status === 'error' ? 'error' : review ? 'review' : camera.status;
  const selfTimerSeconds = SELF_TIMER_MS / MS_PER_S;
  const frameStyle = frame ? ({ '--frame-aspect': `${frame.widthPx} / ${frame.heightPx}` } as CSSProperties) : undefined;
  const label = (y: number): CSSProperties | undefined =>
    guide ? { top: `${(y / guide.frame.heightPx) * 100}%`, left: `${(guide.photo.x / guide.frame.widthPx) * 100}%` } : undefined;

  return createPortal(
    <div
      className="camera"
      role="dialog"
      aria-modal="true"
      aria-labelledby="camera-title"
      data-testid="camera-view"
      data-state={state}
      data-phase={view.phase}
      data-hint={view.hint ?? ''}
      data-model={view.model}
    >
      <header className="camera__bar">
        <div className="camera__heading">
          <h2 id="camera-title" className="camera__title">
            {t('title')}
          </h2>
          <p className="camera__document">{t('guideFor', { document: documentName })}</p>
        </div>
        <button type="button" className="camera__close" onClick={onClose} aria-label={t('close')} data-testid="camera-close">
          ×
        </button>
      </header>

      {camera.status === 'error' ? (
        <div className="camera__error" role="alert" data-testid="camera-error" data-error={camera.kind}>
          <h3 className="camera__error-title">{t(`errors.${camera.kind}.title`)}</h3>
          <p>{t(`errors.${camera.kind}.body`)}</p>
          <div className="camera__error-actions">
            <button type="button" className="button button--primary" onClick={onUseUpload} data-testid="camera-use-upload">
              {t('useUpload')}
            </button>
            {camera.kind !== 'insecure-context' && (
              <button type="button" className="button" onClick={() => setAttempt((n) => n + 1)} data-testid="camera-retry">
                {t('retry')}
              </button>
            )}
          </div>
        </div>
      ) : (
        <>
          <div className="camera__stage">
            <div className="camera__frame" style={frameStyle}>
              <div className={`camera__mirror${mirrored ? ' camera__mirror--on' : ''}`}>
                <video ref={setVideo} className="camera__video" playsInline muted autoPlay data-testid="camera-video" />
                {guide && !review && <CaptureOverlay guide={guide} good={view.phase === 'steady' || view.phase === 'countdown'} />}
              </div>
              {guide && !review && (
                <>
                  <span className="camera__label camera__label--crown" style={label(guide.crownY)}>
                    {t('guide.crown')}
                  </span>
                  <span className="camera__label camera__label--chin" style={label(guide.chinY)}>
                    {t('guide.chin')}
                  </span>
                </>
              )}
              {review && <img className="camera__still" src={review.url} alt={t('review.alt')} data-testid="camera-still" data-method={review.method} />}
              {!review && view.secondsLeft !== null && (
                <div className="camera__countdown" aria-hidden="true" data-testid="camera-countdown">
                  {view.secondsLeft}
                </div>
              )}
            </div>
          </div>

          {review ? (
            <>
              {/* Said here, before "Use this photo": not after the photo has gone to the pipeline. */}
              {review.noFace && (
                <p className="camera__hint camera__hint--bad" role="alert" data-testid="camera-review-no-face">
                  {t('review.noFace')}
                </p>
              )}
              <p className="camera__hint">{t('review.notMirrored')}</p>
              <div className="camera__controls camera__controls--review">
                <button type="button" className={`button${review.noFace ? ' button--primary' : ''}`} onClick={retake} data-testid="camera-retake">
                  {t('review.retake')}
                </button>
                <button type="button" className={`button${review.noFace ? '' : ' button--primary'}`} onClick={keep} data-testid="camera-keep">
                  {t('review.keep')}
                </button>
              </div>
            </>
          ) : (
            <>
              <p id="camera-hint" className={`camera__hint${view.hint ? '' : ' camera__hint--good'}`} role="status" aria-live="polite" data-testid="camera-hint" data-hint={view.hint ?? ''}>
                {status}
              </p>
              <div className="camera__controls">
                <div className="camera__options">
                  <button type="button" className="camera__toggle" aria-pressed={selfTimerOn} onClick={() => setSelfTimerOn((on) => !on)} data-testid="camera-self-timer">
                    {t('selfTimer', { seconds: selfTimerSeconds })}
                  </button>
                  <button
                    type="button"
                    className="camera__toggle"
                    aria-pressed={soundOn}
                    onClick={() => {
                      if (!soundOn) unlockSound();
                      setSoundOn((on) => !on);
                    }}
                    data-testid="camera-sound"
                  >
                    {t('sound')}
                  </button>
                  {live && live.cameraCount > 1 && (
                    <button type="button" className="camera__toggle" onClick={() => setFacing((f) => (f === 'user' ? 'environment' : 'user'))} data-testid="camera-switch">
                      {t('switchCamera')}
                    </button>
                  )}
                </div>
                <button
                  ref={shutterButton}
                  type="button"
                  className={`camera__shutter${view.phase === 'timer' ? ' camera__shutter--timer' : ''}`}
                  onClick={pressShutter}
                  // No face found yet: the shutter waits for one (a timer already running can still be cancelled).
                  disabled={!live || !frame || capturing || (noFace && view.phase !== 'timer')}
                  aria-describedby="camera-hint"
                  data-no-face={noFace}
                  aria-label={view.phase === 'timer' ? t('cancelTimer') : selfTimerOn ? t('startTimer', { seconds: selfTimerSeconds }) : t('shutter')}
                  data-testid="camera-shutter"
                />
              </div>
            </>
          )}
        </>
      )}
    </div>,
    document.body,
  );
}
