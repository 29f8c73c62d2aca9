/** Katakana ァ..ヶ sit exactly this far above their hiragana ぁ..ゖ in Unicode. */
const KATAKANA_TO_HIRAGANA_OFFSET = 0x60;
const KATAKANA_FIRST = 0x30a1;
const KATAKANA_LAST = 0x30f6;

/**
 * Fold text so that what people type matches what the rows say: full- and half-width forms (NFKC), case,
 * katakana vs hiragana, Latin accents (ō → o, Vietnamese đ → d), romaji long vowels (zairyuu → zairyu, ryou → ryo) and
 * punctuation. Both the query and the row text go through the same fold, so the folds only need to agree.
 */
export function normaliseSearchText(text: string): string {
  const folded = text
    .normalize('NFKC')
    .toLowerCase()
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    // Vietnamese đ is a letter of its own, not d with a mark: readers who type without marks write d.
    .replace(/đ/g, 'd')
    .normalize('NFC');
  let kana = '';
  for (const char of folded) {
    const code = char.codePointAt(0) ?? 0;
    kana += code >= KATAKANA_FIRST && code <= KATAKANA_LAST ? String.fromCodePoint(code - KATAKANA_TO_HIRAGANA_OFFSET) : char;
  }
  return kana
    .replace(/([aeiou])\1+/g, '$1')
    .replace(/ou/g, 'o')
    .replace(/[\s\p{P}\p{S}]+/gu, ' ')
    .trim();
}
