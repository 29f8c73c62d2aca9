import { describe, expect, it } from 'vitest';
import { selectUploadIsPrint } from '../../src/store/download-selectors';
import type { StoreState } from '../../src/store/photo-store';

/** selectUploadIsPrint reads the chosen document only. */
const state = (specId: string) => ({ specId, customSize: null }) as unknown as StoreState;

describe('selectUploadIsPrint', () => {
  it.each([
    // 35×45 mm at 600 dpi is 827×1063 px, inside both upload rules: one file serves print and upload.
    ['jp-passport', true],
    ['jp-my-number-card', true],
    // No online-upload rule at all.
    ['jp-residence-card', false],
  ])('%s → %s', (specId, expected) => {
    expect(selectUploadIsPrint(state(specId))).toBe(expected);
  });

  it.each([
    // Another pixel size: 1200 px at most for a 2-inch photo.
    ['us-visa'],
    // The same pixels, but a 30–80 KB cap would squeeze the print file: two files.
    ['cn-passport'],
  ])('%s keeps a separate upload file', (specId) => {
    expect(selectUploadIsPrint(state(specId))).toBe(false);
  });
});
