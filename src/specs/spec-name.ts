import type { DocumentSpec } from './document-spec-schema';

/** The UI languages the spec rows carry names and notes in (src/i18n may add more; they fall back to English). */
export type SpecLanguage = 'ja' | 'en';

/** The document's name in the UI language. */
export function specName(spec: DocumentSpec, language: SpecLanguage): string {
  return language === 'ja' ? spec.names.ja : spec.names.en;
}

/** The name in the issuing country's own language, when it is neither Japanese nor English. */
export function specLocalName(spec: DocumentSpec): string | undefined {
  return spec.names.local?.text;
}

/** A row note in the UI language (notes always have English; Japanese where written). */
export function localizedNote(note: { readonly en: string; readonly ja?: string | undefined }, language: SpecLanguage): string {
  return language === 'ja' ? (note.ja ?? note.en) : note.en;
}
