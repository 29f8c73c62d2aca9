import { describe, expect, it } from 'vitest';
import { selectUploadIsPrint } from '../../src/store/download-selectors';
import type { StoreState } from '../../src/store/store-state';

/** selectUploadIsPrint reads the chosen document only. */
const state = (specId: string) => ({ specId, customSize: null }) as unknown as StoreState;

describe('selectUploadIsPrint', () => {
  it.each([
    // 35×45 mm at 600 dpi is 827×1063 px, inside both upload rules: one file serves print and upload.
    ['jp-passport', true],
    ['jp-my-number-card', true],
    // The China consular app takes JPG/PNG under 5 MB (spec audit): the print file serves.
    ['cn-passport', true],
    // No online-upload rule at all.
    ['jp-residence-card', false],
  ])('%s → %s', (specId, expected) => {
    expect(selectUploadIsPrint(state(specId))).toBe(expected);
  });

  it.each([
    // Another pixel size: 1200 px at most for a 2-inch photo.
    ['us-visa'],
    // 354–420 px wide and 40–120 KB for the Chinese visa: two files.
    ['cn-visa'],
  ])('%s keeps a separate upload file', (specId) => {
    expect(selectUploadIsPrint(state(specId))).toBe(false);
  });
});
