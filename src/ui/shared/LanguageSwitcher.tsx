import { useTranslation } from 'react-i18next';
import { LANGUAGES, NATIVE_NAMES, currentLanguage, isLanguage, setLanguage } from '../../i18n/i18n';
import './LanguageSwitcher.css';

/**
 * The language menu. Its label is a globe icon (readable by everyone) plus the word "language" in the current language
 * and, when that is not English, in English too; each option names its language in its own script. The choice is
 * remembered by the detector (localStorage) and `<html lang>` follows it (see i18n.ts).
 */
/** A globe drawn inline: an emoji would need a colour-emoji font, which many machines lack (it showed as a box). */
function GlobeIcon() {
  return (
    <svg className="language-switcher__icon" viewBox="0 0 24 24" width="16" height="16" aria-hidden="true" focusable="false">
      <circle cx="12" cy="12" r="9" fill="none" stroke="currentColor" strokeWidth="1.8" />
      <ellipse cx="12" cy="12" rx="4" ry="9" fill="none" stroke="currentColor" strokeWidth="1.8" />
      <path d="M3 12h18M5 7h14M5 17h14" fill="none" stroke="currentColor" strokeWidth="1.5" />
    </svg>
  );
}

export function LanguageSwitcher() {
  const { t, i18n } = useTranslation('common');
  const label = t('language');
  const english = i18n.getFixedT('en', 'common')('language');
  const current = currentLanguage();
  return (
    <label className="language-switcher">
      <span className="language-switcher__label">
        <GlobeIcon /> {label}
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
