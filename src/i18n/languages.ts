/**
 * The twelve UI languages, in the order the switcher lists them: Japanese and English first, then by the size of
 * each community of foreign residents in Japan that reads the language. Tags are BCP 47 as browsers report them
 * and as `<html lang>` should carry them (zh-Hans / zh-Hant pick the right Han glyph forms in the fonts).
 */
export const LANGUAGES = ['ja', 'en', 'zh-Hans', 'zh-Hant', 'vi', 'ko', 'fil', 'ne', 'pt-BR', 'id', 'my', 'th'] as const;
export type Language = (typeof LANGUAGES)[number];

/** Each language named in its own script, so a reader finds theirs without reading any other. */
export const NATIVE_NAMES: Readonly<Record<Language, string>> = {
  ja: '日本語',
  en: 'English',
  'zh-Hans': '简体中文',
  'zh-Hant': '繁體中文',
  vi: 'Tiếng Việt',
  ko: '한국어',
  fil: 'Filipino',
  ne: 'नेपाली',
  'pt-BR': 'Português (Brasil)',
  id: 'Bahasa Indonesia',
  my: 'မြန်မာ',
  th: 'ไทย',
};

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);
}

/** Chinese regions that write Traditional characters. */
const TRADITIONAL_CHINESE_REGIONS = new Set(['tw', 'hk', 'mo']);
/** Old or alternative primary subtags browsers still send: tl = Tagalog (Filipino), in = old Indonesian. */
const ALIASES: Readonly<Record<string, Language>> = { tl: 'fil', in: 'id', pt: 'pt-BR' };

/**
 * Maps a browser language tag (navigator.languages, any case) to one of ours, or undefined when we have none:
 * zh-CN / zh-SG / zh → zh-Hans, zh-TW / zh-HK / zh-Hant-* → zh-Hant, pt-* → pt-BR (the Portuguese our users read),
 * tl / fil-PH → fil, ne-NP → ne.
 */
export function toSupportedLanguage(tag: string): Language | undefined {
  const parts = tag.replace(/_/g, '-').toLowerCase().split('-');
  const primary = parts[0] ?? '';
  if (primary === 'zh') {
    if (parts.includes('hant')) return 'zh-Hant';
    if (parts.includes('hans')) return 'zh-Hans';
    return parts.some((p) => TRADITIONAL_CHINESE_REGIONS.has(p)) ? 'zh-Hant' : 'zh-Hans';
  }
  const alias = ALIASES[primary];
  if (alias) return alias;
  return LANGUAGES.find((l) => l === primary);
}

/** Languages whose Intl default is native digits; measurements are shown in 0–9 like the forms and the ruler. */
const LATIN_DIGITS: ReadonlySet<string> = new Set(['ne', 'my']);

/** The locale Intl.NumberFormat gets for a UI language: the same, with Latin digits forced where needed. */
export function numberLocale(language: string): string {
  return LATIN_DIGITS.has(language) ? `${language}-u-nu-latn` : language;
}
