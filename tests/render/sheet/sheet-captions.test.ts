import i18next from 'i18next';
import { describe, expect, it } from 'vitest';
import en from '../../../src/i18n/locales/en/sheet.json';
import ja from '../../../src/i18n/locales/ja/sheet.json';
import { layoutSheet } from '../../../src/core/sheet/layout-sheet-mm';
import { formatSheetCaptions, type Translate } from '../../../src/render/sheet/sheet-captions';
import { findPaper } from '../../../src/specs/papers';

/** i18next plural suffixes: English has _one and _other, Japanese only _other. */
const PLURAL_SUFFIX = /_(zero|one|two|few|many|other)$/;

function keys(tree: unknown, prefix = ''): string[] {
  if (typeof tree !== 'object' || tree === null) return [prefix];
  return Object.entries(tree).flatMap(([key, value]) => keys(value, prefix ? `${prefix}.${key}` : key));
}
const baseKeys = (tree: unknown): string[] => [...new Set(keys(tree).map((k) => k.replace(PLURAL_SUFFIX, '')))].sort();

/** The real i18next over one namespace file, so formats such as {{width, number}} behave as they ship. */
function translator(lang: string, tree: unknown): Translate {
  const instance = i18next.createInstance();
  void instance.init({ lng: lang, resources: { [lang]: { sheet: tree as Record<string, unknown> } }, defaultNS: 'sheet', initAsync: false, interpolation: { escapeValue: false } });
  const t = instance.getFixedT(lang, 'sheet');
  return (key, values) => t(key, values ?? {});
}

describe('sheet namespace', () => {
  it('has the same keys in English and Japanese', () => {
    expect(baseKeys(ja)).toEqual(baseKeys(en));
  });

  it.each([
    ['en', en, ['This line should measure 50 mm', 'Residence card 30 × 40 mm × 2', 'Passport 35 × 45 mm × 2', 'Made on 2026-11-21', 'Write your name on the back: Passport']],
    ['ja', ja, ['この線が50 mmあるか確かめてください', '在留カード 30×40 mm × 2枚', 'パスポート 35×45 mm × 2枚', '作成日 2026-11-21', '裏面に氏名を記入:パスポート']],
  ])('words the ruler and the label of a mixed L sheet in %s', (lang, tree, expected) => {
    const paper = findPaper('L');
    if (!paper) throw new Error('no L');
    const layout = layoutSheet(
      paper,
      [
        { spec: { id: 'jp-residence-card', widthMm: 30, heightMm: 40 }, copies: 2 },
        { spec: { id: 'jp-passport', widthMm: 35, heightMm: 45 }, copies: 2, writeNameOnBack: true },
      ],
      { madeOn: '2026-11-21' },
    );
    const names: Record<string, Record<string, string>> = {
      en: { 'jp-residence-card': 'Residence card', 'jp-passport': 'Passport' },
      ja: { 'jp-residence-card': '在留カード', 'jp-passport': 'パスポート' },
    };
    const captions = formatSheetCaptions(layout, translator(lang, tree), (id) => names[lang]?.[id] ?? id);
    expect([captions.ruler, ...captions.labelLines]).toEqual(expected);
  });
});
