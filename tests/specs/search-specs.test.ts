import { describe, expect, it } from 'vitest';
import { documentSpecs, normaliseSearchText, searchSpecs } from '../../src/specs';

const ids = (query: string, language: 'ja' | 'en' = 'en'): string[] => searchSpecs(query, language).map((s) => s.id);

describe('searchSpecs', () => {
  it.each(['在留', 'residence', 'zairyu', 'ZAIRYUU', 'ざいりゅう', 'ｚａｉｒｙｕ', 'ザイリュウ'])('finds the residence card for %s', (query) => {
    expect(ids(query)[0]).toBe('jp-residence-card');
  });

  it('finds the passports for パスポート, Japan first in Japanese', () => {
    const found = ids('パスポート', 'ja');
    expect(found[0]).toBe('jp-passport');
    expect(found).toEqual(expect.arrayContaining(['us-passport', 'cn-passport', 'kr-passport', 'ph-passport', 'vn-passport']));
    expect(found).not.toContain('jp-residence-card');
  });

  it('matches half-width katakana and hiragana alike', () => {
    expect(ids('ﾊﾟｽﾎﾟｰﾄ', 'ja')[0]).toBe('jp-passport');
    expect(ids('ぱすぽーと', 'ja')[0]).toBe('jp-passport');
  });

  it('requires every word: "china visa" finds the Chinese visa, not the passport', () => {
    expect(ids('china visa')).toEqual(['cn-visa']);
  });

  it('finds rows by local name, alias and id', () => {
    expect(ids('여권')).toContain('kr-passport');
    expect(ids('my number')[0]).toBe('jp-my-number-card');
    expect(ids('mynumber')[0]).toBe('jp-my-number-card');
    expect(ids('免許')[0]).toBe('jp-drivers-licence');
    expect(ids('ds-160')).toEqual(['us-visa']);
  });

  it('ranks a name that starts with the query above one that only contains it', () => {
    expect(ids('japanese passport')[0]).toBe('jp-passport');
  });

  it('returns every row in file order for an empty query, and nothing for nonsense', () => {
    expect(ids('  ')).toEqual(documentSpecs.map((s) => s.id));
    expect(ids('qqqxyz')).toEqual([]);
  });

  it('folds width, case, kana, accents and romaji long vowels the same way on both sides', () => {
    expect(normaliseSearchText('ＰＡＳＳＰＯＲＴ')).toBe('passport');
    expect(normaliseSearchText('パスポート')).toBe(normaliseSearchText('ぱすぽーと'));
    expect(normaliseSearchText('Zairyū')).toBe('zairyu');
    expect(normaliseSearchText('在留カード・入管')).toBe('在留かーど 入管');
  });
});

/** Rows added from the audit's list of documents residents of Japan need: found by Japanese, English and the holder's language. */
describe('searchSpecs finds the added rows by every name', () => {
  it.each([
    ['hk-passport', ['香港', 'hong kong passport', '香港特別行政區護照', 'ホンコン']],
    ['sg-passport', ['シンガポール', 'singapore passport', 'Pasport Singapura']],
    ['my-passport', ['マレーシア', 'malaysian passport', 'Pasport Malaysia']],
    ['mn-passport', ['モンゴル', 'mongolian passport', 'Монгол Улсын гадаад паспорт']],
    ['pk-passport', ['パキスタン', 'pakistani passport', 'پاکستانی پاسپورٹ']],
    ['kr-k-eta', ['電子渡航認証', 'K-ETA', '전자여행허가']],
    ['it-passport', ['イタリア', 'italian passport', 'Passaporto italiano']],
    ['nz-passport-online', ['ニュージーランド', 'new zealand passport', 'Uruwhenua Aotearoa']],
    ['vn-passport-40x60', ['ベトナム 40×60', 'vietnamese passport 40', 'Hộ chiếu Việt Nam 4 × 6']],
    ['fr-passport', ['フランス', 'french passport', "Passeport / carte nationale d'identité"]],
    ['pl-passport', ['ポーランド', 'polish passport', 'Paszport polski']],
    ['jp-eju', ['日本留学試験', 'EJU', 'Examination for Japanese University Admission']],
    ['kh-visa', ['カンボジア', 'cambodian visa', 'ទិដ្ឋាការកម្ពុជា']],
    ['nz-visa', ['ニュージーランド ビザ', 'new zealand visa', 'INZ']],
    ['nz-visa-online', ['電子渡航認証', 'NZeTA', 'new zealand visa online']],
    ['lu-passport', ['ルクセンブルク', 'luxembourg passport', 'Passeport luxembourgeois']],
    ['ie-passport-online', ['アイルランド', 'irish passport', 'Pas Éireannach']],
    ['es-passport', ['スペイン', 'spanish passport', 'Pasaporte español']],
    ['sa-evisa', ['サウジアラビア', 'saudi evisa', 'التأشيرة الإلكترونية السعودية']],
    ['uk-eta', ['電子渡航認証', 'UK ETA', 'electronic travel authorisation']],
    ['jp-ielts', ['アイエルツ', 'IELTS', 'ielts japan']],
    ['jp-toefl-ibt', ['トーフル', 'TOEFL iBT', 'toefl']],
    ['jp-care-worker-exam', ['介護福祉士', 'care worker exam', 'kaigo fukushishi']],
    ['au-eta', ['オーストラリア', 'Australia ETA', 'electronic travel authority']],
    ['tw-visa', ['台湾 ビザ', 'taiwan visa', '中華民國簽證']],
    ['jp-kounin', ['高卒認定', 'high school equivalency', 'kounin']],
    ['pe-dni', ['ペルー DNI', 'peruvian DNI', 'Documento Nacional de Identidad']],
    ['jp-seafarers-handbook', ['船員手帳', "seafarer's handbook", 'senin techo']],
    ['jp-firearms-licence', ['猟銃', 'firearm permit', 'ryoju']],
    ['jp-construction-management-exam', ['施工管理', 'construction management', 'sekou kanri']],
    ['jp-kenchikushi-exam', ['建築士', 'architect exam', 'kenchikushi']],
    ['jp-sharoushi-exam', ['社労士', 'social insurance consultant', 'sharoushi']],
    ['jp-ssw-exam', ['特定技能', 'specified skilled worker', 'SSW']],
    ['jp-hoikushi-exam', ['保育士', 'nursery teacher', 'hoikushi']],
    ['jp-zeirishi-exam', ['税理士', 'tax accountant exam', 'zeirishi']],
    ['jp-bar-exam', ['司法試験', 'bar exam', 'shiho shiken']],
    ['jp-boat-licence', ['船舶免許', 'boat licence', 'jet ski']],
    ['jp-denki-koujishi-exam', ['電気工事士', 'electrician exam', 'denki koujishi']],
    ['jp-itce-exam', ['教育情報化コーディネータ', 'ITCE', 'education ICT coordinator']],
    ['jp-architect-licence', ['建築士免許', 'architect licence', 'kenchikushi menkyo']],
    ['mm-evisa', ['ミャンマー', 'myanmar visa', 'မြန်မာနိုင်ငံ ဗီဇာ']],
    ['uz-passport', ['ウズベキスタン', 'uzbek passport', 'Xorijga chiqish biometrik pasporti']],
    ['ua-passport', ['ウクライナ', 'ukrainian passport', 'Паспорт громадянина України для виїзду за кордон']],
    ['kh-passport', ['カンボジア パスポート', 'cambodian passport', 'លិខិតឆ្លងដែនកម្ពុជា']],
  ] as const)('%s', (id, queries) => {
    for (const query of queries) {
      expect(ids(query, 'ja'), query).toContain(id);
      expect(ids(query, 'en'), query).toContain(id);
    }
  });
});

/**
 * The picker searches the names it shows (documentName): a reader of any of the twelve languages finds a Japanese
 * document by its glossary name there, and a country's passport or visa by the holder's own name.
 */
describe('searchSpecs finds rows by the names the picker shows in each language', () => {
  const LANGS = ['zh-Hans', 'zh-Hant', 'vi', 'ko', 'fil', 'ne', 'pt-BR', 'id', 'my', 'th'] as const;
  const locales = import.meta.glob<Record<string, string>>('../../src/i18n/locales/*/documents.json', { eager: true, import: 'default' });
  const namesIn = (lang: string): Record<string, string> => locales[`../../src/i18n/locales/${lang}/documents.json`] ?? {};
  const japanese = documentSpecs.filter((s) => s.country === 'JP');

  it.each(LANGS)('every Japanese document by its %s name', (lang) => {
    const names = namesIn(lang);
    const uiName = (s: (typeof documentSpecs)[number]): string => names[s.id] ?? s.names.en;
    for (const spec of japanese) {
      const name = names[spec.id];
      expect(name, `${spec.id} has no ${lang} name`).toBeDefined();
      expect(searchSpecs(name ?? '', 'en', { uiName }).map((s) => s.id), `${lang}: ${name}`).toContain(spec.id);
    }
  });

  it.each([
    ['vi', 'kỳ thi kiến trúc sư', 'jp-kenchikushi-exam'],
    ['vi', 'ky thi ky nang dac dinh', 'jp-ssw-exam'],
    ['zh-Hans', '日本留学考试', 'jp-eju'],
    ['ko', '선원수첩', 'jp-seafarers-handbook'],
    ['ne', 'राहदानी', 'np-passport'],
    ['pt-BR', 'cuidador', 'jp-care-worker-exam'],
    ['id', 'sim internasional', 'jp-international-driving-permit'],
    ['th', 'วีซ่าญี่ปุ่น', 'jp-visa'],
    ['my', 'ဗီဇာ', 'mm-evisa'],
    ['fil', 'pasaporte', 'ph-passport'],
  ] as const)('%s: "%s" finds %s', (lang, query, id) => {
    const names = namesIn(lang);
    expect(searchSpecs(query, 'en', { uiName: (s) => names[s.id] ?? s.names.en }).map((s) => s.id)).toContain(id);
  });

  it("finds every country's passport and visa by the holder's own name", () => {
    for (const spec of documentSpecs.filter((s) => s.names.local)) {
      expect(ids(spec.names.local?.text ?? ''), spec.id).toContain(spec.id);
    }
  });
});
