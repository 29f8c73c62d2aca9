import { z } from 'zod';
import { checkPhotoGeometry } from './check-photo-geometry';

/**
 * The strict zod schema for one row of specs/documents.json. Every length is on the printed photo in mm.
 * Row-level invariants live in check-photo-geometry.ts; table-level ones (unique ids, palette) in spec-file-schema.ts.
 */

/** Shortest photo edge we accept: smaller than any real ID photo (the smallest, the driver's licence, is 24 mm). */
export const MIN_PHOTO_EDGE_MM = 10;
/** Longest photo edge we accept: a length above this is almost certainly a pixel count typed where mm belong. */
export const MAX_PHOTO_EDGE_MM = 120;
/** Pixel bands below this are not a photo rule (a thumbnail); above it, a typo. */
export const MIN_RULE_PX = 50;
export const MAX_RULE_PX = 20_000;
/** File-size rules above 50 MB are a unit mistake (MB written as KB). */
export const MAX_RULE_FILE_SIZE_KB = 50_000;
/** No authority asks for a photo older than two years. */
export const MAX_PHOTO_AGE_MONTHS = 24;

export const KEBAB_CASE_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const HEX_COLOUR = /^#[0-9a-f]{6}$/;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

export const confidenceSchema = z
  .enum(['high', 'medium', 'low'])
  .describe('high: the issuing authority was read; medium: independent secondary copies agree; low: one secondary source or our inference');
export type Confidence = z.infer<typeof confidenceSchema>;

export const documentKindSchema = z.enum(['japanese-document', 'passport', 'visa', 'job-exam', 'generic', 'custom']);
export type DocumentKind = z.infer<typeof documentKindSchema>;

export const hexColourSchema = z.string().regex(HEX_COLOUR, 'must be a lowercase CSS hex colour like #ffffff');

/** A length on the photo in mm: never negative, never pixel-sized. */
const mmSchema = z
  .number()
  .min(0, 'must not be negative')
  .max(MAX_PHOTO_EDGE_MM, `must be at most ${MAX_PHOTO_EDGE_MM} mm (is this a pixel count?)`);

const photoEdgeMmSchema = z
  .number()
  .min(MIN_PHOTO_EDGE_MM, `must be at least ${MIN_PHOTO_EDGE_MM} mm`)
  .max(MAX_PHOTO_EDGE_MM, `must be at most ${MAX_PHOTO_EDGE_MM} mm (is this a pixel count?)`);

function closedRange(value: z.ZodNumber) {
  return z.strictObject({ min: value, max: value }).superRefine((range, ctx) => {
    if (range.min > range.max) ctx.addIssue({ code: 'custom', path: ['min'], message: `min ${range.min} is above max ${range.max}` });
  });
}

/** A band where either end may be open (a minimum file size only, a maximum width only…). */
function openRange(value: z.ZodNumber) {
  return z.strictObject({ min: value.optional(), max: value.optional() }).superRefine((range, ctx) => {
    if (range.min === undefined && range.max === undefined) ctx.addIssue({ code: 'custom', message: 'needs min, max or both' });
    if (range.min !== undefined && range.max !== undefined && range.min > range.max) {
      ctx.addIssue({ code: 'custom', path: ['min'], message: `min ${range.min} is above max ${range.max}` });
    }
  });
}

export const mmRangeSchema = closedRange(mmSchema);
const fractionSchema = z.number().gt(0, 'must be above 0').lt(1, 'must be below 1');

const localizedTextSchema = z.strictObject({
  en: z.string().min(1),
  ja: z.string().min(1).optional().describe('Falls back to en when absent'),
});

const namesSchema = z.strictObject({
  en: z.string().min(1),
  ja: z.string().min(1),
  local: z
    .strictObject({
      lang: z.string().regex(/^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/, 'must be a BCP 47 language tag like zh-CN'),
      text: z.string().min(1),
    })
    .optional()
    .describe("The name in the issuing country's language, when that is neither English nor Japanese"),
});

const sourceSchema = z.strictObject({
  title: z.string().min(1),
  url: z.url({ protocol: /^https?$/, error: 'must be an http(s) URL' }),
  checkedOn: z.string().regex(ISO_DATE, 'must be a date like 2026-11-21'),
  official: z.boolean().describe('True when the page is published by the issuing authority or one of its offices'),
});

/** Fields whose value is our inference, not a figure the authority publishes; the UI marks them as such. */
export const inferableFieldSchema = z.enum([
  'widthMm',
  'heightMm',
  'faceHeightMm',
  'topMarginMm',
  'centringToleranceMm',
  'eyeLineFromBottomMm',
  'background.default',
  'background.allowed',
  'colour',
  'maxAgeMonths',
  'writeOnBack',
]);
export type InferableField = z.infer<typeof inferableFieldSchema>;

export const backgroundRuleSchema = z
  .enum(['white-only', 'white-or-off-white', 'light-plain', 'listed-colours', 'plain-unprescribed'])
  .describe('Plain words for each rule live in the i18n namespace "specs" under background.rule');

const backgroundSchema = z
  .strictObject({
    rule: backgroundRuleSchema,
    default: hexColourSchema,
    allowed: z.array(hexColourSchema).min(1),
  })
  .superRefine((bg, ctx) => {
    if (!bg.allowed.includes(bg.default)) {
      ctx.addIssue({ code: 'custom', path: ['default'], message: `${bg.default} is not among the allowed colours` });
    }
    if (new Set(bg.allowed).size !== bg.allowed.length) ctx.addIssue({ code: 'custom', path: ['allowed'], message: 'lists a colour twice' });
  });

const pixelCountSchema = z.number().int('must be a whole number of pixels').min(MIN_RULE_PX).max(MAX_RULE_PX);

export const digitalRuleSchema = z
  .strictObject({
    formats: z.array(z.enum(['jpeg', 'png', 'bmp'])).min(1),
    widthPx: openRange(pixelCountSchema).optional(),
    heightPx: openRange(pixelCountSchema).optional(),
    square: z.boolean().optional().describe('The upload must be exactly square'),
    fileSizeKb: openRange(z.number().positive().max(MAX_RULE_FILE_SIZE_KB)).optional(),
    colourSpace: z.enum(['srgb']).optional(),
    confidence: confidenceSchema,
    note: localizedTextSchema.optional(),
  })
  .describe('Rules for an upload (online application); absent when only prints are accepted or the rule was not found');
export type DigitalRule = z.infer<typeof digitalRuleSchema>;

/** Proportions that turn any width × height typed by the user into a spec (the custom row only). */
export const customSizeRuleSchema = z.strictObject({
  widthMm: closedRange(photoEdgeMmSchema),
  heightMm: closedRange(photoEdgeMmSchema),
  aspectWidthOverHeight: closedRange(z.number().positive()),
  faceHeightFraction: closedRange(fractionSchema),
  topMarginFraction: closedRange(fractionSchema),
  centringToleranceFractionOfWidth: fractionSchema,
});
export type CustomSizeRule = z.infer<typeof customSizeRuleSchema>;

/**
 * Whether the face height counts the hair. Authorities say it in so many words (ISA: 「頭頂部(髪を含む。)」; the
 * German template: the top of the head "unter Vernachlässigung der Frisur"), or say only "top of the head" and
 * leave it open. `crownMeasuredAt` is the crown the app measures; where the rule is open it is our choice, and
 * `reason` says why.
 */
export const hairRuleKindSchema = z.enum(['includes-hair', 'excludes-hair', 'undefined']);
export type HairRuleKind = z.infer<typeof hairRuleKindSchema>;
export const crownMeasuredAtSchema = z.enum(['hair-top', 'skull-top']);
export type CrownMeasuredAt = z.infer<typeof crownMeasuredAtSchema>;

export const hairRuleSchema = z
  .strictObject({
    rule: hairRuleKindSchema.describe("What the source says: the crown includes the hair, excludes it, or it does not say"),
    crownMeasuredAt: crownMeasuredAtSchema.describe('The crown the app measures the face height from'),
    reason: localizedTextSchema.describe('The words of the source, or why we chose when it does not say'),
  })
  .superRefine((hair, ctx) => {
    const required: CrownMeasuredAt | undefined =
      hair.rule === 'includes-hair' ? 'hair-top' : hair.rule === 'excludes-hair' ? 'skull-top' : undefined;
    if (required && hair.crownMeasuredAt !== required) {
      ctx.addIssue({ code: 'custom', path: ['crownMeasuredAt'], message: `a rule that ${hair.rule === 'includes-hair' ? 'includes' : 'excludes'} hair must measure from the ${required}` });
    }
  });
export type HairRule = z.infer<typeof hairRuleSchema>;

/** What the office asks to be written on the back of a printed photo; an empty list when nothing is asked. */
export const backOfPhotoItemSchema = z.enum(['name', 'date-taken', 'photographer-details']);
export type BackOfPhotoItem = z.infer<typeof backOfPhotoItemSchema>;

const commonShape = {
  id: z.string().regex(KEBAB_CASE_ID, 'must be kebab-case (a-z, 0-9, single hyphens)'),
  kind: documentKindSchema,
  country: z
    .string()
    .regex(/^[A-Z]{2}$/, 'must be an ISO 3166-1 alpha-2 code like JP (EU for Schengen)')
    .nullable()
    .describe('The issuing country; null for generic and custom rows'),
  names: namesSchema,
  aliases: z.array(z.string().min(1)).describe('Extra search terms: romaji, abbreviations, other spellings'),
  sources: z.array(sourceSchema).min(1, 'every row needs at least one source'),
  confidence: confidenceSchema,
  notes: z.array(localizedTextSchema).describe('Disagreements between sources, and how each inferred figure was derived'),
};

export const producibleSpecSchema = z.strictObject({
  ...commonShape,
  capture: z.literal('submitted').describe('The applicant brings or uploads the photo, so we can make it'),
  widthMm: photoEdgeMmSchema,
  heightMm: photoEdgeMmSchema,
  faceHeightMm: mmRangeSchema.describe('Crown (the one hairRule.crownMeasuredAt names) to chin'),
  hairRule: hairRuleSchema,
  topMarginMm: mmRangeSchema.describe('Top edge of the photo to the crown'),
  chinToBottomMm: openRange(mmSchema).optional(),
  centringToleranceMm: mmSchema.describe("How far the face centre line may sit from the photo's centre line, either way"),
  eyeLineFromBottomMm: mmRangeSchema.optional(),
  headWidthMm: mmRangeSchema.optional(),
  background: backgroundSchema,
  colour: z.enum(['colour-only', 'colour-or-bw', 'unspecified']),
  retouching: z.enum(['forbidden', 'unspecified']),
  glasses: z.enum(['allowed', 'discouraged', 'medical-only', 'forbidden', 'unspecified']),
  headCovering: z.enum(['religious-or-medical', 'religious-or-medical-with-statement', 'forbidden', 'unspecified']),
  maxAgeMonths: z.number().int().positive().max(MAX_PHOTO_AGE_MONTHS).nullable().describe('null: no rule found'),
  writeOnBack: z
    .array(backOfPhotoItemSchema)
    .describe('What to write on the back of each print (the sheet label reminds the user); [] when nothing is asked'),
  inferred: z.array(inferableFieldSchema),
  digital: digitalRuleSchema.optional(),
  customSize: customSizeRuleSchema.optional().describe('Only on the custom row'),
});

export const inPersonSpecSchema = z
  .strictObject({
    ...commonShape,
    capture: z.literal('in-person').describe('The authority takes the photo itself; we must not invent geometry'),
  })
  .describe('A document whose photo is taken at the counter');

/** A producible row as written in the file. */
export type ProducibleRow = z.infer<typeof producibleSpecSchema>;
/**
 * A producible row as the app uses it: the row plus `faceHeightIncludesHair`, derived from `hairRule` so that a row
 * is a core PhotoSpec as it is (as-photo-spec.ts).
 */
export type ProducibleSpec = ProducibleRow & { readonly faceHeightIncludesHair: boolean };
export type InPersonSpec = z.infer<typeof inPersonSpecSchema>;

/** A row: either a photo we can make (with geometry) or one the authority takes at the counter (no geometry). */
export const documentSpecSchema = z.discriminatedUnion('capture', [
  producibleSpecSchema.superRefine((spec, ctx) => {
    for (const issue of checkPhotoGeometry(spec)) ctx.addIssue({ code: 'custom', path: [...issue.path], message: issue.message });
  }),
  inPersonSpecSchema,
]);
export type DocumentRow = z.infer<typeof documentSpecSchema>;
export type DocumentSpec = ProducibleSpec | InPersonSpec;

/** Adds the fields the app derives from a parsed row (today only faceHeightIncludesHair, from hairRule). */
export function withDerivedFields(row: DocumentRow): DocumentSpec {
  if (row.capture !== 'submitted') return row;
  return { ...row, faceHeightIncludesHair: row.hairRule.crownMeasuredAt === 'hair-top' };
}

/** The row as the file holds it, without the derived fields, so it can be parsed again (custom sizes). */
export function withoutDerivedFields(spec: ProducibleSpec): ProducibleRow {
  return Object.fromEntries(Object.entries(spec).filter(([key]) => key !== 'faceHeightIncludesHair')) as ProducibleRow;
}
