import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { selectSpec } from '../../store/selectors';
import { usePhotoStore } from '../shared/store-context';

/** Width and height typed in mm (full-width digits and a decimal comma are accepted by the parser). */
export function CustomSizeForm({ onDone }: { onDone: () => void }) {
  const { t } = useTranslation(['specs', 'common']);
  const spec = usePhotoStore(selectSpec);
  const chooseCustomSize = usePhotoStore((s) => s.chooseCustomSize);
  const [width, setWidth] = useState(String(spec.widthMm));
  const [height, setHeight] = useState(String(spec.heightMm));
  const [issues, setIssues] = useState<readonly string[]>([]);

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const result = chooseCustomSize(width, height);
    if (result.ok) {
      setIssues([]);
      onDone();
    } else {
      setIssues(result.issues);
    }
  };

  return (
    <form className="custom-size" onSubmit={submit} data-testid="custom-size-form">
      <label className="field">
        <span className="field__label">{t('specs:picker.customWidth')}</span>
        <input inputMode="decimal" value={width} onChange={(e) => setWidth(e.target.value)} data-testid="custom-width" />
      </label>
      <label className="field">
        <span className="field__label">{t('specs:picker.customHeight')}</span>
        <input inputMode="decimal" value={height} onChange={(e) => setHeight(e.target.value)} data-testid="custom-height" />
      </label>
      <button type="submit" className="button button--primary">
        {t('specs:picker.customApply')}
      </button>
      {issues.length > 0 && (
        <div className="banner banner--error" role="alert" data-testid="custom-size-error">
          <p>{t('common:document.customInvalid')}</p>
          <ul>
            {issues.map((i) => (
              <li key={i}>{i}</li>
            ))}
          </ul>
        </div>
      )}
    </form>
  );
}
