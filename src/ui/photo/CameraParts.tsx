import type { CSSProperties } from 'react';
import { useTranslation } from 'react-i18next';
import type { CaptureGuide, FrameSize } from '../../core/capture/capture-guide';
import { documentName as localDocumentName } from '../../i18n/document-names';
import type { CameraErrorKind } from '../../platform/camera';
import { selectSpec } from '../../store/selectors';
import { usePhotoStore } from '../shared/store-context';
import { CaptureOverlay } from './CaptureOverlay';
import type { Review } from './use-camera-view';
import type { GuidanceView } from './use-live-guidance';

/** The title, the document the guide is drawn for, and the close button. */
export function CameraHeader({ onClose }: { onClose: () => void }) {
  const { t, i18n } = useTranslation('capture');
  const spec = usePhotoStore(selectSpec);
  const documentName = `${localDocumentName(spec, i18n.language)} (${spec.widthMm}×${spec.heightMm} mm)`;
  return (
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
  );
}

/** What went wrong with the camera, with the upload as the way on (and "try again" where that can help). */
export function CameraErrorPanel({ kind, onUseUpload, onRetry }: { kind: CameraErrorKind; onUseUpload: () => void; onRetry: () => void }) {
  const { t } = useTranslation('capture');
  return (
    <div className="camera__error" role="alert" data-testid="camera-error" data-error={kind}>
      <h3 className="camera__error-title">{t(`errors.${kind}.title`)}</h3>
      <p>{t(`errors.${kind}.body`)}</p>
      <div className="camera__error-actions">
        <button type="button" className="button button--primary" onClick={onUseUpload} data-testid="camera-use-upload">
          {t('useUpload')}
        </button>
        {kind !== 'insecure-context' && (
          <button type="button" className="button" onClick={onRetry} data-testid="camera-retry">
            {t('retry')}
          </button>
        )}
      </div>
    </div>
  );
}

interface StageProps {
  readonly frame: FrameSize | null;
  readonly guide: CaptureGuide | null;
  readonly mirrored: boolean;
  readonly setVideo: (video: HTMLVideoElement | null) => void;
  readonly review: Review | null;
  readonly view: GuidanceView;
}

/** The live (mirrored) video with the document's guide, crown and chin labels and the countdown; or the still. */
export function CameraStage({ frame, guide, mirrored, setVideo, review, view }: StageProps) {
  const { t } = useTranslation('capture');
  const frameStyle = frame ? ({ '--frame-aspect': `${frame.widthPx} / ${frame.heightPx}` } as CSSProperties) : undefined;
  const label = (y: number): CSSProperties | undefined =>
    guide ? { top: `${(y / guide.frame.heightPx) * 100}%`, left: `${(guide.photo.x / guide.frame.widthPx) * 100}%` } : undefined;
  return (
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
  );
}

/** Keep or retake the still; a still without a face says so first and makes "retake" the main button. */
export function ReviewControls({ noFace, onRetake, onKeep }: { noFace: boolean; onRetake: () => void; onKeep: () => void }) {
  const { t } = useTranslation('capture');
  return (
    <>
      {/* Said here, before "Use this photo": not after the photo has gone to the pipeline. */}
      {noFace && (
        <p className="camera__hint camera__hint--bad" role="alert" data-testid="camera-review-no-face">
          {t('review.noFace')}
        </p>
      )}
      <p className="camera__hint">{t('review.notMirrored')}</p>
      <div className="camera__controls camera__controls--review">
        <button type="button" className={`button${noFace ? ' button--primary' : ''}`} onClick={onRetake} data-testid="camera-retake">
          {t('review.retake')}
        </button>
        <button type="button" className={`button${noFace ? '' : ' button--primary'}`} onClick={onKeep} data-testid="camera-keep">
          {t('review.keep')}
        </button>
      </div>
    </>
  );
}
