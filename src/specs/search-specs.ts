import type { DocumentSpec } from './document-spec-schema';
import { documentSpecs } from './document-specs';
import { normaliseSearchText } from './normalise-search-text';
import type { SpecLanguage } from './spec-name';

/** Ranks, best first: how the query meets the row. Ties keep the file's order (Japanese documents first). */
const RANK_NAME_EXACT = 0;
const RANK_NAME_PREFIX = 1;
const RANK_TERM_PREFIX = 2;
const RANK_SUBSTRING = 3;

interface Indexed {
  readonly spec: DocumentSpec;
  readonly order: number;
  /** The name in each UI language, folded. */
  readonly nameEn: string;
  readonly nameJa: string;
  /** The name the UI shows in its language, folded, when the caller gave one. */
  readonly uiName?: string;
  /** Every searchable term (names, local name, aliases, id, country), folded. */
  readonly terms: readonly string[];
  /** All terms joined, and the same without spaces ("my number" also matches "mynumber"). */
  readonly haystack: string;
  readonly compact: string;
}

function index(spec: DocumentSpec, order: number): Indexed {
  const raw = [spec.names.en, spec.names.ja, spec.names.local?.text ?? '', ...spec.aliases, spec.id.replace(/-/g, ' '), spec.country ?? ''];
  const terms = raw.map(normaliseSearchText).filter((t) => t.length > 0);
  const haystack = terms.join(' | ');
  return {
    spec,
    order,
    nameEn: normaliseSearchText(spec.names.en),
    nameJa: normaliseSearchText(spec.names.ja),
    terms,
    haystack,
    compact: haystack.replace(/ /g, ''),
  };
}

const indexed: readonly Indexed[] = documentSpecs.map(index);

/** The row's index with the name the UI shows in its language (a Vietnamese reader types Vietnamese) added. */
function withUiName(entry: Indexed, uiName: string): Indexed {
  const name = normaliseSearchText(uiName);
  if (name.length === 0 || entry.terms.includes(name)) return entry;
  const haystack = `${entry.haystack} | ${name}`;
  return { ...entry, terms: [...entry.terms, name], haystack, compact: haystack.replace(/ /g, ''), uiName: name };
}

function rank(entry: Indexed, query: string, tokens: readonly string[], language: SpecLanguage): number | undefined {
  const matchesAll = tokens.every((token) => entry.haystack.includes(token) || entry.compact.includes(token));
  if (!matchesAll) return undefined;
  const names = [language === 'ja' ? entry.nameJa : entry.nameEn, ...(entry.uiName ? [entry.uiName] : [])];
  if (names.some((name) => name === query)) return RANK_NAME_EXACT;
  if (names.some((name) => name.startsWith(query))) return RANK_NAME_PREFIX;
  if (entry.terms.some((term) => term.startsWith(query) || term.split(' ').some((word) => word.startsWith(query)))) return RANK_TERM_PREFIX;
  return RANK_SUBSTRING;
}

export interface SearchOptions {
  /** The rows to search; every row by default. */
  readonly specs?: readonly DocumentSpec[];
  /**
   * The name the UI shows for a row in its language (i18n's documentName: the glossary's name for a Japanese
   * document, the holder's own name for a passport): searched and ranked like the row's own names.
   */
  readonly uiName?: (spec: DocumentSpec) => string;
}

/**
 * Rows whose names, local name, aliases or UI-language name contain every word of the query, best matches first.
 * Typing 在留, residence, zairyu, thẻ lưu trú or パスポート finds the rows; an empty query returns every row in file order.
 */
export function searchSpecs(query: string, language: SpecLanguage, { specs = documentSpecs, uiName }: SearchOptions = {}): DocumentSpec[] {
  const folded = normaliseSearchText(query);
  const base = specs === documentSpecs ? indexed : specs.map(index);
  if (folded.length === 0) return base.map((entry) => entry.spec);
  const pool = uiName ? base.map((entry) => withUiName(entry, uiName(entry.spec))) : base;
  const tokens = folded.split(' ');
  const ranked: { entry: Indexed; rank: number }[] = [];
  for (const entry of pool) {
    const r = rank(entry, folded, tokens, language);
    if (r !== undefined) ranked.push({ entry, rank: r });
  }
  ranked.sort((a, b) => a.rank - b.rank || a.entry.order - b.entry.order);
  return ranked.map(({ entry }) => entry.spec);
}
