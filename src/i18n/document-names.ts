import i18next from 'i18next';
import type { DocumentSpec } from '../specs/document-spec-schema';
import { toSupportedLanguage } from './languages';

type NamedSpec = Pick<DocumentSpec, 'id' | 'names'>;

/** A name from the "documents" namespace in exactly `language` (no fallback), or undefined. */
function namespaceName(specId: string, language: string): string | undefined {
  const name = i18next.t(specId, { ns: 'documents', lng: language, fallbackLng: false, defaultValue: '' });
  return name === '' ? undefined : name;
}

/** "Own (Japanese)", or the name alone when it already carries the Japanese one (IELTS, TOEFL iBT). */
function withJapanese(own: string, japanese: string): string {
  return own.includes(japanese) ? own : `${own} (${japanese})`;
}

/**
 * A document's name in the UI language. Japanese and English come from the spec table (its full names); the other
 * languages from the "documents" namespace (glossary.md) with the Japanese name beside it, then a country's own name for its own passport or visa
 * when the user reads that language, then the English name.
 */
export function documentName(spec: NamedSpec, language: string): string {
  if (language === 'ja') return spec.names.ja;
  if (language === 'en') return spec.names.en;
  const translated = namespaceName(spec.id, language);
  // The Japanese name beside ours: it is what the counter, the form and the machine will show (glossary.md).
  if (translated) return withJapanese(translated, namespaceName(spec.id, 'ja') ?? spec.names.ja);
  const local = spec.names.local;
  if (local && toSupportedLanguage(local.lang) === language) return local.text;
  return spec.names.en;
}

/**
 * The name printed on the sheet label: short, in the user's language, followed by the document's Japanese name so
 * the counter staff (and the user at the counter) can match it: "Thẻ lưu trú (在留カード)". Japanese alone for ja.
 */
export function sheetDocumentName(spec: NamedSpec, language: string): string {
  const japanese = namespaceName(spec.id, 'ja') ?? spec.names.ja;
  if (language === 'ja') return japanese;
  const own = namespaceName(spec.id, language) ?? documentName(spec, language);
  return withJapanese(own, japanese);
}
