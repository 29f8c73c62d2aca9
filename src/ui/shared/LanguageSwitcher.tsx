import { useTranslation } from 'react-i18next';
import { LANGUAGES, NATIVE_NAMES, currentLanguage, isLanguage, setLanguage } from '../../i18n/i18n';
import './LanguageSwitcher.css';

/**
 * The language menu. Its label is a globe (readable by everyone) plus the word "language" in the current language
 * and, when that is not English, in English too; each option names its language in its own script. The choice is
 * remembered by the detector (localStorage) and `<html lang>` follows it (see i18n.ts).
 */
export function LanguageSwitcher() {
  const { t, i18n } = useTranslation('common');
  const label = t('language');
  const english = i18n.getFixedT('en', 'common')('language');
  const current = currentLanguage();
  return (
    <label className="language-switcher">
      <span className="language-switcher__label">
        <span aria-hidden="true">🌐</span> {label}
        {label !== english && <span lang="en"> / {english}</span>}
      </span>
      <select
        className="language-switcher__select"
        value={current}
        onChange={(e) => {
          if (isLanguage(e.target.value)) void setLanguage(e.target.value);
        }}
        data-testid="language"
      >
        {LANGUAGES.map((l) => (
          <option key={l} value={l} lang={l}>
            {NATIVE_NAMES[l]}
          </option>
        ))}
      </select>
    </label>
  );
}
