import i18next, { type Resource } from 'i18next';
import LanguageDetector from 'i18next-browser-languagedetector';
import resourcesToBackend from 'i18next-resources-to-backend';
import { initReactI18next } from 'react-i18next';
import { LANGUAGES, type Language, isLanguage, numberLocale, toSupportedLanguage } from './languages';

export { LANGUAGES, NATIVE_NAMES, isLanguage, toSupportedLanguage, type Language } from './languages';

/**
 * All user-facing text goes through i18next. Each feature owns one namespace file per language:
 * src/i18n/locales/<lang>/<namespace>.json. Adding a namespace or a language needs no change here
 * (a language also goes into LANGUAGES in languages.ts and gets its glossary column in glossary.md).
 *
 * English (the fallback) and Japanese (the app's first language) are in the main bundle, so the first paint never
 * waits; every other language is its own chunk per namespace, fetched when chosen, so the main bundle does not grow
 * with each language.
 */
export const FALLBACK_LANGUAGE: Language = 'en';
export const STORAGE_KEY = 'idphoto.language';
const BUNDLED: readonly Language[] = ['en', 'ja'];

const bundledFiles = import.meta.glob<{ default: Record<string, unknown> }>('./locales/{en,ja}/*.json', { eager: true });
const lazyFiles = import.meta.glob<{ default: Record<string, unknown> }>(['./locales/*/*.json', '!./locales/{en,ja}/*.json']);

const LOCALE_PATH = /\.\/locales\/([^/]+)\/([^/]+)\.json$/;

function bundledResources(): Resource {
  const resources: Resource = {};
  for (const [path, module] of Object.entries(bundledFiles)) {
    const match = LOCALE_PATH.exec(path);
    if (!match) continue;
    const [, lang, ns] = match as unknown as [string, string, string];
    (resources[lang] ??= {})[ns] = module.default;
  }
  return resources;
}

/** One dynamic import per language and namespace; an unknown pair is an empty namespace (English shows). */
async function loadNamespace(language: string, namespace: string): Promise<Record<string, unknown>> {
  const load = lazyFiles[`./locales/${language}/${namespace}.json`];
  return load ? (await load()).default : {};
}

function followHtmlLang(language: string): void {
  if (typeof document !== 'undefined') document.documentElement.lang = language;
}

/** The language i18next is showing, narrowed to ours (English while it is still unknown). */
export function currentLanguage(): Language {
  const resolved = i18next.resolvedLanguage ?? i18next.language;
  return isLanguage(resolved) ? resolved : FALLBACK_LANGUAGE;
}

/** Switches the page and remembers the choice (the detector caches it in localStorage). */
export function setLanguage(language: Language): Promise<unknown> {
  return i18next.changeLanguage(language);
}

/**
 * Starts i18next. Without `language` the detector picks: the remembered choice, then navigator.languages (mapped by
 * toSupportedLanguage, so zh-TW → zh-Hant, tl → fil, pt → pt-BR), then English. The promise settles once the chosen
 * language's namespaces are loaded; en and ja settle at once.
 */
export function initI18n(language?: Language): Promise<unknown> {
  const bundled = bundledResources();
  const namespaces = Object.keys(bundled[FALLBACK_LANGUAGE] ?? {});
  i18next.on('languageChanged', followHtmlLang);
  const instance = i18next
    .use(resourcesToBackend(loadNamespace))
    .use(initReactI18next);
  if (language === undefined) instance.use(LanguageDetector);
  const ready = instance.init({
    resources: bundled,
    partialBundledLanguages: true,
    ...(language === undefined ? {} : { lng: language }),
    fallbackLng: FALLBACK_LANGUAGE,
    supportedLngs: [...LANGUAGES],
    load: 'currentOnly',
    ns: namespaces,
    defaultNS: 'common',
    interpolation: { escapeValue: false },
    returnNull: false,
    // Bundled languages are ready when init returns, so the first render already has its words.
    initAsync: false,
    detection: {
      order: ['localStorage', 'navigator'],
      lookupLocalStorage: STORAGE_KEY,
      caches: ['localStorage'],
      convertDetectedLanguage: (tag: string) => toSupportedLanguage(tag) ?? tag,
    },
    // A language switch loads its chunks before i18next announces it, so nothing needs to suspend.
    react: { useSuspense: false },
  });
  // Figures compare with a ruler and with forms printed in 0–9: Nepali and Myanmar keep Latin digits (glossary.md).
  i18next.services.formatter?.addCached('number', (lng, options) => {
    const format = new Intl.NumberFormat(numberLocale(lng ?? FALLBACK_LANGUAGE), options as Intl.NumberFormatOptions);
    return (value: unknown) => format.format(Number(value));
  });
  followHtmlLang(i18next.language);
  return ready;
}

/** Loads every language's namespaces at once (batch tools and tests that switch languages freely). */
export function loadAllLanguages(): Promise<unknown> {
  return i18next.loadLanguages(LANGUAGES.filter((l) => !BUNDLED.includes(l)));
}
