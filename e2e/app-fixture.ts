import { test as base, expect, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';

/**
 * Every e2e test fails if the page, or any of its workers, asks for another origin: nothing leaves the device.
 * The suite shares one Chromium again (a fresh context per test, Playwright's default). It once gave every test its
 * own browser because mattes were lost late in long runs; that did not come back after the model-loading fixes
 * (one download per model, a failed preload no longer failing the photo, a fresh worker after a failure) and the
 * head matte: the whole suite in one browser passed (2026-11-30), and so did 25 fresh contexts in one browser each
 * making a full-frame imgly matte (issue 14).
 */
export const test = base.extend<{ foreignRequests: string[] }>({
  foreignRequests: [
    async ({ page, baseURL }, use) => {
      const origin = new URL(baseURL ?? 'http://localhost:4173').origin;
      const foreign: string[] = [];
      page.context().on('request', (request) => {
        const url = request.url();
        if (!url.startsWith(origin) && !url.startsWith('blob:') && !url.startsWith('data:')) foreign.push(url);
      });
      await use(foreign);
      expect(foreign, 'requests to other origins').toEqual([]);
    },
    { auto: true },
  ],
});
export { expect };

export const MM_PER_INCH = 25.4;
export const pxToMm = (px: number, dpi: number) => (px / dpi) * MM_PER_INCH;

export const PORTRAITS = ['C001061', 'C001067', 'D000216', 'H001050', 'L000582', 'N000189', 'P000612', 'W000797', 'S001163', 'M001137'];
export const photoPath = (id: string) => `tests/fixtures/photos/${id}.jpg`;

export function readJfifDensity(bytes: Buffer): { units: number; x: number; y: number } | null {
  if (bytes[0] !== 0xff || bytes[1] !== 0xd8 || bytes[2] !== 0xff || bytes[3] !== 0xe0) return null;
  if (bytes.subarray(6, 11).toString('latin1') !== 'JFIF\0') return null;
  return { units: bytes[13]!, x: bytes.readUInt16BE(14), y: bytes.readUInt16BE(16) };
}

/** Pixel size from the JPEG's SOF segment. */
export function jpegSize(bytes: Buffer): { width: number; height: number } {
  let i = 2;
  while (i < bytes.length) {
    if (bytes[i] !== 0xff) throw new Error(`bad marker at ${i}`);
    const marker = bytes[i + 1]!;
    const length = bytes.readUInt16BE(i + 2);
    if (marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc) {
      return { height: bytes.readUInt16BE(i + 5), width: bytes.readUInt16BE(i + 7) };
    }
    i += 2 + length;
  }
  throw new Error('no SOF segment');
}

export interface OutputMeasurement {
  widthPx: number;
  heightPx: number;
  face: {
    crown: { x: number; y: number };
    chin: { x: number; y: number };
    crownSource: string;
    faceImageLeft: { x: number; y: number };
    faceImageRight: { x: number; y: number };
    eyeImageLeft: { x: number; y: number };
    eyeImageRight: { x: number; y: number };
  };
}

/** Measures a JPEG again with the app's landmark model and matte (window.idPhoto.measure). */
export async function measureAgain(page: Page, bytes: Buffer): Promise<OutputMeasurement> {
  const result = await page.evaluate((b64) => (window as unknown as { idPhoto: { measure(b: string): Promise<unknown> } }).idPhoto.measure(b64), bytes.toString('base64'));
  if (!result) throw new Error('no face found in the output');
  return result as OutputMeasurement;
}

export async function uploadPhoto(page: Page, path: string): Promise<void> {
  await page.getByTestId('file-input').setInputFiles(path);
}

export async function waitForFinalCrop(page: Page): Promise<void> {
  await expect(page.getByTestId('figures')).toHaveAttribute('data-crown-source', 'matte', { timeout: 210_000 });
  await expect(page.getByTestId('progress')).toHaveCount(0);
}

/** Picks a document through the picker's search, as a user would. */
export async function chooseDocument(page: Page, query: string, specId: string): Promise<void> {
  const current = page.getByTestId('current-document');
  if ((await current.getAttribute('data-spec-id')) === specId) return;
  await page.getByTestId('change-document').click();
  await page.getByTestId('document-search').fill(query);
  await page.getByTestId(`doc-option-${specId}`).first().click();
  await expect(current).toHaveAttribute('data-spec-id', specId);
}

export async function downloadJpeg(page: Page): Promise<Buffer> {
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('download-jpeg').click()]);
  const path = await download.path();
  return readFileSync(path);
}
