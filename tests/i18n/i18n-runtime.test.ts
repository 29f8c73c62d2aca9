import i18next from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import { layoutSheet } from '../../src/core/sheet/layout-sheet-mm';
import { documentName, sheetDocumentName } from '../../src/i18n/document-names';
import { initI18n, loadAllLanguages } from '../../src/i18n/i18n';
import { LANGUAGES, toSupportedLanguage } from '../../src/i18n/languages';
import { formatSheetCaptions } from '../../src/render/sheet/sheet-captions';
import { findProducibleSpec, findSpec } from '../../src/specs';
import { findPaper } from '../../src/specs/papers';

beforeAll(async () => {
  await initI18n('en');
  await loadAllLanguages();
});

describe('browser language tags', () => {
  it.each([
    ['zh-CN', 'zh-Hans'],
    ['zh', 'zh-Hans'],
    ['zh-TW', 'zh-Hant'],
    ['zh-HK', 'zh-Hant'],
    ['zh-Hant-TW', 'zh-Hant'],
    ['pt', 'pt-BR'],
    ['pt-PT', 'pt-BR'],
    ['tl', 'fil'],
    ['fil-PH', 'fil'],
    ['ne-NP', 'ne'],
    ['my-MM', 'my'],
    ['in', 'id'],
    ['ko-KR', 'ko'],
    ['ja-JP', 'ja'],
    ['en-US', 'en'],
    ['de-DE', undefined],
  ])('%s → %s', (tag, expected) => {
    expect(toSupportedLanguage(tag)).toBe(expected);
  });
});

describe('locales at run time', () => {
  it('loads every language on demand and translates the title', () => {
    const titles = LANGUAGES.map((lng) => i18next.t('common:title', { lng }));
    expect(new Set(titles).size).toBe(LANGUAGES.length);
  });

  it('writes decimal commas where the locale does, and Latin digits in Nepali and Myanmar', () => {
    const mm = (lng: string) => i18next.t('common:units.mm', { lng, value: '12.5' });
    expect(mm('en')).toBe('12.5 mm');
    expect(mm('vi')).toBe('12,5 mm');
    expect(mm('pt-BR')).toBe('12,5 mm');
    expect(mm('id')).toBe('12,5 mm');
    expect(mm('ne')).toBe('12.5 mm');
    expect(mm('my')).toBe('12.5 mm');
  });

  it('uses the plural forms of each language', () => {
    expect(i18next.t('compliance:passed', { lng: 'en', count: 1 })).toBe('1 check passed');
    expect(i18next.t('compliance:passed', { lng: 'pt-BR', count: 2 })).toBe('2 verificações aprovadas');
    expect(i18next.t('compliance:passed', { lng: 'ko', count: 3 })).toBe('3개 항목 통과');
  });
});

describe('document names', () => {
  const card = findProducibleSpec('jp-residence-card');
  const vnPassport = findSpec('vn-passport');
  if (!card || !vnPassport) throw new Error('spec rows missing');

  it('names the residence card in the glossary term of each language', () => {
    expect(documentName(card, 'vi')).toBe('Thẻ lưu trú (在留カード)');
    expect(documentName(card, 'zh-Hans')).toBe('在留卡 (在留カード)');
    expect(documentName(card, 'ko')).toBe('재류카드 (在留カード)');
  });

  it('names the new exam rows in the glossary terms, with the Japanese name once', () => {
    const exam = findSpec('jp-kenchikushi-exam');
    const ielts = findSpec('jp-ielts');
    const ssw = findSpec('jp-ssw-exam');
    if (!exam || !ielts || !ssw) throw new Error('spec rows missing');
    expect(documentName(exam, 'vi')).toBe('Kỳ thi kiến trúc sư (kenchikushi) (建築士試験)');
    expect(documentName(ssw, 'zh-Hans')).toBe('特定技能评价考试 (特定技能評価試験)');
    // A name that already is the Japanese one is not repeated in parentheses.
    expect(documentName(ielts, 'th')).toBe('IELTS');
    expect(sheetDocumentName(ielts, 'ko')).toBe('IELTS');
  });

  it("names a country's own passport in its holder's language", () => {
    // Two Vietnamese passport rows now (35×45 and 40×60, spec audit): the name carries the photo size.
    expect(documentName(vnPassport, 'vi')).toBe('Hộ chiếu Việt Nam (ảnh 3,5 × 4,5 cm)');
  });

  it.each(LANGUAGES)('prints the sheet label in %s with the Japanese name beside it', (lng) => {
    const paper = findPaper('L');
    if (!paper) throw new Error('no L');
    const layout = layoutSheet(paper, [{ spec: { id: card.id, widthMm: card.widthMm, heightMm: card.heightMm }, copies: 2 }], {});
    const t = i18next.getFixedT(lng, 'sheet');
    const captions = formatSheetCaptions(layout, (key, values) => t(key, values ?? {}), (id) => {
      const row = findSpec(id);
      return row ? sheetDocumentName(row, lng) : id;
    });
    const [line] = captions.labelLines;
    expect(line).toContain('在留カード');
    expect(line).toContain(i18next.t('documents:jp-residence-card', { lng }));
    expect(line).toMatch(/30 × 40 mm|30×40 mm/);
  });
});
