import { measureFace } from '../../src/core/face/measure-face';
import type { FaceMeasurement } from '../../src/core/face/face-measurement';
import {
  formatSummary,
  hasTruthFace,
  loadTruth,
  loadTruthFace,
  summarise,
  truthErrors,
  TRUTH_FACE_HEIGHT_MM,
  type ErrorSummary,
  type TruthErrors,
  type TruthFace,
} from './truth-set';

/** One way of measuring a face from the saved model output, compared against the hand marks. */
export interface TruthVariant {
  readonly name: string;
  readonly measure: (face: TruthFace) => FaceMeasurement;
}

export const TRUTH_VARIANTS: readonly TruthVariant[] = [
  { name: 'landmark 152 chin (before)', measure: (t) => measureFace(t.faces, t.photo, t.matte) },
  { name: 'chin edge from the image (now)', measure: (t) => measureFace(t.faces, t.photo, t.matte, { grey: t.grey }) },
];

export interface VariantResult {
  readonly name: string;
  /** Photos with a person matte (crown measured); `chinErrors` also covers photos whose matte failed. */
  readonly errors: readonly TruthErrors[];
  readonly chinErrors: readonly TruthErrors[];
  readonly faceHeight: ErrorSummary;
  readonly topMargin: ErrorSummary;
  readonly chin: ErrorSummary;
}

/**
 * Every variant over every truth photo that has saved model output. Face height and top margin need the crown,
 * so photos whose matte failed during the capture count for the chin only.
 */
export function runTruthSet(variants: readonly TruthVariant[] = TRUTH_VARIANTS): VariantResult[] {
  const rows = loadTruth().filter((r) => hasTruthFace(r.stem));
  const faces = rows.map((r) => loadTruthFace(r.stem));
  return variants.map((variant) => {
    const all = rows.map((row, i) => ({ face: faces[i] as TruthFace, errors: truthErrors(row, variant.measure(faces[i] as TruthFace)) }));
    const errors = all.filter((a) => a.face.matte !== null).map((a) => a.errors);
    const chinErrors = all.map((a) => a.errors);
    return {
      name: variant.name,
      errors,
      chinErrors,
      faceHeight: summarise(errors.map((e) => e.faceHeightMm)),
      topMargin: summarise(errors.map((e) => e.topMarginMm)),
      chin: summarise(chinErrors.map((e) => e.chinMm)),
    };
  });
}

/** The table `npm run bench` prints. */
export function truthTable(results: readonly VariantResult[] = runTruthSet()): string {
  const lines = [`Truth set: errors against hand-marked crown and chin, mm at a ${TRUTH_FACE_HEIGHT_MM} mm face (tests/fixtures/truth.csv)`];
  for (const r of results) {
    lines.push(`\n${r.name}`);
    lines.push(formatSummary('  face height', r.faceHeight));
    lines.push(formatSummary('  top margin', r.topMargin));
    lines.push(formatSummary('  chin (also photos without matte)', r.chin));
  }
  const [first, ...rest] = results;
  if (first) {
    lines.push(`\nper photo: face height error, mm (${results.map((r) => r.name).join(' | ')})`);
    first.errors.forEach((e, i) => {
      const others = rest.map((r) => (r.errors[i]?.faceHeightMm ?? NaN).toFixed(2).padStart(6)).join(' ');
      lines.push(`  ${e.stem} ${e.chinConfidence.padEnd(7)} ${e.faceHeightMm.toFixed(2).padStart(6)} ${others}   top ${e.topMarginMm.toFixed(2).padStart(6)}`);
    });
  }
  return lines.join('\n');
}
