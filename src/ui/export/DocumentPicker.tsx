import { useTranslation } from 'react-i18next';
import { producibleSpecs, findProducibleSpec } from '../../specs';
import { usePhotoStore } from '../shared/store-context';

/** Document choice. The figures shown come from the spec row; the store resets the crop to its midpoints. */
export function DocumentPicker() {
  const { t, i18n } = useTranslation('common');
  const specId = usePhotoStore((s) => s.specId);
  const setSpec = usePhotoStore((s) => s.setSpec);
  const ja = i18n.language === 'ja';
  return (
    <div className="document-picker">
      <label className="field">
        <span className="field__label">{t('document.label')}</span>
        <select
          value={specId}
          data-testid="document-select"
          onChange={(e) => {
            const spec = findProducibleSpec(e.target.value);
            if (spec) setSpec(spec);
          }}
        >
          {producibleSpecs.map((spec) => (
            <option key={spec.id} value={spec.id}>
              {(ja ? spec.names.ja : spec.names.en) + ` (${spec.widthMm}×${spec.heightMm} mm)`}
            </option>
          ))}
        </select>
      </label>
    </div>
  );
}
