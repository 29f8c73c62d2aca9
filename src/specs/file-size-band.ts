import type { DigitalRule } from './document-spec-schema';

/**
 * Authorities write "KB" without saying 1000 or 1024 bytes. We read a minimum as 1024-byte KB and a maximum as
 * 1000-byte KB, so a file inside our band is inside the authority's band under either reading.
 */
const BYTES_PER_KB_FOR_MINIMUM = 1024;
const BYTES_PER_KB_FOR_MAXIMUM = 1000;

export interface FileSizeBandBytes {
  readonly minBytes?: number;
  readonly maxBytes?: number;
}

/** The byte band an upload must land in, or undefined when the rule sets no file size. */
export function fileSizeBandBytes(digital: DigitalRule | undefined): FileSizeBandBytes | undefined {
  const kb = digital?.fileSizeKb;
  if (!kb) return undefined;
  return {
    ...(kb.min !== undefined ? { minBytes: Math.ceil(kb.min * BYTES_PER_KB_FOR_MINIMUM) } : {}),
    ...(kb.max !== undefined ? { maxBytes: Math.floor(kb.max * BYTES_PER_KB_FOR_MAXIMUM) } : {}),
  };
}
