import { useTranslation } from 'react-i18next';
import { LANGUAGES, setLanguage, isLanguage } from '../../i18n/i18n';

const NATIVE_NAMES: Record<(typeof LANGUAGES)[number], string> = { ja: '日本語', en: 'English' };

export function LanguageSwitcher() {
  const { t, i18n } = useTranslation('common');
  return (
    <label className="language">
      <span className="visually-hidden">{t('language')}</span>
      <select
        value={i18n.language}
        onChange={(e) => {
          if (isLanguage(e.target.value)) setLanguage(e.target.value);
        }}
        data-testid="language"
      >
        {LANGUAGES.map((l) => (
          <option key={l} value={l}>
            {NATIVE_NAMES[l]}
          </option>
        ))}
      </select>
    </label>
  );
}
