/** An optional band as a row writes it: either end may be open. */
interface OpenRange {
  readonly min?: number;
  readonly max?: number;
}
interface ClosedRange {
  readonly min: number;
  readonly max: number;
}

/**
 * The fields of a producible row that the geometry rules read. Declared here rather than taken from the schema's
 * inferred type, because the schema runs these rules in its refinement (document-spec-schema.ts imports this file).
 */
export interface PhotoGeometryRow {
  readonly kind: string;
  readonly widthMm: number;
  readonly heightMm: number;
  readonly faceHeightMm: ClosedRange;
  readonly topMarginMm: ClosedRange;
  readonly chinToBottomMm?: OpenRange;
  readonly centringToleranceMm: number;
  readonly eyeLineFromBottomMm?: ClosedRange;
  readonly headWidthMm?: ClosedRange;
  readonly inferred: readonly string[];
  readonly customSize?: unknown;
  readonly digital?: { readonly square?: boolean; readonly widthPx?: OpenRange; readonly heightPx?: OpenRange };
}

/** One broken invariant, with the path of the field to fix inside the row. */
export interface GeometryIssue {
  readonly path: readonly (string | number)[];
  readonly message: string;
}

/** Rounding slack for sums of decimal mm (0.1 + 0.2 ≠ 0.3 in binary floating point). */
const SUM_EPSILON_MM = 1e-9;

const mid = (range: { min: number; max: number }): number => (range.min + range.max) / 2;

/**
 * Invariants across fields of one producible row: the ranges must fit inside the photo together, and the
 * recommended layout (the midpoint of every range) must satisfy every other rule of the row, because that is
 * the layout the app produces by default.
 */
export function checkPhotoGeometry(spec: PhotoGeometryRow): GeometryIssue[] {
  const issues: GeometryIssue[] = [];
  const add = (path: (string | number)[], message: string): void => {
    issues.push({ path, message });
  };
  const { heightMm, widthMm, faceHeightMm: face, topMarginMm: top } = spec;

  if (face.max + top.min > heightMm + SUM_EPSILON_MM) {
    add(['faceHeightMm', 'max'], `face max ${face.max} + top margin min ${top.min} exceeds the photo height ${heightMm}`);
  }
  if (face.min + top.max > heightMm + SUM_EPSILON_MM) {
    add(['topMarginMm', 'max'], `top margin max ${top.max} + face min ${face.min} exceeds the photo height ${heightMm}`);
  }
  const chinToBottomAtMidMm = heightMm - mid(top) - mid(face);
  if (chinToBottomAtMidMm <= 0) {
    add(['faceHeightMm'], `the recommended layout (top ${mid(top)} + face ${mid(face)}) leaves no room below the chin`);
  }
  if (spec.chinToBottomMm) {
    const { min, max } = spec.chinToBottomMm;
    if ((min !== undefined && chinToBottomAtMidMm < min - SUM_EPSILON_MM) || (max !== undefined && chinToBottomAtMidMm > max + SUM_EPSILON_MM)) {
      add(['chinToBottomMm'], `the recommended layout leaves ${chinToBottomAtMidMm.toFixed(2)} mm below the chin, outside this range`);
    }
  }
  if (spec.centringToleranceMm >= widthMm / 2) {
    add(['centringToleranceMm'], `must be less than half the width (${widthMm / 2} mm)`);
  }
  if (spec.eyeLineFromBottomMm && spec.eyeLineFromBottomMm.max > heightMm) {
    add(['eyeLineFromBottomMm', 'max'], `is above the top edge of a ${heightMm} mm photo`);
  }
  if (spec.headWidthMm && spec.headWidthMm.max > widthMm) {
    add(['headWidthMm', 'max'], `is wider than the ${widthMm} mm photo`);
  }
  if (new Set(spec.inferred).size !== spec.inferred.length) add(['inferred'], 'lists a field twice');

  if (spec.kind === 'custom' && !spec.customSize) add(['customSize'], 'the custom row needs its proportions');
  if (spec.kind !== 'custom' && spec.customSize) add(['customSize'], 'only the custom row may carry proportions');

  const digital = spec.digital;
  if (digital) {
    if (digital.square && widthMm !== heightMm) add(['digital', 'square'], `a square upload needs a square photo, not ${widthMm}×${heightMm} mm`);
    if (digital.widthPx && digital.heightPx) {
      // Some whole-pixel size inside both bands must keep the photo's aspect ratio, or no export can satisfy the rule.
      const aspect = widthMm / heightMm;
      const lo = Math.max(digital.widthPx.min ?? 0, (digital.heightPx.min ?? 0) * aspect);
      const hi = Math.min(digital.widthPx.max ?? Infinity, (digital.heightPx.max ?? Infinity) * aspect);
      if (lo > hi) add(['digital', 'widthPx'], `no size in the pixel bands has the photo's ${widthMm}:${heightMm} aspect ratio`);
    }
  }
  return issues;
}
