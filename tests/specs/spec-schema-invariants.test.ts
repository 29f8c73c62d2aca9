import { describe, expect, it } from 'vitest';
import rawSpecFile from '../../specs/documents.json';
import { parseSpecFile, SpecTableError } from '../../src/specs';

type Json = Record<string, unknown>;

/** A fresh copy of the real file, so each case breaks exactly one thing in otherwise valid data. */
function validFile(): { palette: Json[]; documents: Json[] } {
  return structuredClone(rawSpecFile) as unknown as { palette: Json[]; documents: Json[] };
}

function row(file: { documents: Json[] }, id: string): Json {
  const found = file.documents.find((r) => r.id === id);
  if (!found) throw new Error(`fixture row ${id} missing`);
  return found;
}

function issuesOf(file: unknown): readonly string[] {
  try {
    parseSpecFile(file);
  } catch (error) {
    if (error instanceof SpecTableError) return error.issues;
    throw error;
  }
  return [];
}

interface Case {
  readonly invariant: string;
  readonly breakIt: (file: { palette: Json[]; documents: Json[] }) => void;
  /** The `path: message` line the parser must report (a substring of it). */
  readonly expected: string;
}

const cases: readonly Case[] = [
  {
    invariant: 'a rule that includes the hair is measured from the hair top',
    breakIt: (f) => ((row(f, 'jp-residence-card').hairRule as Json).crownMeasuredAt = 'skull-top'),
    expected: '(jp-residence-card).hairRule.crownMeasuredAt: a rule that includes hair must measure from the hair-top',
  },
  {
    invariant: 'a rule that excludes the hair is measured from the skull top',
    breakIt: (f) => ((row(f, 'kr-passport').hairRule as Json).crownMeasuredAt = 'hair-top'),
    expected: '(kr-passport).hairRule.crownMeasuredAt: a rule that excludes hair must measure from the skull-top',
  },
  {
    invariant: 'range min ≤ max',
    breakIt: (f) => (row(f, 'jp-passport').faceHeightMm = { min: 36, max: 32 }),
    expected: 'documents[1] (jp-passport).faceHeightMm.min: min 36 is above max 32',
  },
  {
    invariant: 'face max + top-margin min ≤ height',
    breakIt: (f) => (row(f, 'jp-residence-card').faceHeightMm = { min: 30, max: 39 }),
    expected: 'documents[0] (jp-residence-card).faceHeightMm.max: face max 39 + top margin min 2 exceeds the photo height 40',
  },
  {
    invariant: 'top-margin max + face min ≤ height',
    breakIt: (f) => (row(f, 'jp-residence-card').topMarginMm = { min: 2, max: 20 }),
    expected: '(jp-residence-card).topMarginMm.max: top margin max 20 + face min 22 exceeds the photo height 40',
  },
  {
    invariant: 'the midpoint layout satisfies the chin-to-bottom rule',
    breakIt: (f) => (row(f, 'jp-passport').chinToBottomMm = { min: 8, max: 9 }),
    expected: '(jp-passport).chinToBottomMm: the recommended layout leaves 7.00 mm below the chin, outside this range',
  },
  {
    invariant: 'photo edges are plausible mm, not px',
    breakIt: (f) => (row(f, 'jp-passport').widthMm = 413),
    expected: '(jp-passport).widthMm: must be at most 120 mm (is this a pixel count?)',
  },
  {
    invariant: 'photo edges are not implausibly small',
    breakIt: (f) => (row(f, 'jp-passport').heightMm = 4.5),
    expected: '(jp-passport).heightMm: must be at least 10 mm',
  },
  {
    invariant: 'range lengths are plausible mm, not px',
    breakIt: (f) => (row(f, 'jp-passport').topMarginMm = { min: 24, max: 354 }),
    expected: '(jp-passport).topMarginMm.max: must be at most 120 mm (is this a pixel count?)',
  },
  {
    invariant: 'the default background is among the allowed colours',
    breakIt: (f) => (row(f, 'jp-passport').background = { rule: 'white-only', default: '#e2e2e2', allowed: ['#ffffff'] }),
    expected: '(jp-passport).background.default: #e2e2e2 is not among the allowed colours',
  },
  {
    invariant: 'background colours are hex',
    breakIt: (f) => (row(f, 'jp-passport').background = { rule: 'white-only', default: 'white', allowed: ['white'] }),
    expected: '(jp-passport).background.default: must be a lowercase CSS hex colour like #ffffff',
  },
  {
    invariant: 'background colours come from the palette',
    breakIt: (f) => (row(f, 'jp-passport').background = { rule: 'white-only', default: '#fefefe', allowed: ['#fefefe'] }),
    expected: '(jp-passport).background.allowed[0]: #fefefe is not in the palette',
  },
  {
    invariant: 'ids are unique',
    breakIt: (f) => (row(f, 'jp-my-number-card').id = 'jp-passport'),
    expected: 'documents[2] (jp-passport).id: duplicate id "jp-passport" (first at documents[1])',
  },
  {
    invariant: 'ids are kebab-case',
    breakIt: (f) => (row(f, 'jp-passport').id = 'JP_passport'),
    expected: '(JP_passport).id: must be kebab-case',
  },
  {
    invariant: 'rows are strict (no unknown fields)',
    breakIt: (f) => (row(f, 'jp-passport').faceHeightPx = 400),
    expected: '(jp-passport): Unrecognized key: "faceHeightPx"',
  },
  {
    invariant: 'a counter-photographed row carries no geometry',
    breakIt: (f) => {
      const r = row(f, 'jp-passport');
      r.capture = 'in-person';
    },
    expected: '(jp-passport): Unrecognized keys',
  },
  {
    invariant: 'centring tolerance is less than half the width',
    breakIt: (f) => (row(f, 'jp-passport').centringToleranceMm = 17.5),
    expected: '(jp-passport).centringToleranceMm: must be less than half the width (17.5 mm)',
  },
  {
    invariant: 'every row has a source',
    breakIt: (f) => (row(f, 'jp-passport').sources = []),
    expected: '(jp-passport).sources: every row needs at least one source',
  },
  {
    invariant: 'sources carry an ISO date',
    breakIt: (f) => ((row(f, 'jp-passport').sources as Json[])[0]!.checkedOn = '21/11/2026'),
    expected: '(jp-passport).sources[0].checkedOn: must be a date like 2026-11-21',
  },
  {
    invariant: 'a digital pixel band admits the photo aspect ratio',
    breakIt: (f) => {
      const digital = row(f, 'jp-my-number-card').digital as Json;
      digital.widthPx = { min: 480, max: 500 };
      digital.heightPx = { min: 1000, max: 1200 };
    },
    expected: "(jp-my-number-card).digital.widthPx: no size in the pixel bands has the photo's 35:45 aspect ratio",
  },
  {
    invariant: 'a file-size band has min ≤ max',
    breakIt: (f) => ((row(f, 'jp-my-number-card').digital as Json).fileSizeKb = { min: 700, max: 20 }),
    expected: '(jp-my-number-card).digital.fileSizeKb.min: min 700 is above max 20',
  },
  {
    invariant: 'only the custom row carries custom proportions, and it must',
    breakIt: (f) => (row(f, 'jp-passport').kind = 'custom'),
    expected: '(jp-passport).customSize: the custom row needs its proportions',
  },
];

describe('spec schema invariants', () => {
  it('the real file is valid', () => {
    expect(issuesOf(validFile())).toEqual([]);
  });

  it.each(cases)('rejects a row that breaks: $invariant', ({ breakIt, expected }) => {
    const file = validFile();
    breakIt(file);
    const issues = issuesOf(file);
    expect(issues.some((line) => line.includes(expected)), `got:\n${issues.join('\n')}`).toBe(true);
  });

  it('reports every problem at once, one `path: message` per line', () => {
    const file = validFile();
    row(file, 'jp-passport').widthMm = 413;
    row(file, 'jp-residence-card').topMarginMm = { min: 8, max: 2 };
    expect(() => parseSpecFile(file)).toThrow(/\(2 problems\):\ndocuments\[0\] \(jp-residence-card\)\.topMarginMm\.min: .*\ndocuments\[1\] \(jp-passport\)\.widthMm: /);
  });
});
