import { useTranslation } from 'react-i18next';
import { usePhotoStore } from './store-context';

/** Real progress: the model download in bytes, then the matte inference; the earlier stages are quick. */
export function Progress() {
  const { t } = useTranslation('common');
  const stage = usePhotoStore((s) => s.stage);
  const progress = usePhotoStore((s) => s.matteProgress);
  if (stage === 'idle' || stage === 'ready') return null;
  let label = t(`progress.${stage}`);
  let fraction: number | undefined;
  if (stage === 'matting' && progress) {
    label = t(progress.stage === 'download' ? 'progress.downloadingModel' : 'progress.matting');
    fraction = progress.stage === 'download' ? progress.fraction : undefined;
  }
  return (
    <div className="progress" role="status" aria-live="polite" data-testid="progress" data-stage={stage}>
      <span className="progress__label">{label}</span>
      {fraction === undefined ? (
        <progress className="progress__bar" />
      ) : (
        <progress className="progress__bar" max={1} value={fraction} />
      )}
    </div>
  );
}
