import type { PhotoSpec } from '../photo-spec';
import { inRange, type Range } from '../units';
import type { Adjustments } from './adjustments';
import { editableRanges } from './adjustment-ranges';
import { ADJUSTMENT_STEP, snapToStep } from './nudge-adjustment';

export type AdjustmentInput =
  | { readonly ok: true; readonly value: number }
  | { readonly ok: false; readonly reason: 'not-a-number' | 'out-of-reach'; readonly range: Range };

/** Signs and decimal commas a phone keyboard or a Japanese IME may give, after NFKC folds full-width digits. */
const MINUS_SIGNS = /[\u2212\u2012\u2013\uFF0D]/g;
const DECIMAL_NUMBER = /^[+-]?(\d+([.,]\d*)?|[.,]\d+)$/;

/**
 * A value typed into a number field: full-width digits (３３．５), a decimal comma and a typographic minus are
 * accepted; the value is snapped to the field's step and must lie within editableRanges (tolerance plus reach).
 */
export function parseAdjustmentInput(spec: PhotoSpec, field: keyof Adjustments, text: string): AdjustmentInput {
  const range = editableRanges(spec)[field];
  const folded = text.normalize('NFKC').replace(MINUS_SIGNS, '-').replace(/\s+/g, '');
  if (!DECIMAL_NUMBER.test(folded)) return { ok: false, reason: 'not-a-number', range };
  const value = snapToStep(Number(folded.replace(',', '.')), ADJUSTMENT_STEP[field]);
  if (!inRange(value, range)) return { ok: false, reason: 'out-of-reach', range };
  return { ok: true, value };
}
