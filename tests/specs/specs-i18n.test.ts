import { describe, expect, it } from 'vitest';
import en from '../../src/i18n/locales/en/specs.json';
import ja from '../../src/i18n/locales/ja/specs.json';
import {
  backgroundPalette,
  backgroundRuleSchema,
  confidenceSchema,
  documentKindSchema,
  producibleSpecSchema,
  hairRuleKindSchema,
  crownMeasuredAtSchema,
  backOfPhotoItemSchema,
} from '../../src/specs';

/** i18next plural suffixes: English has _one and _other, Japanese only _other. */
const PLURAL_SUFFIX = /_(zero|one|two|few|many|other)$/;

function keys(tree: unknown, prefix = ''): string[] {
  if (typeof tree !== 'object' || tree === null) return [prefix];
  return Object.entries(tree).flatMap(([key, value]) => keys(value, prefix ? `${prefix}.${key}` : key));
}

const baseKeys = (tree: unknown): Set<string> => new Set(keys(tree).map((k) => k.replace(PLURAL_SUFFIX, '')));

describe('specs namespace', () => {
  it('has the same keys in English and Japanese', () => {
    expect([...baseKeys(ja)].sort()).toEqual([...baseKeys(en)].sort());
  });

  it('has plain words for every value a row can carry', () => {
    const shape = producibleSpecSchema.shape;
    const expected = [
      ...documentKindSchema.options.map((v) => `kind.${v}`),
      ...confidenceSchema.options.map((v) => `confidence.${v}`),
      ...confidenceSchema.options.map((v) => `confidenceLabel.${v}`),
      'capture.submitted',
      'capture.in-person',
      ...shape.colour.options.map((v) => `colourMode.${v}`),
      ...shape.retouching.options.map((v) => `retouching.${v}`),
      ...shape.glasses.options.map((v) => `glasses.${v}`),
      ...shape.headCovering.options.map((v) => `headCovering.${v}`),
      ...backgroundPalette.map((entry) => `colour.${entry.key}`),
      ...hairRuleKindSchema.options.filter((v) => v !== 'undefined').map((v) => `hairRule.${v}`),
      ...crownMeasuredAtSchema.options.map((v) => `hairRule.undefined-${v}`),
      ...backOfPhotoItemSchema.options.map((v) => `backOfPhoto.${v}`),
    ];
    const bgRules = backgroundRuleSchema.options.map((v) => `background.rule.${v}`);
    for (const locale of [en, ja]) {
      const present = baseKeys(locale);
      for (const key of [...expected, ...bgRules]) expect(present, key).toContain(key);
    }
  });
});
