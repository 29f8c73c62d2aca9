import type { Page } from '@playwright/test';
import { test, expect, photoPath, uploadPhoto, waitForFinalCrop } from './app-fixture';

/**
 * Issue 14: a model worker that dies is replaced. A matte worker that dies with a photo in flight gets a fresh
 * worker and the photo is matted after all; a landmark worker that dies is replaced for the next photo.
 */
type Api = { idPhoto: { crashWorker(w: string): void; currentPhoto(): { fileName: string | null; crownSource: string | null; stage: string; error: string | null } } };
const crash = (page: Page, worker: 'face-landmarks' | 'person-matte') => page.evaluate((w) => (window as unknown as Api).idPhoto.crashWorker(w), worker);
const current = (page: Page) => page.evaluate(() => (window as unknown as Api).idPhoto.currentPhoto());

test('dead model workers are replaced and the photos are still made', async ({ page }) => {
  await page.goto('/');
  await uploadPhoto(page, photoPath('C001061'));
  // The matte of the first photo takes seconds (model download and start): the crash lands while it works.
  await expect(page.getByTestId('progress')).toHaveAttribute('data-stage', 'matting', { timeout: 120_000 });
  await crash(page, 'person-matte');
  await waitForFinalCrop(page);
  expect(await current(page)).toEqual({ fileName: 'C001061.jpg', crownSource: 'matte', stage: 'ready', error: null });

  await crash(page, 'face-landmarks');
  await uploadPhoto(page, photoPath('W000797'));
  await expect.poll(async () => (await current(page)).fileName, { timeout: 120_000 }).toBe('W000797.jpg');
  await waitForFinalCrop(page);
  expect(await current(page)).toEqual({ fileName: 'W000797.jpg', crownSource: 'matte', stage: 'ready', error: null });
});
