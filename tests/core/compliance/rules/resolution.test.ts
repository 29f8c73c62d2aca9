import { describe, expect, it } from 'vitest';
import { checkResolution, RESOLUTION_FAIL_DPI, RESOLUTION_PASS_DPI } from '../../../../src/core/compliance/rules/resolution';
import { makeInput } from '../make-input';

/** Output is 600 dpi; effective dpi = 600 / scale. */
describe('checkResolution', () => {
  it.each([
    [0.5, 'pass', 'ok'],
    [1, 'pass', 'ok'],
    [600 / RESOLUTION_PASS_DPI, 'pass', 'ok'],
    [600 / (RESOLUTION_PASS_DPI - 1), 'warn', 'upscaled'],
    [600 / RESOLUTION_FAIL_DPI, 'warn', 'upscaled'],
    [600 / (RESOLUTION_FAIL_DPI - 1), 'fail', 'too-low'],
    [600 / 60, 'fail', 'too-low'],
  ] as const)('scale %s → %s (%s)', (scale, status, verdict) => {
    const finding = checkResolution(makeInput({ plan: { scale } }));
    expect(finding).toMatchObject({ status, messageKey: `messages.resolution.${verdict}`, unit: 'dpi', limit: { min: 300 } });
    expect(finding.measured).toBeCloseTo(600 / scale, 6);
  });

  it('reports the enlargement and the eyes distance in source pixels (ICAO counts ≥ 90 px)', () => {
    // A 225×275 web portrait: eyes 50 px apart, face enlarged 5.4× for a 34 mm face at 600 dpi.
    const finding = checkResolution(makeInput({ plan: { scale: 5.4 }, face: { eyeImageLeft: { x: 85, y: 120 }, eyeImageRight: { x: 135, y: 120 } } }));
    expect(finding).toMatchObject({ status: 'fail', params: { dpi: 111, enlargement: 5.4, interEyePx: 50 } });
  });
});
