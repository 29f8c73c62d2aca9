import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { brotliDecompressSync } from 'node:zlib';
import jpeg from 'jpeg-js';
import type { Point } from '../../src/core/geometry';
import { greyPlaneOf, type GreyPlane } from '../../src/core/image-stats/grey-plane';
import type { FaceLandmarks, PersonMatte } from '../../src/core/face/model-outputs';
import type { FaceMeasurement } from '../../src/core/face/face-measurement';

/**
 * The hand-marked truth set (tests/fixtures/truth.csv, conventions in truth.md) and the model output saved for the
 * same photos (tests/fixtures/truth-faces, written by scripts/capture-truth-fixtures.mjs): lets the unit tests and
 * `npm run bench` replay the pure measurement code against points a person marked, with no model.
 */
const ROOT = resolve(import.meta.dirname, '../..');
export const TRUTH_CSV = join(ROOT, 'tests/fixtures/truth.csv');
export const TRUTH_FACES_DIR = join(ROOT, 'tests/fixtures/truth-faces');
export const TRUTH_PHOTOS_DIR = join(ROOT, 'tests/fixtures/photos');
/** The figures are in mm at this face height: the Japanese passport's 34 mm (32–36 mm). */
export const TRUTH_FACE_HEIGHT_MM = 34;

export type PointConfidence = 'clear' | 'soft' | 'shadow' | 'beard' | 'cap' | 'occluded' | 'blends' | 'glasses';

export interface TruthRow {
  readonly stem: string;
  readonly crown: Point;
  readonly crownConfidence: PointConfidence;
  readonly chin: Point;
  readonly chinConfidence: PointConfidence;
  readonly pupilImageLeft: Point;
  readonly pupilImageRight: Point;
  readonly notes: string;
}

function splitCsvLine(line: string): string[] {
  const cells: string[] = [];
  let cell = '';
  let quoted = false;
  for (const ch of line) {
    if (ch === '"') quoted = !quoted;
    else if (ch === ',' && !quoted) {
      cells.push(cell);
      cell = '';
    } else cell += ch;
  }
  cells.push(cell);
  return cells;
}

export function loadTruth(): TruthRow[] {
  const [header, ...lines] = readFileSync(TRUTH_CSV, 'utf8').trim().split('\n');
  const names = splitCsvLine(header ?? '');
  return lines.map((line) => {
    const cells = splitCsvLine(line);
    const get = (name: string): string => {
      const i = names.indexOf(name);
      if (i < 0 || cells[i] === undefined) throw new Error(`truth.csv: no column ${name}`);
      return cells[i];
    };
    const num = (name: string): number => {
      const n = Number(get(name));
      if (!Number.isFinite(n)) throw new Error(`truth.csv: ${name} is not a number in ${line}`);
      return n;
    };
    return {
      stem: get('photo').replace(/\.jpg$/, ''),
      crown: { x: num('crown_x'), y: num('crown_y') },
      crownConfidence: get('crown_confidence') as PointConfidence,
      chin: { x: num('chin_x'), y: num('chin_y') },
      chinConfidence: get('chin_confidence') as PointConfidence,
      pupilImageLeft: { x: num('pupil_left_x'), y: num('pupil_left_y') },
      pupilImageRight: { x: num('pupil_right_x'), y: num('pupil_right_y') },
      notes: get('notes'),
    };
  });
}

export interface TruthFace {
  readonly stem: string;
  readonly faces: FaceLandmarks[];
  readonly matte: PersonMatte | null;
  readonly photo: { widthPx: number; heightPx: number };
  /** The photo's grey levels at source resolution (Rec. 601 luma, as the hand marking read them). */
  readonly grey: GreyPlane;
}

interface FaceFixture {
  sourceWidthPx: number;
  sourceHeightPx: number;
  matrix: number[] | null;
  blendshapes: Record<string, number>;
  matte: { width: number; height: number; sourcePxPerMattePx: number; originXPx?: number; originYPx?: number } | null;
  points: [number, number][];
}

export function hasTruthFace(stem: string): boolean {
  return existsSync(join(TRUTH_FACES_DIR, `${stem}.face.json`));
}

export function loadTruthFace(stem: string): TruthFace {
  const fixture = JSON.parse(readFileSync(join(TRUTH_FACES_DIR, `${stem}.face.json`), 'utf8')) as FaceFixture;
  const mattePath = join(TRUTH_FACES_DIR, `${stem}.matte.br`);
  const matte: PersonMatte | null =
    fixture.matte && existsSync(mattePath) ? { ...fixture.matte, alpha: new Uint8Array(brotliDecompressSync(readFileSync(mattePath))) } : null;
  const decoded = jpeg.decode(readFileSync(join(TRUTH_PHOTOS_DIR, `${stem}.jpg`)), { useTArray: true });
  return {
    stem,
    faces: [{ points: fixture.points.map(([x, y]) => ({ x, y })), blendshapes: fixture.blendshapes, matrix: fixture.matrix }],
    matte,
    photo: { widthPx: fixture.sourceWidthPx, heightPx: fixture.sourceHeightPx },
    grey: greyPlaneOf({ width: decoded.width, height: decoded.height, data: decoded.data }),
  };
}

export interface TruthErrors {
  readonly stem: string;
  /** Output face height minus the hand-marked one, mm, when the photo is scaled to TRUTH_FACE_HEIGHT_MM. */
  readonly faceHeightMm: number;
  /** Hand-marked top margin minus the planned one, mm (positive: the real crown sits lower than planned). */
  readonly topMarginMm: number;
  /** Hand-marked chin minus the measured chin along the face axis, mm (positive: the real chin is lower). */
  readonly chinMm: number;
  readonly crownConfidence: PointConfidence;
  readonly chinConfidence: PointConfidence;
}

/** Errors of one measurement against the hand marks, along the measurement's own vertical face axis. */
export function truthErrors(row: TruthRow, face: FaceMeasurement): TruthErrors {
  const r = (face.rollDeg * Math.PI) / 180;
  const along = (p: Point): number => -Math.sin(r) * p.x + Math.cos(r) * p.y;
  const crownV = along(face.crown);
  const chinV = along(face.chin);
  const mmPerPx = TRUTH_FACE_HEIGHT_MM / (chinV - crownV);
  const truthCrownV = along(row.crown);
  const truthChinV = along(row.chin);
  return {
    stem: row.stem,
    faceHeightMm: (chinV - crownV - (truthChinV - truthCrownV)) * mmPerPx,
    topMarginMm: (truthCrownV - crownV) * mmPerPx,
    chinMm: (truthChinV - chinV) * mmPerPx,
    crownConfidence: row.crownConfidence,
    chinConfidence: row.chinConfidence,
  };
}

export interface ErrorSummary {
  readonly count: number;
  readonly medianMm: number;
  readonly p90Mm: number;
  readonly maxMm: number;
  /** Share of photos within ±0.5 mm. */
  readonly withinHalfMmShare: number;
}

/** Median, 90th percentile (nearest rank) and maximum of absolute errors. */
export function summarise(errorsMm: readonly number[]): ErrorSummary {
  const a = errorsMm.map(Math.abs).sort((x, y) => x - y);
  const n = a.length;
  if (n === 0) return { count: 0, medianMm: 0, p90Mm: 0, maxMm: 0, withinHalfMmShare: 0 };
  const median = n % 2 ? (a[(n - 1) / 2] as number) : ((a[n / 2 - 1] as number) + (a[n / 2] as number)) / 2;
  return {
    count: n,
    medianMm: median,
    p90Mm: a[Math.min(n - 1, Math.ceil(0.9 * n) - 1)] as number,
    maxMm: a[n - 1] as number,
    withinHalfMmShare: a.filter((x) => x <= 0.5).length / n,
  };
}

export function formatSummary(label: string, s: ErrorSummary): string {
  return `${label.padEnd(34)} n=${String(s.count).padStart(2)}  median ${s.medianMm.toFixed(2)}  p90 ${s.p90Mm.toFixed(2)}  max ${s.maxMm.toFixed(2)} mm  within ±0.5 mm ${(100 * s.withinHalfMmShare).toFixed(0)} %`;
}
