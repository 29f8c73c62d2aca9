import { describe, expect, it } from 'vitest';
import { manualChecks, type DocumentRules } from '../../../src/core/compliance/manual-checks';

const RESIDENCE_CARD: DocumentRules = { glasses: 'allowed', headCovering: 'religious-or-medical-with-statement', retouching: 'forbidden', maxAgeMonths: 6 };

describe('manualChecks', () => {
  it('asks what pixels cannot tell, each with the document’s own rule', () => {
    expect(manualChecks(RESIDENCE_CARD, { fromFrontCamera: false })).toEqual([
      { id: 'glasses', messageKey: 'manual.glasses.ask', ruleKey: 'specs:glasses.allowed', params: {} },
      { id: 'head-covering', messageKey: 'manual.head-covering.ask', ruleKey: 'specs:headCovering.religious-or-medical-with-statement', params: {} },
      { id: 'eyes-visible', messageKey: 'manual.eyes-visible.ask', ruleKey: null, params: {} },
      { id: 'photo-age', messageKey: 'manual.photo-age.ask', ruleKey: null, params: { count: 6 } },
      { id: 'no-retouching', messageKey: 'manual.no-retouching.ask', ruleKey: 'specs:retouching.forbidden', params: {} },
      { id: 'not-mirrored', messageKey: 'manual.not-mirrored.ask', ruleKey: null, params: {} },
    ]);
  });

  it('does not ask about mirroring after our own camera capture, which is never mirrored', () => {
    expect(manualChecks(RESIDENCE_CARD, { fromFrontCamera: true }).map((i) => i.id)).not.toContain('not-mirrored');
  });

  it('asks "no glasses" where glasses are forbidden, and for a recent photo where no age rule was found', () => {
    const items = manualChecks({ ...RESIDENCE_CARD, glasses: 'forbidden', maxAgeMonths: null }, { fromFrontCamera: true });
    expect(items.find((i) => i.id === 'glasses')?.messageKey).toBe('manual.glasses.ask-none');
    expect(items.find((i) => i.id === 'photo-age')).toEqual({ id: 'photo-age', messageKey: 'manual.photo-age.ask-recent', ruleKey: 'specs:maxAge.unknown', params: {} });
  });

  it('still asks, without rule texts, when the document has no rules (custom size)', () => {
    const items = manualChecks(null, { fromFrontCamera: false });
    expect(items.map((i) => i.id)).toEqual(['glasses', 'head-covering', 'eyes-visible', 'photo-age', 'no-retouching', 'not-mirrored']);
    expect(items.every((i) => i.ruleKey === null)).toBe(true);
  });
});
