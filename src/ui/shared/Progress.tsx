import { useTranslation } from 'react-i18next';
import type { StoreState } from '../../store/store-state';
import { usePhotoStore } from './store-context';

const BYTES_PER_MB = 1024 * 1024;
const PERCENT = 100;

/**
 * The matte's progress as the store reports it. Besides stage and fraction it may carry the model download's
 * bytes (`loadedBytes`/`totalBytes`); read structurally so the panel shows them whenever the store has them.
 */
interface MatteProgress {
  readonly stage: string;
  readonly fraction?: number;
  readonly loadedBytes?: number;
  readonly totalBytes?: number;
  /** A change needs more of the photo than was cut out: a wider region is being cut out (issue 10). */
  readonly widening?: boolean;
}

function matteProgress(state: StoreState): MatteProgress | null {
  return state.matteProgress as MatteProgress | null;
}

/**
 * Where the work on a photo is: the step in words and, where the step can measure itself (model download,
 * cutting out), a percentage and the megabytes. The live region announces the step only; the percentage is in
 * the progress bar, so a screen reader is not flooded with every percent.
 */
export function Progress() {
  const { t } = useTranslation('common');
  const stage = usePhotoStore((s) => s.stage);
  const progress = usePhotoStore(matteProgress);
  if (stage === 'idle' || stage === 'ready') return null;
  let label = t(`progress.${stage}`);
  let fraction: number | undefined;
  let bytes: string | null = null;
  if (stage === 'matting' && progress) {
    const downloading = progress.stage === 'download';
    label = progress.widening
      ? t('progress.widening')
      : downloading
        ? t('progress.downloadingModel')
        : t(`progress.stages.${progress.stage}`, { defaultValue: t('progress.matting') });
    fraction = progress.fraction;
    if (progress.loadedBytes !== undefined && progress.totalBytes !== undefined && progress.totalBytes > 0) {
      bytes = t('progress.megabytes', { loaded: (progress.loadedBytes / BYTES_PER_MB).toFixed(1), total: (progress.totalBytes / BYTES_PER_MB).toFixed(1) });
    }
  }
  const percent = fraction === undefined ? null : Math.round(fraction * PERCENT);
  return (
    <div className="progress" data-testid="progress" data-stage={stage} data-matte-stage={progress?.stage} data-percent={percent ?? undefined}>
      <div className="progress__text">
        <span className="progress__label" role="status" aria-live="polite">
          {label}
        </span>
        {(percent !== null || bytes) && (
          <span className="progress__figures" aria-hidden="true">
            {bytes && <span>{bytes}</span>}
            {percent !== null && <strong className="progress__percent">{t('progress.percent', { percent })}</strong>}
          </span>
        )}
      </div>
      {fraction === undefined ? (
        <progress className="progress__bar" aria-label={label} />
      ) : (
        <progress className="progress__bar" max={1} value={fraction} aria-label={label} />
      )}
    </div>
  );
}
