import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LANGUAGES, toSupportedLanguage } from '../../src/i18n/languages';
import { documentSpecs } from '../../src/specs';

/**
 * Every locale carries every key of the English one, with the same {{variables}} and the plural forms its language
 * needs (Intl.PluralRules' categories). A missing key fails here: at run time i18next would silently show English.
 */
const LOCALES_DIR = join(__dirname, '../../src/i18n/locales');
const PLURAL_SUFFIX = /_(zero|one|two|few|many|other)$/;
const VARIABLE = /\{\{\s*([\w-]+)/g;

type Tree = { [key: string]: string | Tree };

function readLocale(language: string): Record<string, Tree> {
  const dir = join(LOCALES_DIR, language);
  const namespaces: Record<string, Tree> = {};
  if (!existsSync(dir)) return namespaces;
  for (const file of readdirSync(dir)) {
    if (file.endsWith('.json')) namespaces[file.replace(/\.json$/, '')] = JSON.parse(readFileSync(join(dir, file), 'utf8')) as Tree;
  }
  return namespaces;
}

function flatten(tree: Tree, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') out.set(path, value);
    else for (const [k, v] of flatten(value, path)) out.set(k, v);
  }
  return out;
}

const variables = (text: string): string[] => [...new Set([...text.matchAll(VARIABLE)].map((m) => m[1]!))].sort();

/** Base key → its plural suffixes (empty for a plain key). */
function groupPlurals(flat: Map<string, string>): Map<string, Set<string>> {
  const groups = new Map<string, Set<string>>();
  for (const key of flat.keys()) {
    const match = PLURAL_SUFFIX.exec(key);
    const base = match ? key.slice(0, match.index) : key;
    const set = groups.get(base) ?? new Set<string>();
    if (match) set.add(match[1]!);
    groups.set(base, set);
  }
  return groups;
}

const english = readLocale('en');

describe.each(LANGUAGES.filter((l) => l !== 'en'))('locale %s', (language) => {
  const locale = readLocale(language);
  const categories = new Intl.PluralRules(language).resolvedOptions().pluralCategories;

  it('has every namespace of English and no other', () => {
    expect(Object.keys(locale).sort()).toEqual(Object.keys(english).sort());
  });

  for (const [namespace, tree] of Object.entries(english)) {
    it(`${namespace}: every key, variable and plural form`, () => {
      const enFlat = flatten(tree);
      const flat = flatten(locale[namespace] ?? {});
      const enGroups = groupPlurals(enFlat);
      const groups = groupPlurals(flat);
      const problems: string[] = [];
      for (const [base, enForms] of enGroups) {
        const forms = groups.get(base);
        if (!forms) {
          problems.push(`missing ${base}`);
          continue;
        }
        if (enForms.size === 0) {
          if (forms.size > 0) problems.push(`${base} is plural here but not in English`);
          continue;
        }
        for (const category of categories) if (!forms.has(category)) problems.push(`${base}_${category} missing`);
      }
      for (const base of groups.keys()) if (!enGroups.has(base)) problems.push(`extra key ${base}`);
      // Variables: every form of a key uses English's variables (count may be left implicit in a plural form).
      for (const [key, value] of flat) {
        const base = key.replace(PLURAL_SUFFIX, '');
        const enValue = enFlat.get(key) ?? enFlat.get(`${base}_other`) ?? enFlat.get(base);
        if (enValue === undefined) continue;
        if (value.trim() === '') problems.push(`${key} is empty`);
        const expected = variables(enValue).filter((v) => v !== 'count' || !PLURAL_SUFFIX.test(key));
        const actual = variables(value).filter((v) => v !== 'count' || !PLURAL_SUFFIX.test(key));
        if (expected.join() !== actual.join()) problems.push(`${key}: variables ${actual.join()} ≠ English ${expected.join()}`);
      }
      expect(problems).toEqual([]);
    });
  }
});

/**
 * The naming rule (glossary.md): a Japanese document (and the generic and custom rows) has a name in every language's
 * "documents" namespace; a country's own passport or visa has its name in the holder's language (`names.local`)
 * when that language is one of ours, besides the table's Japanese and English.
 */
const HOLDER_LANGUAGE: Readonly<Record<string, string>> = {
  CN: 'zh-Hans',
  TW: 'zh-Hant',
  HK: 'zh-Hant',
  KR: 'ko',
  VN: 'vi',
  PH: 'fil',
  NP: 'ne',
  BR: 'pt-BR',
  ID: 'id',
  MM: 'my',
  TH: 'th',
};

describe('document names', () => {
  const documents = Object.fromEntries(LANGUAGES.map((l) => [l, (readLocale(l).documents ?? {}) as Record<string, unknown>]));

  it.each(LANGUAGES)('every Japanese document, the generic and the custom row are named in %s', (language) => {
    const rows = documentSpecs.filter((s) => s.country === 'JP' || s.country === undefined || s.country === null);
    const missing = rows.filter((s) => typeof documents[language]?.[s.id] !== 'string').map((s) => s.id);
    expect(missing).toEqual([]);
  });

  it("names each country's own passport and visa in the holder's language", () => {
    const problems = documentSpecs
      .filter((s) => (s.kind === 'passport' || s.kind === 'visa') && s.country && HOLDER_LANGUAGE[s.country])
      .filter((s) => toSupportedLanguage(s.names.local?.lang ?? '') !== HOLDER_LANGUAGE[s.country ?? ''])
      .map((s) => `${s.id}: ${s.names.local?.lang ?? 'no local name'}`);
    expect(problems).toEqual([]);
  });

  it('names no row that does not exist', () => {
    const ids = new Set(documentSpecs.map((s) => s.id));
    for (const language of LANGUAGES) expect(Object.keys(documents[language] ?? {}).filter((id) => !ids.has(id)), language).toEqual([]);
  });
});
