import { describe, expect, it } from 'vitest';
import { findProducibleSpec, producibleSpecs, type ProducibleSpec } from '../../src/specs';

/**
 * One test per contradiction found by the audit of the table against the authorities
 * (an audit kept outside this repository; the tests are its findings). Each names the page that settles it; the row
 * must cite that page.
 */
function row(id: string): ProducibleSpec {
  const spec = findProducibleSpec(id);
  if (!spec) throw new Error(`row ${id} missing`);
  return spec;
}

function cites(spec: ProducibleSpec, url: string): boolean {
  return spec.sources.some((s) => s.url === url);
}

describe('contradictions fixed against their source', () => {
  it('Vietnam: the embassy in Tokyo takes 3.5 × 4.5 cm or 4 × 6 cm, Fukuoka 3.5 × 4.5 cm (vnembassy-jp.org, vnconsulate-fukuoka.org)', () => {
    const small = row('vn-passport');
    const large = row('vn-passport-40x60');
    expect([small.widthMm, small.heightMm]).toEqual([35, 45]);
    expect([large.widthMm, large.heightMm]).toEqual([40, 60]);
    expect(cites(small, 'https://vnconsulate-fukuoka.org/vi/thu-tuc-ho-chieu-pho-thong/')).toBe(true);
    expect(small.sources.some((s) => s.url.startsWith('https://vnembassy-jp.org/'))).toBe(true);
    // "Không sử dụng ảnh nền xanh hoặc ảnh đen trắng": no blue background, no black-and-white.
    expect(small.colour).toBe('colour-only');
    expect(small.background.allowed).toEqual(['#ffffff']);
    // Glasses "allowed" clashed with Vietnam's own form (no glasses).
    expect(small.glasses).not.toBe('allowed');
  });

  it('China: the 中国领事 app takes JPG or PNG under 5 MB, not 30–80 KB (busan.china-consulate.gov.cn, 2021-08)', () => {
    const cn = row('cn-passport');
    expect(cites(cn, 'http://busan.china-consulate.gov.cn/chn/lsfw/huzhaolvxingzhengyewu/202108/t20210809_8989731.htm')).toBe(true);
    expect(cn.digital?.formats).toEqual(['jpeg', 'png']);
    expect(cn.digital?.fileSizeKb).toEqual({ max: 5000 });
  });

  it('China: religious head covering with the face visible is allowed (the photo-spec copy the row cites)', () => {
    expect(row('cn-passport').headCovering).toBe('religious-or-medical');
  });

  it.each(['de-passport', 'schengen-visa', 'icao-35x45'])(
    '%s measures the face without the hair: "unter Vernachlässigung der Frisur" (German photo rules, copy)',
    (id) => {
      const spec = row(id);
      expect(spec.hairRule.rule).toBe('excludes-hair');
      expect(spec.faceHeightIncludesHair).toBe(false);
      expect(cites(spec, 'https://zhcnt18.ilovetranslation.com/Jfvkdltf33X=d')).toBe(true);
    },
  );

  it.each(['jp-drivers-licence', 'jp-driving-record-certificate'])(
    '%s accepts black-and-white (Yamaguchi police 「カラー、白黒の、いずれも使用可」; Miyagi police 「カラー、白黒問わず」)',
    (id) => {
      const spec = row(id);
      expect(spec.colour).toBe('colour-or-bw');
      expect(spec.inferred).not.toContain('colour');
      expect(cites(spec, 'https://www.pref.yamaguchi.lg.jp/site/police/10404.html')).toBe(true);
      expect(cites(spec, 'http://www.police.pref.miyagi.jp/hp/menkyo/menkyo_syasin.html')).toBe(true);
    },
  );
});

describe('the hair rule, per row', () => {
  it.each([
    ['jp-residence-card', 'includes-hair'], // ISA: 「頭頂部(髪を含む。)からあご先まで」
    ['us-passport', 'includes-hair'],
    ['kr-passport', 'excludes-hair'], // 「髪の毛を除く頭の最上部」
    ['jp-passport', 'undefined'], // MOFA: 「頭頂」
    ['jp-my-number-card', 'undefined'], // J-LIS: 「頭頂」
    ['cn-passport', 'undefined'], // 「头顶」
    ['uk-passport', 'undefined'], // "crown"
  ] as const)('%s: %s', (id, rule) => {
    expect(row(id).hairRule.rule).toBe(rule);
  });

  it('derives the crown the core measures from the row', () => {
    for (const spec of producibleSpecs) expect(spec.faceHeightIncludesHair).toBe(spec.hairRule.crownMeasuredAt === 'hair-top');
  });

  it('gives a reason in English and Japanese for every row', () => {
    for (const spec of producibleSpecs) {
      expect(spec.hairRule.reason.en.length, spec.id).toBeGreaterThan(20);
      expect(spec.hairRule.reason.ja, spec.id).toBeTruthy();
    }
  });
});

describe('what to write on the back is per row', () => {
  it.each([
    ['jp-drivers-licence', ['name', 'date-taken']], // 道路交通法施行規則 第17条: 「裏面に氏名及び撮影年月日を記入」
    ['jp-residence-card', ['name']],
    ['ca-passport', ['photographer-details']],
    ['jp-passport', []],
    ['us-visa', []],
  ] as const)('%s → %j', (id, expected) => {
    expect(row(id).writeOnBack).toEqual(expected);
  });
});
