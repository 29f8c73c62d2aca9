import { describe, expect, it } from 'vitest';
import { checkBackgroundColour } from '../../../../src/core/compliance/rules/background-colour';
import { checkBackgroundUniformity } from '../../../../src/core/compliance/rules/background-uniformity';
import { srgbToLab } from '../../../../src/core/image-stats/srgb-to-lab';
import { BACKGROUND_STATS, makeInput } from '../make-input';

const kept = (stats: Partial<typeof BACKGROUND_STATS>) => makeInput({ background: { kept: true, stats: { ...BACKGROUND_STATS, ...stats } } });

describe('checkBackgroundUniformity', () => {
  it('does not apply when the background is replaced or not yet measured', () => {
    expect(checkBackgroundUniformity(makeInput({ background: { kept: false, stats: BACKGROUND_STATS } }))).toBeNull();
    expect(checkBackgroundUniformity(makeInput({ background: { kept: true, stats: null } }))).toBeNull();
  });

  it.each([
    [{ lightnessSpread: 3 }, 'pass', 'ok', 'lightness'],
    [{ lightnessSpread: 9.9 }, 'pass', 'ok', 'lightness'],
    [{ lightnessSpread: 10 }, 'warn', 'uneven', 'lightness'],
    [{ lightnessSpread: 20 }, 'fail', 'uneven', 'lightness'],
    [{ gradientMean: 112 }, 'pass', 'ok', 'lightness'],
    [{ gradientMean: 113 }, 'warn', 'textured', 'gradient'],
    [{ gradientMean: 198 }, 'fail', 'textured', 'gradient'],
  ] as const)('%j → %s (%s)', (stats, status, verdict, unit) => {
    expect(checkBackgroundUniformity(kept(stats))).toMatchObject({ status, messageKey: `messages.background-uniformity.${verdict}`, unit });
  });
});

/** Lab of a neutral grey with sRGB value v. */
const grey = (v: number) => ({ meanRgb: { r: v, g: v, b: v }, meanLab: srgbToLab({ r: v, g: v, b: v }) });

describe('checkBackgroundColour (ΔE*ab to the nearest allowed colour: #ffffff, #e2e2e2)', () => {
  it.each([
    [grey(255), 'pass', 'ok', '#ffffff'],
    [grey(226), 'pass', 'ok', '#e2e2e2'],
    // sRGB 205 is ΔE 7.5 below #e2e2e2, 191 is 12.5, 170 is 20.3; pale pink (255, 214, 214) is 15.3 off it.
    [grey(205), 'pass', 'ok', '#e2e2e2'],
    [grey(191), 'warn', 'too-dark', '#e2e2e2'],
    [grey(170), 'fail', 'too-dark', '#e2e2e2'],
    [{ meanRgb: { r: 93, g: 128, b: 144 }, meanLab: srgbToLab({ r: 93, g: 128, b: 144 }) }, 'fail', 'too-dark', '#e2e2e2'],
    [{ meanRgb: { r: 255, g: 214, b: 214 }, meanLab: srgbToLab({ r: 255, g: 214, b: 214 }) }, 'warn', 'off-colour', '#e2e2e2'],
  ] as const)('%j → %s (%s)', (stats, status, verdict, allowedColour) => {
    expect(checkBackgroundColour(kept(stats))).toMatchObject({ status, messageKey: `messages.background-colour.${verdict}`, unit: 'delta-e', params: { allowedColour } });
  });

  it('names the measured colour as hex', () => {
    expect(checkBackgroundColour(kept(grey(191)))?.params).toMatchObject({ measuredColour: '#bfbfbf' });
  });
});
