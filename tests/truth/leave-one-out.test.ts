import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FACE_TUNING } from '../../src/core/face/measure-face';
import {
  chooseEach,
  chooseOnAll,
  chooseTogether,
  figuresOf,
  inSampleOutcomes,
  leaveOneOut,
  loadTruthCases,
  LOOKED_TUNING,
  meanAbsolute,
  pickFromGrid,
  TRUTH_KNOBS,
  type Knob,
  type Procedure,
} from './leave-one-out';
import { runTruthSet } from './truth-report';

/** A synthetic photo's result under one tuning: which photo, and its error. */
interface Result {
  readonly photo: number;
  readonly errorMm: number;
}

type Tuning = Readonly<Record<string, number>>;

function knob(name: string, grid: readonly number[], loss: (training: readonly Result[]) => number): Knob<Tuning, Result> {
  return { name, grid, get: (t) => t[name] as number, set: (t, v) => ({ ...t, [name]: v }), loss };
}

const worst = (training: readonly Result[]): number => Math.max(...training.map((r) => Math.abs(r.errorMm)));
const mean = (training: readonly Result[]): number => meanAbsolute(training.map((r) => r.errorMm));

describe('leave-one-out: the procedure', () => {
  it('picks the lowest loss, and among tied values the middle one (the lower of two middles)', () => {
    expect(pickFromGrid([1, 2, 3, 4, 5], [5, 4, 3, 4, 5])).toBe(3);
    expect(pickFromGrid([1, 2, 3, 4, 5], [0, 0, 0, 1, 1])).toBe(2);
    expect(pickFromGrid([1, 2, 3, 4, 5], [1, 0, 0, 0, 0])).toBe(3);
    expect(pickFromGrid([1, 2, 3, 4], [0, 0, 0, 0])).toBe(2);
    expect(pickFromGrid([1, 2, 3, 4], [2, 0, 1e-12, 3])).toBe(2);
  });

  it('measures each photo with a value the others chose: the outlier sets the in-sample choice but not its own', () => {
    // Photo p wants the value TARGETS[p]; the loss is the worst error, so photo 4 alone pulls the choice to 3.
    const TARGETS = [2, 2, 2, 2, 4];
    const evaluate = (t: Tuning): Result[] => TARGETS.map((target, photo) => ({ photo, errorMm: (t.x as number) - target }));
    const x = knob('x', [0, 1, 2, 3, 4], worst);
    expect(chooseEach([x], { x: 2 }, evaluate).tuning).toEqual({ x: 3 });
    const folds = leaveOneOut(TARGETS.length, [x], { x: 2 }, evaluate);
    expect(folds.map((f) => f.choice.tuning.x)).toEqual([3, 3, 3, 3, 2]);
    expect(folds.map((f) => f.result)).toEqual([
      { photo: 0, errorMm: 1 },
      { photo: 1, errorMm: 1 },
      { photo: 2, errorMm: 1 },
      { photo: 3, errorMm: 1 },
      { photo: 4, errorMm: -2 },
    ]);
  });

  it('never shows a fold its own photo, and the choices ignore whatever that photo reads', () => {
    const tables = fc.record({
      photos: fc.integer({ min: 2, max: 6 }),
      seed: fc.array(fc.double({ min: -2, max: 2, noNaN: true }), { minLength: 60, maxLength: 60 }),
      scramble: fc.array(fc.double({ min: -5, max: 5, noNaN: true }), { minLength: 60, maxLength: 60 }),
    });
    fc.assert(
      fc.property(tables, ({ photos, seed, scramble }) => {
        const grids = { a: [0, 1, 2], b: [0, 1, 2, 3] };
        // Errors are a function of (photo, a, b) from the seed; a second table differs only for one photo.
        const table =
          (values: readonly number[], only?: number) =>
          (t: Tuning): Result[] =>
            Array.from({ length: photos }, (_, photo) => {
              const k = (photo * 12 + (t.a as number) * 4 + (t.b as number)) % 60;
              const source = only === undefined || only === photo ? values : seed;
              return { photo, errorMm: source[k] as number };
            });
        const knobs = [knob('a', grids.a, mean), knob('b', grids.b, worst)];
        for (const choose of [chooseEach, chooseTogether]) {
          // What the procedure saw, call by call: one call per fold, one list of photos per tuning measured.
          const seen: number[][][] = [];
          const spying: Procedure = (ks, start, measure) => {
            const calls: number[][] = [];
            seen.push(calls);
            return choose(ks, start, (t) => {
              const results = measure(t);
              calls.push(results.map((r) => (r as unknown as Result).photo));
              return results;
            });
          };
          const folds = leaveOneOut(photos, knobs, { a: 1, b: 1 }, table(seed), spying);
          expect(seen).toHaveLength(photos);
          seen.forEach((calls, heldOut) => {
            for (const c of calls) expect(c).toEqual(Array.from({ length: photos }, (_, p) => p).filter((p) => p !== heldOut));
          });
          for (let i = 0; i < photos; i++) {
            const otherwise = leaveOneOut(photos, knobs, { a: 1, b: 1 }, table(scramble, i), choose)[i];
            expect(otherwise?.choice.tuning).toEqual(folds[i]?.choice.tuning);
          }
        }
      }),
      { numRuns: 40 },
    );
  });

  it('chooseEach holds the others at the start; chooseTogether follows them until a sweep changes nothing', () => {
    // Best where a + b = 3. Each alone against the other's start (0) wants 2; in turn, a = 2 and then b = 1.
    const evaluate = (t: Tuning): Result[] => [{ photo: 0, errorMm: (t.a as number) + (t.b as number) - 3 }];
    const knobs = [knob('a', [0, 1, 2], mean), knob('b', [0, 1, 2], mean)];
    expect(chooseEach(knobs, { a: 0, b: 0 }, evaluate).tuning).toEqual({ a: 2, b: 2 });
    expect(chooseTogether(knobs, { a: 0, b: 0 }, evaluate)).toEqual({ tuning: { a: 2, b: 1 }, sweeps: 2, converged: true });
  });
});

describe('leave-one-out on the truth set', () => {
  const cases = loadTruthCases();
  const outcomes = inSampleOutcomes(cases);
  const [, now] = runTruthSet();

  it('reproduces today’s in-sample figures exactly with the app’s constants', () => {
    expect(outcomes).toHaveLength(20);
    expect(outcomes.map((o) => [o.stem, o.faceHeightMm, o.topMarginMm, o.chinMm])).toEqual(now?.errors.map((e) => [e.stem, e.faceHeightMm, e.topMarginMm, e.chinMm]));
    const figures = figuresOf(outcomes);
    expect(figures.faceHeight).toEqual(now?.faceHeight);
    expect(figures.topMargin).toEqual(now?.topMargin);
    expect(figures.faceHeight.withinHalfMmShare).toBe(0.85);
    expect(figures.faceHeight.maxMm.toFixed(2)).toBe('1.25');
    expect(outcomes.filter((o) => o.crownEdgeSoft).map((o) => o.stem)).toEqual(['L000582', 'N000189', 'S001163', 'W000738']);
    expect(outcomes.filter((o) => o.chinEdgeWeak).map((o) => o.stem)).toEqual(['H000324', 'M001137', 'N000189', 'R000053']);
  });

  it('offers every constant its looked-at value in the middle of an ascending grid, and changes only that constant', () => {
    for (const k of TRUTH_KNOBS) {
      expect(k.grid.indexOf(k.get(LOOKED_TUNING)), k.name).toBe((k.grid.length - 1) / 2);
      expect([...k.grid].sort((a, b) => a - b), k.name).toEqual(k.grid);
      const other = k.grid.find((v) => v !== k.get(LOOKED_TUNING)) as number;
      const moved = k.set(LOOKED_TUNING, other);
      expect(k.get(moved)).toBe(other);
      expect(TRUTH_KNOBS.filter((j) => j.get(moved) !== j.get(LOOKED_TUNING)).map((j) => j.name)).toEqual([k.name]);
    }
  });

  // The leave-one-out figures of this procedure are the app's out-of-sample estimate only while the app's
  // constants are what it chooses on all 20 photos (about a minute: one coordinate descent, ~60 tunings).
  it('the app’s constants are what the procedure chooses on all 20 photos from the looked-at values', () => {
    const choice = chooseOnAll(cases);
    expect(choice.converged).toBe(true);
    expect(choice.tuning).toEqual(FACE_TUNING);
  }, 300_000);
});
