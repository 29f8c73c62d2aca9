import { describe, expect, it } from 'vitest';
import { checkCompliance, RULES, sortFindings } from '../../../src/core/compliance/check-compliance';
import { makeFinding, RULE_NAMES } from '../../../src/core/compliance/finding';
import { BACKGROUND_STATS, makeInput } from './make-input';

describe('checkCompliance', () => {
  it('passes a good photo on every rule that applies, in the fixed rule order', () => {
    const findings = checkCompliance(makeInput());
    expect(findings.every((f) => f.status === 'pass')).toBe(true);
    // No eye-line rule in the spec, background replaced, not a camera capture.
    expect(findings.map((f) => f.rule)).toEqual(RULE_NAMES.filter((r) => !['eye-line', 'background-uniformity', 'background-colour', 'mirrored-selfie'].includes(r)));
  });

  it('reports every rule when everything applies', () => {
    const findings = checkCompliance(
      makeInput({ spec: { eyeLineFromBottomMm: { min: 22.5, max: 31.5 } }, background: { kept: true, stats: BACKGROUND_STATS }, source: { fromFrontCamera: true } }),
    );
    expect(findings.map((f) => f.rule).sort()).toEqual([...RULE_NAMES].sort());
    expect(RULES).toHaveLength(RULE_NAMES.length);
  });

  it('puts failures first, then warnings, then passes', () => {
    const findings = checkCompliance(makeInput({ plan: { topMarginMm: 2.1, faceHeightMm: 40 }, face: { faceCount: 2, rollDeg: 5 } }));
    expect(findings.slice(0, 4).map((f) => [f.rule, f.status])).toEqual([
      ['single-face', 'fail'],
      ['face-height', 'fail'],
      ['top-margin', 'warn'],
      ['roll', 'warn'],
    ]);
    expect(findings.slice(4).every((f) => f.status === 'pass')).toBe(true);
  });

  it('skips the pixel rules until the statistics exist', () => {
    const rules = checkCompliance(makeInput({ faceStats: null })).map((f) => f.rule);
    expect(rules).not.toContain('exposure');
    expect(rules).not.toContain('sharpness');
  });
});

describe('sortFindings', () => {
  it('orders by status, then by the report order, without changing its input', () => {
    const parts = { measured: 1, limit: {}, unit: 'mm' as const };
    const input = [makeFinding('sharpness', 'warn', 'blurred', parts), makeFinding('face-height', 'pass', 'ok', parts), makeFinding('roll', 'warn', 'levelled', parts)];
    expect(sortFindings(input).map((f) => f.rule)).toEqual(['roll', 'sharpness', 'face-height']);
    expect(input[0]?.rule).toBe('sharpness');
  });
});
