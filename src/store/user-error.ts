/**
 * A problem the user must hear about, as an i18n key in the "errors" namespace plus its parameters.
 * The store never holds English sentences; the UI translates.
 */
export type UserErrorKey =
  | 'not-an-image'
  | 'unsupported-format'
  | 'truncated'
  | 'corrupt'
  | 'too-large'
  | 'too-many-pixels'
  | 'too-small'
  | 'empty'
  | 'no-face'
  | 'model-failed'
  | 'matte-failed'
  | 'render-failed';

/** The keys a failed decode can give (platform/decode-image's DecodeError codes); anything else reads as 'corrupt'. */
export const DECODE_ERROR_KEYS: readonly UserErrorKey[] = [
  'not-an-image',
  'unsupported-format',
  'truncated',
  'corrupt',
  'too-large',
  'too-many-pixels',
  'too-small',
  'empty',
];

export interface UserError {
  readonly key: UserErrorKey;
  readonly params?: Readonly<Record<string, string | number>>;
  /** Technical detail for the console and the batch JSON, never shown as the message. */
  readonly detail?: string;
}

export type WarningKey = 'two-faces' | 'crown-estimated' | 'crown-cut-off' | 'matte-failed' | 'crop-filled' | 'crop-outside-photo';
