import { describe, expect, it } from 'vitest';
import { checkCompliance } from '../../../src/core/compliance/check-compliance';
import type { ComplianceInput } from '../../../src/core/compliance/compliance-input';
import { RULE_NAMES, type Finding, type FindingUnit } from '../../../src/core/compliance/finding';
import { manualChecks, type DocumentRules } from '../../../src/core/compliance/manual-checks';
import { INNER_LIP_PAIRS } from '../../../src/core/compliance/rules/mouth-closed';
import type { Point } from '../../../src/core/geometry';
import en from '../../../src/i18n/locales/en/compliance.json';
import ja from '../../../src/i18n/locales/ja/compliance.json';
import specsEn from '../../../src/i18n/locales/en/specs.json';
import specsJa from '../../../src/i18n/locales/ja/specs.json';
import { landmarkPoints } from '../../helpers/synthetic-face';
import { BACKGROUND_STATS, FACE, FACE_STATS, makeInput, NEUTRAL_EXPRESSION } from './make-input';

/** i18next plural suffixes: English has _one and _other, Japanese only _other. */
const PLURAL_SUFFIX = /_(zero|one|two|few|many|other)$/;

function keys(tree: unknown, prefix = ''): string[] {
  if (typeof tree !== 'object' || tree === null) return [prefix];
  return Object.entries(tree).flatMap(([key, value]) => keys(value, prefix ? `${prefix}.${key}` : key));
}
const baseKeys = (tree: unknown): Set<string> => new Set(keys(tree).map((k) => k.replace(PLURAL_SUFFIX, '')));

const UNITS: readonly FindingUnit[] = ['mm', 'deg', 'score', 'ratio', 'percent', 'dpi', 'faces', 'bits', 'lightness', 'delta-e', 'gradient'];

function lipGap(gapPx: number): Partial<ComplianceInput> & { landmarks: Point[] } {
  const landmarks = landmarkPoints({ x: 0, y: 0 });
  for (const [upper, lower] of INNER_LIP_PAIRS) {
    landmarks[upper] = { x: 0, y: 60 };
    landmarks[lower] = { x: 0, y: 60 + gapPx };
  }
  return { landmarks };
}

/** Inputs that between them reach every verdict of every rule. */
const SWEEP: ComplianceInput[] = [
  makeInput({ spec: { eyeLineFromBottomMm: { min: 22.5, max: 31.5 } }, background: { kept: true, stats: BACKGROUND_STATS }, source: { fromFrontCamera: true } }),
  ...[0, 2].map((faceCount) => makeInput({ face: { faceCount } })),
  ...[30, 32.1, 40].flatMap((v) => [makeInput({ plan: { faceHeightMm: v, topMarginMm: v - 29, offsetXMm: v - 34, eyeLineFromBottomMm: v - 9.6 }, spec: { eyeLineFromBottomMm: { min: 22.5, max: 31.5 } } })]),
  makeInput({ plan: { offsetXMm: -3, topMarginMm: 2.1, eyeLineFromBottomMm: 33 }, spec: { eyeLineFromBottomMm: { min: 22.5, max: 31.5 } } }),
  makeInput({ face: { crownSource: 'estimate' } }),
  makeInput({ face: { crownCutOff: true } }),
  makeInput({ face: { chinEdgeWeak: true } }),
  makeInput({ face: { crownEdgeSoft: true } }),
  ...[3, 5].map((scale) => makeInput({ plan: { scale } })),
  ...[5, 12].map((rollDeg) => makeInput({ face: { rollDeg } })),
  ...[6, 12].map((deg) => makeInput({ face: { pose: { yawDeg: deg, pitchDeg: deg, rollDeg: 0 } } })),
  makeInput({ face: { expression: { ...NEUTRAL_EXPRESSION, eyeLookOutLeft: 0.5, eyeLookInRight: 0.5, eyeBlinkLeft: 0.9, mouthSmileLeft: 0.9 } } }),
  makeInput({ face: { expression: { ...NEUTRAL_EXPRESSION, eyeLookDownLeft: 1, eyeLookDownRight: 1, browInnerUp: 0.9 } } }),
  makeInput({ face: { expression: { ...NEUTRAL_EXPRESSION, mouthFrownLeft: 0.9 } } }),
  makeInput({ ...lipGap(10), face: { ...FACE, eyeImageLeft: { x: -30, y: 0 }, eyeImageRight: { x: 30, y: 0 }, chin: { x: 0, y: 100 } } }),
  makeInput({ faceStats: { luminance: { ...FACE_STATS.luminance, overExposedShare: 0.1 }, entropyBits: 1, sharpness: { ...FACE_STATS.sharpness, value: 0.1 } } }),
  makeInput({ faceStats: { luminance: { ...FACE_STATS.luminance, underExposedShare: 1 }, illumination: { ...FACE_STATS.illumination, intersection: 0.1, darkerSide: 'image-left' } } }),
  makeInput({ faceStats: { luminance: { ...FACE_STATS.luminance, mean: 0.9 }, illumination: { ...FACE_STATS.illumination, intersection: 0.1, darkerSide: 'image-right' } } }),
  makeInput({ background: { kept: true, stats: { ...BACKGROUND_STATS, lightnessSpread: 30, meanRgb: { r: 120, g: 120, b: 120 }, meanLab: { l: 50, a: 0, b: 0 } } } }),
  makeInput({ background: { kept: true, stats: { ...BACKGROUND_STATS, gradientMean: 500, meanRgb: { r: 255, g: 180, b: 180 }, meanLab: { l: 80, a: 30, b: 10 } } } }),
];

const RULES: DocumentRules[] = [
  { glasses: 'allowed', headCovering: 'religious-or-medical', retouching: 'forbidden', maxAgeMonths: 6 },
  { glasses: 'discouraged', headCovering: 'religious-or-medical-with-statement', retouching: 'unspecified', maxAgeMonths: 1 },
  { glasses: 'medical-only', headCovering: 'forbidden', retouching: 'forbidden', maxAgeMonths: null },
  { glasses: 'forbidden', headCovering: 'unspecified', retouching: 'unspecified', maxAgeMonths: 3 },
  { glasses: 'unspecified', headCovering: 'unspecified', retouching: 'unspecified', maxAgeMonths: null },
];

describe('compliance texts', () => {
  const findings: Finding[] = SWEEP.flatMap(checkCompliance);
  const emitted = new Set(findings.flatMap((f) => [f.messageKey, ...(f.fixKey ? [f.fixKey] : []), ...(typeof f.limit === 'string' ? [f.limit] : [])]));

  it('has the same keys in English and Japanese', () => {
    expect([...baseKeys(ja)].sort()).toEqual([...baseKeys(en)].sort());
  });

  it('has a text for every message, fix and limit the rules emit', () => {
    for (const locale of [en, ja]) {
      const present = baseKeys(locale);
      for (const key of emitted) expect(present, key).toContain(key);
    }
  });

  it('has no message or fix that no rule emits (the sweep reaches every verdict)', () => {
    const written = [...baseKeys(en)].filter((k) => k.startsWith('messages.') || k.startsWith('fixes.'));
    expect(written.filter((k) => !emitted.has(k))).toEqual([]);
  });

  it('names every rule and status, and formats every unit', () => {
    for (const locale of [en, ja]) {
      const present = baseKeys(locale);
      for (const rule of RULE_NAMES) expect(present).toContain(`rules.${rule}`);
      for (const status of ['pass', 'warn', 'fail']) expect(present).toContain(`status.${status}`);
      for (const unit of UNITS) expect(present).toContain(`value.${unit}`);
    }
  });

  it('has every manual question, and the spec texts it points to exist', () => {
    const items = RULES.flatMap((rules) => [...manualChecks(rules, { fromFrontCamera: false }), ...manualChecks(rules, { fromFrontCamera: true })]);
    for (const [locale, specs] of [[en, specsEn], [ja, specsJa]] as const) {
      const present = baseKeys(locale);
      const specKeys = baseKeys(specs);
      for (const item of items) {
        expect(present, item.messageKey).toContain(item.messageKey);
        if (item.ruleKey) expect(specKeys, item.ruleKey).toContain(item.ruleKey.replace(/^specs:/, ''));
      }
    }
  });
});
