import { z } from 'zod';
import { documentSpecSchema, withDerivedFields, withoutDerivedFields, type CustomSizeRule, type ProducibleSpec } from './document-spec-schema';
import { findProducibleSpec } from './find-spec';
import { formatIssuePath } from './parse-spec-file';

/** The id of the custom-size row in specs/documents.json; every custom spec keeps it. */
export const CUSTOM_SPEC_ID = 'custom-size';

/** Derived lengths are rounded to 0.1 mm: the finest step that still shows at 600 dpi (≈ 2.4 px), and readable. */
const DERIVED_LENGTH_STEP_MM = 0.1;

/** Thrown by customSpec for sizes the user may not use; `issues` are `path: message` lines for the form. */
export class CustomSizeError extends Error {
  constructor(readonly issues: readonly string[]) {
    super(`invalid custom size: ${issues.join('; ')}`);
    this.name = 'CustomSizeError';
  }
}

export type CustomSizeResult =
  | { readonly ok: true; readonly spec: ProducibleSpec }
  | { readonly ok: false; readonly issues: readonly string[] };

function customRow(): ProducibleSpec & { customSize: CustomSizeRule } {
  const row = findProducibleSpec(CUSTOM_SPEC_ID);
  if (!row?.customSize) throw new Error(`specs/documents.json has no "${CUSTOM_SPEC_ID}" row with customSize`);
  return row as ProducibleSpec & { customSize: CustomSizeRule };
}

/** A number typed in a form: accepts full-width digits and a decimal comma ("３５，５" → 35.5). */
function typedNumber(value: unknown): unknown {
  if (typeof value !== 'string') return value;
  const text = value.normalize('NFKC').trim().replace(',', '.');
  return /^\d+(?:\.\d+)?$/.test(text) ? Number(text) : value;
}

function typedMmSchema(range: { min: number; max: number }) {
  return z.preprocess(
    typedNumber,
    z
      .number({ error: 'must be a number of millimetres' })
      .min(range.min, `must be at least ${range.min} mm`)
      .max(range.max, `must be at most ${range.max} mm`),
  );
}

function roundMm(mm: number): number {
  return Math.round(mm / DERIVED_LENGTH_STEP_MM) * DERIVED_LENGTH_STEP_MM;
}

/**
 * Validate a width and height typed by the user and scale the custom row's proportions to them
 * (face 70–80 % of the height as ICAO, top margin and centring as the Japanese passport, see the row's note).
 */
export function parseCustomSize(widthMm: unknown, heightMm: unknown): CustomSizeResult {
  const row = customRow();
  const rule = row.customSize;
  const inputSchema = z
    .strictObject({
      widthMm: typedMmSchema(rule.widthMm),
      heightMm: typedMmSchema(rule.heightMm),
    })
    .superRefine((size, ctx) => {
      const aspect = size.widthMm / size.heightMm;
      const { min, max } = rule.aspectWidthOverHeight;
      if (aspect < min || aspect > max) {
        ctx.addIssue({ code: 'custom', path: ['widthMm'], message: `width ÷ height must be between ${min} and ${max} (a face must fit)` });
      }
    });
  const input = inputSchema.safeParse({ widthMm, heightMm });
  if (!input.success) return { ok: false, issues: input.error.issues.map((i) => `${formatIssuePath(i.path, undefined)}: ${i.message}`) };

  const { widthMm: w, heightMm: h } = input.data;
  const candidate = {
    ...withoutDerivedFields(row),
    widthMm: w,
    heightMm: h,
    faceHeightMm: { min: roundMm(h * rule.faceHeightFraction.min), max: roundMm(h * rule.faceHeightFraction.max) },
    topMarginMm: { min: roundMm(h * rule.topMarginFraction.min), max: roundMm(h * rule.topMarginFraction.max) },
    centringToleranceMm: roundMm(w * rule.centringToleranceFractionOfWidth),
  };
  // The derived row must pass the same invariants as every row in the file.
  const checked = documentSpecSchema.safeParse(candidate);
  if (!checked.success) return { ok: false, issues: checked.error.issues.map((i) => `${formatIssuePath(i.path, undefined)}: ${i.message}`) };
  return { ok: true, spec: withDerivedFields(checked.data) as ProducibleSpec };
}

/** The spec for a custom photo size; throws CustomSizeError when the numbers are not allowed. */
export function customSpec(widthMm: number, heightMm: number): ProducibleSpec {
  const result = parseCustomSize(widthMm, heightMm);
  if (!result.ok) throw new CustomSizeError(result.issues);
  return result.spec;
}
