/**
 * What the photo's pixels cannot tell us reliably becomes a question the user answers by ticking a box,
 * with the document's own rule beside it.
 */

/** The document's rules for what the checklist asks; the spec rows (src/specs) carry these fields. */
export interface DocumentRules {
  readonly glasses: 'allowed' | 'discouraged' | 'medical-only' | 'forbidden' | 'unspecified';
  readonly headCovering: 'religious-or-medical' | 'religious-or-medical-with-statement' | 'forbidden' | 'unspecified';
  readonly retouching: 'forbidden' | 'unspecified';
  /** How recent the photo must be; null when the rule was not found. */
  readonly maxAgeMonths: number | null;
}

export const MANUAL_CHECK_IDS = ['glasses', 'head-covering', 'eyes-visible', 'photo-age', 'no-retouching', 'not-mirrored'] as const;
export type ManualCheckId = (typeof MANUAL_CHECK_IDS)[number];

export interface ManualCheckItem {
  readonly id: ManualCheckId;
  /** i18n key of the question, e.g. "manual.photo-age.ask". */
  readonly messageKey: string;
  /** i18n key (namespace-qualified, "specs:…") of the document's own rule, shown under the question; null when none. */
  readonly ruleKey: string | null;
  /** For both texts; `count` drives i18next plurals (months). */
  readonly params: Readonly<Record<string, string | number>>;
}

/**
 * The checklist for one photo: glasses (glare, tinted lenses, frames over the eyes), head covering, hair or
 * anything over the eyes (OFIQ 0x4f/0x51 need an occlusion model we do not ship), photo age, retouching, and a
 * mirror-image check for uploads (our own camera capture is never mirrored). Each question shows the document's
 * own rule from the spec texts (namespace "specs"); with no document rules (null) only the questions show.
 */
export function manualChecks(rules: DocumentRules | null, source: { readonly fromFrontCamera: boolean }): ManualCheckItem[] {
  const items: ManualCheckItem[] = [
    {
      id: 'glasses',
      messageKey: rules?.glasses === 'forbidden' ? 'manual.glasses.ask-none' : 'manual.glasses.ask',
      ruleKey: rules ? `specs:glasses.${rules.glasses}` : null,
      params: {},
    },
    {
      id: 'head-covering',
      messageKey: 'manual.head-covering.ask',
      ruleKey: rules ? `specs:headCovering.${rules.headCovering}` : null,
      params: {},
    },
    { id: 'eyes-visible', messageKey: 'manual.eyes-visible.ask', ruleKey: null, params: {} },
    rules?.maxAgeMonths
      ? // The question already carries the document's number of months; its rule text would repeat it.
        { id: 'photo-age', messageKey: 'manual.photo-age.ask', ruleKey: null, params: { count: rules.maxAgeMonths } }
      : { id: 'photo-age', messageKey: 'manual.photo-age.ask-recent', ruleKey: rules ? 'specs:maxAge.unknown' : null, params: {} },
    {
      id: 'no-retouching',
      messageKey: 'manual.no-retouching.ask',
      ruleKey: rules ? `specs:retouching.${rules.retouching}` : null,
      params: {},
    },
  ];
  if (!source.fromFrontCamera) {
    items.push({ id: 'not-mirrored', messageKey: 'manual.not-mirrored.ask', ruleKey: null, params: {} });
  }
  return items;
}
