import { describe, expect, it } from 'vitest';
import { checkCompliance } from '../../../src/core/compliance/check-compliance';
import type { FindingStatus, RuleName } from '../../../src/core/compliance/finding';
import { angleDeg, type Point } from '../../../src/core/geometry';
import fixture from './fixture-faces.json';
import { FACE, makeInput } from './make-input';
import { landmarkPoints } from '../../helpers/synthetic-face';

/**
 * Calibration record: the landmark model's real output on the 20 public-domain fixture portraits (official US
 * Congress photos: 18 of 20 smile, most with teeth; heads turned up to 13°; all look into the lens). These
 * tallies are what the thresholds give today; change them only with a reason.
 */
type FixtureFace = (typeof fixture.faces)[keyof typeof fixture.faces];

function inputFor(face: FixtureFace) {
  const at = Object.fromEntries((Object.entries(face.points) as [string, [number, number]][]).map(([index, [x, y]]) => [index, { x, y }]));
  const points = landmarkPoints({ x: 0, y: 0 }, at);
  const [eyeImageLeft, eyeImageRight] = [points[468] as Point, points[473] as Point].sort((a, b) => a.x - b.x) as [Point, Point];
  return makeInput({
    landmarks: points,
    face: { ...FACE, eyeImageLeft, eyeImageRight, chin: points[152] as Point, rollDeg: angleDeg(eyeImageLeft, eyeImageRight), pose: face.pose, expression: face.blendshapes, faceCount: face.faceCount },
  });
}

function tally(rule: RuleName): Record<FindingStatus, string[]> {
  const result: Record<FindingStatus, string[]> = { pass: [], warn: [], fail: [] };
  for (const [name, face] of Object.entries(fixture.faces)) {
    const finding = checkCompliance(inputFor(face)).find((f) => f.rule === rule);
    if (finding) result[finding.status].push(name);
  }
  return result;
}

describe('fixture portraits (landmark model output)', () => {
  it('has all 20 portraits, one face each', () => {
    expect(Object.keys(fixture.faces)).toHaveLength(20);
    expect(tally('single-face').pass).toHaveLength(20);
  });

  it('finds every pair of eyes open, smiles that squeeze the lids included', () => {
    expect(tally('eyes-open').pass).toHaveLength(20);
  });

  it('finds every subject looking into the lens once head turn and eye turn are added', () => {
    expect(tally('gaze').pass).toHaveLength(20);
  });

  it('passes only the two unsmiling faces for expression', () => {
    const { pass, warn, fail } = tally('neutral-expression');
    expect(pass.sort()).toEqual(['G000551', 'S001163']);
    expect(warn).toEqual([]);
    expect(fail).toHaveLength(18);
  });

  it('passes only the closed mouths; slightly parted lips and a moustache warn', () => {
    const { pass, warn, fail } = tally('mouth-closed');
    expect(pass.sort()).toEqual(['C001061', 'S001163']);
    expect(warn.sort()).toEqual(['G000551', 'J000032', 'M001188']);
    expect(fail).toHaveLength(15);
  });

  it('grades head turn against ICAO ±5° with 3° of estimate doubt, seen from the lens', () => {
    const { pass, warn, fail } = tally('yaw');
    expect([pass.length, warn.length, fail.length]).toEqual([11, 5, 4]);
    // Four of the five heads judged turned by eye (tests/fixtures/pose-truth.csv); the fifth, N000147, warns.
    expect(fail.sort()).toEqual(['C001061', 'H001050', 'S000030', 'S001163']);
    expect(warn).toContain('N000147');
  });

  it('fails no portrait a person judges level for pitch; only the raised chin fails (issue 15)', () => {
    const { pass, warn, fail } = tally('pitch');
    // Before the line of sight was taken out and the doubt widened: 13 pass, 4 warn, 3 fail (C001061, N000147, P000612).
    expect([pass.length, warn.length, fail.length]).toEqual([13, 6, 1]);
    expect(fail).toEqual(['N000147']);
  });

  it('fails the two visibly tilted heads for roll and warns where levelling was needed', () => {
    const { pass, warn, fail } = tally('roll');
    expect(fail.sort()).toEqual(['C001061', 'H000324', 'W000738']);
    expect(pass.length + warn.length).toBe(17);
  });
});
