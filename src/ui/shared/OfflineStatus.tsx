import { useTranslation } from 'react-i18next';
import { usePhotoStore } from './store-context';
import './OfflineStatus.css';

const BYTES_PER_MB = 1e6;
const mb = (bytes: number): string => String(Math.round(bytes / BYTES_PER_MB));

/**
 * Whether the app works without a connection, and the one button that makes it so: "Prepare for offline use",
 * the download in MB and what it is for, "Ready offline", too little space, and a waiting new version.
 */
export function OfflineStatus() {
  const { t } = useTranslation('common');
  const status = usePhotoStore((s) => s.offline);
  const prepare = usePhotoStore((s) => s.prepareModels);
  const reload = usePhotoStore((s) => s.reloadForUpdate);
  const { phase, cachedBytes, totalBytes, availableBytes, updateReady } = status;
  if (phase === 'unsupported' && !updateReady) return null;
  const sizes = { done: mb(cachedBytes), total: mb(totalBytes), needed: mb(totalBytes - cachedBytes), free: mb(availableBytes ?? 0) };
  return (
    <div className="offline-status" role="status" aria-live="polite" data-testid="offline-status" data-phase={phase}>
      {updateReady && (
        <p className="offline-status__line">
          {t('offline.updateReady')}{' '}
          <button type="button" className="button button--small" onClick={reload} data-testid="offline-reload">
            {t('offline.reload')}
          </button>
        </p>
      )}
      {phase === 'ready' && <p className="offline-status__line offline-status__ready">{t('offline.ready')}</p>}
      {(phase === 'not-cached' || phase === 'failed') && (
        <p className="offline-status__line">
          {phase === 'failed' && <span>{t('offline.failed')} </span>}
          <button type="button" className="button button--small" onClick={prepare} title={t('offline.prepareHint', sizes)} data-testid="offline-prepare">
            {t('offline.prepare', sizes)}
          </button>
        </p>
      )}
      {phase === 'downloading' && (
        <>
          <p className="offline-status__line">
            <span data-testid="offline-progress">{t('offline.progress', sizes)}</span> · {t('offline.purpose')}
          </p>
          <progress className="offline-status__bar" max={totalBytes} value={cachedBytes} />
        </>
      )}
      {phase === 'no-space' && <p className="offline-status__line offline-status__warning">{t('offline.noSpace', sizes)}</p>}
    </div>
  );
}
