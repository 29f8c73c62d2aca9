import { describe, expect, it } from 'vitest';
import { CAPTURE_HINTS } from '../../../src/core/capture/capture-checks';
import en from '../../../src/i18n/locales/en/capture.json';
import ja from '../../../src/i18n/locales/ja/capture.json';
import { CAMERA_ERROR_KINDS } from '../../../src/platform/camera';

function keys(tree: unknown, prefix = ''): string[] {
  if (typeof tree !== 'object' || tree === null) return [prefix];
  return Object.entries(tree).flatMap(([key, value]) => keys(value, prefix ? `${prefix}.${key}` : key));
}

describe('capture texts (en, ja)', () => {
  it('both languages have the same keys', () => {
    expect(keys(ja).sort()).toEqual(keys(en).sort());
  });

  it.each(CAPTURE_HINTS)('hint %s has words in both languages', (hint) => {
    expect(en.hints[hint]).toMatch(/\S/);
    expect(ja.hints[hint]).toMatch(/\S/);
  });

  it.each(CAMERA_ERROR_KINDS)('camera error %s has a title and an explanation in both languages', (kind) => {
    for (const texts of [en, ja]) {
      expect(texts.errors[kind].title).toMatch(/\S/);
      expect(texts.errors[kind].body).toMatch(/\S/);
    }
  });
});
