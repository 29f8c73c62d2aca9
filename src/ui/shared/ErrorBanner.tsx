import { useTranslation } from 'react-i18next';
import { useShallow } from 'zustand/react/shallow';
import { selectWarnings } from '../../store/selectors';
import { usePhotoStore } from './store-context';

/** The last error as a toast fixed at the bottom of the screen (styles.css .toast): in view wherever the user is. */
export function ErrorBanner() {
  const { t } = useTranslation(['errors', 'common']);
  const error = usePhotoStore((s) => s.error);
  const dismiss = usePhotoStore((s) => s.dismissError);
  if (!error) return null;
  return (
    <div className="banner banner--error toast" role="alert" data-testid="error" data-error={error.key}>
      <p>{t(`errors:${error.key}`, error.params)}</p>
      <button type="button" className="button button--quiet" onClick={dismiss}>
        {t('common:dismiss')}
      </button>
    </div>
  );
}

export function Warnings() {
  const { t } = useTranslation('warnings');
  const warnings = usePhotoStore(useShallow(selectWarnings));
  if (warnings.length === 0) return null;
  return (
    <ul className="warnings" data-testid="warnings">
      {warnings.map((w) => (
        <li key={w} className="banner banner--warning" data-warning={w}>
          {t(w)}
        </li>
      ))}
    </ul>
  );
}
