import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { ComplianceInput } from '../../src/core/compliance/compliance-input';
import type { FindingStatus } from '../../src/core/compliance/finding';
import { checkPitch } from '../../src/core/compliance/rules/pitch';
import { checkRoll } from '../../src/core/compliance/rules/roll';
import { checkYaw } from '../../src/core/compliance/rules/yaw';
import type { FaceMeasurement } from '../../src/core/face/face-measurement';
import { headPoseFromMatrix } from '../../src/core/face/head-pose';
import { angleDeg, radToDeg, type Point } from '../../src/core/geometry';
import { loadTruth } from './truth-set';

/**
 * Head pose against a person's judgement: the fixture portraits (tests/fixtures/pose-truth.csv, judged by eye)
 * and the same portraits rotated on purpose (tests/fixtures/pose-faces, landmarks saved by
 * scripts/capture-truth-fixtures.mjs --landmarks-only; `_roll15` = turned 15° clockwise, `_rollm10` = 10° the
 * other way). A frontal face should pass (or at most warn), a clearly turned or tilted one should fail.
 */
const ROOT = resolve(import.meta.dirname, '../..');
const POSE_TRUTH_CSV = join(ROOT, 'tests/fixtures/pose-truth.csv');
const FACE_DIRS = [join(ROOT, 'tests/fixtures/truth-faces'), join(ROOT, 'tests/fixtures/pose-faces')];
/**
 * A rotated copy's head tilt is the original's (the eye line through the hand-marked pupils, truth.csv) plus the
 * rotation: clearly tilted from this size, level below LEVEL_BELOW_DEG; in between it is not judged.
 */
const CLEARLY_TILTED_DEG = 10;
const LEVEL_BELOW_DEG = 5;

export type Judged = 'frontal' | 'turned' | 'level' | 'raised' | 'tilted' | 'borderline';

export interface PoseCase {
  readonly stem: string;
  readonly yaw: Judged;
  readonly pitch: Judged;
  readonly roll: Judged;
  /** The matrix angles as the app read them before the line of sight was taken out. */
  readonly rawYawDeg: number;
  readonly rawPitchDeg: number;
  readonly face: Pick<FaceMeasurement, 'pose' | 'rollDeg'>;
}

interface Fixture {
  matrix: number[] | null;
  points: [number, number][];
}

/** Eye-line tilt of each original from the hand-marked pupils (image coordinates: clockwise positive). */
function handRollDeg(): Map<string, number> {
  return new Map(loadTruth().map((r) => [r.stem, angleDeg(r.pupilImageLeft, r.pupilImageRight)]));
}

function judgements(): Map<string, { yaw: Judged; pitch: Judged; roll: Judged }> {
  const [, ...lines] = readFileSync(POSE_TRUTH_CSV, 'utf8').trim().split('\n');
  return new Map(
    lines.map((line) => {
      const [photo, yaw, pitch, roll] = line.split(',');
      return [(photo ?? '').replace(/\.jpg$/, ''), { yaw: yaw as Judged, pitch: pitch as Judged, roll: roll as Judged }];
    }),
  );
}

function loadCase(dir: string, stem: string, judged: { yaw: Judged; pitch: Judged; roll: Judged }): PoseCase | null {
  const path = join(dir, `${stem}.face.json`);
  if (!existsSync(path)) return null;
  const fixture = JSON.parse(readFileSync(path, 'utf8')) as Fixture;
  if (!fixture.matrix) return null;
  const m = fixture.matrix;
  const at = (i: number): Point => {
    const p = fixture.points[i];
    if (!p) throw new Error(`${stem}: landmark ${i} missing`);
    return { x: p[0], y: p[1] };
  };
  const [left, right] = [at(468), at(473)].sort((a, b) => a.x - b.x) as [Point, Point];
  return {
    stem,
    ...judged,
    rawYawDeg: radToDeg(Math.asin(Math.max(-1, Math.min(1, -(m[2] ?? 0))))),
    rawPitchDeg: radToDeg(Math.atan2(m[6] ?? 0, m[10] ?? 1)),
    face: { pose: headPoseFromMatrix(m), rollDeg: angleDeg(left, right) },
  };
}

export function loadPoseCases(): PoseCase[] {
  const judged = judgements();
  const cases: PoseCase[] = [];
  for (const [stem, j] of judged) {
    const c = loadCase(FACE_DIRS[0] as string, stem, j);
    if (c) cases.push(c);
  }
  const variantsDir = FACE_DIRS[1] as string;
  if (existsSync(variantsDir)) {
    const handRoll = handRollDeg();
    for (const file of readdirSync(variantsDir).filter((f) => f.endsWith('.face.json')).sort()) {
      const stem = file.replace(/\.face\.json$/, '');
      // `_roll15`: turned 15° clockwise (ImageMagick -rotate 15); `_rollm10`: 10° anticlockwise.
      const match = /^(.+)_roll(m?)(\d+)$/.exec(stem);
      const original = match?.[1] ?? '';
      const base = judged.get(original);
      const ownRoll = handRoll.get(original);
      if (!match || !base || ownRoll === undefined) continue;
      const tilt = Math.abs(ownRoll + (match[2] === 'm' ? -1 : 1) * Number(match[3]));
      const roll: Judged = tilt >= CLEARLY_TILTED_DEG ? 'tilted' : tilt < LEVEL_BELOW_DEG ? 'level' : 'borderline';
      const c = loadCase(variantsDir, stem, { ...base, roll });
      if (c) cases.push(c);
    }
  }
  return cases;
}

/** The grading before this calibration: raw matrix angles, warn above 5°, fail above 8°. */
function gradeBefore(angleDeg: number): FindingStatus {
  const size = Math.abs(angleDeg);
  if (size > 8) return 'fail';
  if (size > 5) return 'warn';
  return 'pass';
}

function input(face: PoseCase['face']): ComplianceInput {
  return { face } as unknown as ComplianceInput;
}

export interface PoseTally {
  readonly axis: 'yaw' | 'pitch' | 'roll';
  readonly judged: Judged;
  readonly before: Record<FindingStatus, number>;
  readonly after: Record<FindingStatus, number>;
}

export function poseTallies(cases: readonly PoseCase[] = loadPoseCases()): PoseTally[] {
  const empty = (): Record<FindingStatus, number> => ({ pass: 0, warn: 0, fail: 0 });
  const tallies = new Map<string, PoseTally>();
  const add = (axis: PoseTally['axis'], judged: Judged, before: FindingStatus, after: FindingStatus) => {
    const key = `${axis}:${judged}`;
    const t = tallies.get(key) ?? { axis, judged, before: empty(), after: empty() };
    t.before[before]++;
    t.after[after]++;
    tallies.set(key, t);
  };
  for (const c of cases) {
    add('yaw', c.yaw, gradeBefore(c.rawYawDeg), checkYaw(input(c.face)).status);
    add('pitch', c.pitch, gradeBefore(c.rawPitchDeg), checkPitch(input(c.face)).status);
    const roll = checkRoll(input(c.face)).status;
    add('roll', c.roll, roll, roll);
  }
  return [...tallies.values()].sort((a, b) => `${a.axis}${a.judged}`.localeCompare(`${b.axis}${b.judged}`));
}

export function poseTable(cases: readonly PoseCase[] = loadPoseCases()): string {
  const fmt = (r: Record<FindingStatus, number>) => `${r.pass} pass / ${r.warn} warn / ${r.fail} fail`;
  const lines = ['Head pose against a person’s judgement (tests/fixtures/pose-truth.csv; before → after)'];
  for (const t of poseTallies(cases)) lines.push(`  ${t.axis.padEnd(5)} judged ${t.judged.padEnd(7)}  ${fmt(t.before).padEnd(26)} → ${fmt(t.after)}`);
  lines.push('\n  photo              judged (yaw/pitch/roll)   yaw raw → now   pitch raw → now   eye roll');
  for (const c of cases) {
    lines.push(
      `  ${c.stem.padEnd(18)} ${`${c.yaw}/${c.pitch}/${c.roll}`.padEnd(25)} ${c.rawYawDeg.toFixed(1).padStart(6)} → ${c.face.pose.yawDeg.toFixed(1).padStart(5)}   ${c.rawPitchDeg.toFixed(1).padStart(6)} → ${c.face.pose.pitchDeg.toFixed(1).padStart(5)}   ${c.face.rollDeg.toFixed(1).padStart(6)}`,
    );
  }
  return lines.join('\n');
}
