import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { createServer, type ViteDevServer } from 'vite';
import type { Page } from '@playwright/test';
import { test, expect, PORTRAITS, photoPath } from './app-fixture';
import { fakeCameraVideo, launchWithFakeCamera, ON_GUIDE } from './fake-camera';

/**
 * Issue 17, item 8: `npm run dev` runs the whole pipeline. The rest of the suite drives the build (`vite preview`);
 * this spec starts its own Vite dev server (DEV_E2E_PORT, else a free port), makes a final photo through
 * `window.idPhoto` (landmarks worker, then the head-matte worker: the crown must come from the matte), then tells
 * the server a worker's source changed, as an editor would: the page must reload and the next photo must run on
 * the rebuilt workers (scripts/dev-classic-workers.ts).
 */
interface ProcessResult {
  ok: boolean;
  error?: { key: string; detail: string };
  report?: { measured: { crownSource: string }; output: { widthPx: number; heightPx: number }; timingsMs: { total: number } };
}

const makePhoto = (page: Page, id: string) =>
  page.evaluate(
    (request) => (window as unknown as { idPhoto: { process(r: unknown): Promise<ProcessResult> } }).idPhoto.process(request),
    { name: `${id}.jpg`, base64: readFileSync(photoPath(id)).toString('base64'), specId: 'jp-passport' },
  );

/** What a dev-server page asks for and complains about: other origins, the workers it fetches, script errors. */
function watchPage(page: Page, origin: string) {
  const seen = { foreign: [] as string[], workerScripts: [] as string[], errors: [] as string[] };
  page.context().on('request', (request) => {
    const requested = request.url();
    if (!requested.startsWith(origin) && !requested.startsWith('blob:') && !requested.startsWith('data:')) seen.foreign.push(requested);
    if (requested.includes('worker_file')) seen.workerScripts.push(new URL(requested).pathname);
  });
  page.on('pageerror', (error) => seen.errors.push(String(error)));
  page.on('console', (message) => {
    if (/Content Security Policy|Cannot use import statement/.test(message.text())) seen.errors.push(message.text());
  });
  return seen;
}

let server: ViteDevServer;

test.beforeAll(async () => {
  server = await createServer({ logLevel: 'warn', server: { port: Number(process.env.DEV_E2E_PORT ?? 0), strictPort: true } });
  await server.listen();
});

test.afterAll(async () => {
  await server?.close();
});

test('the dev server runs the model workers, and rebuilds them when their source changes', async ({ browser }) => {
  test.setTimeout(4 * 60_000);
  const url = server.resolvedUrls?.local[0];
  expect(url, 'dev server URL').toBeTruthy();
  const origin = new URL(url!).origin;
  const context = await browser.newContext();
  const page = await context.newPage();
  const { foreign, workerScripts, errors } = watchPage(page, origin);

  await page.goto(url!);
  await page.waitForFunction(() => 'idPhoto' in window, null, { timeout: 90_000 });
  expect(await page.evaluate(() => crossOriginIsolated), 'cross-origin isolated (COOP/COEP)').toBe(true);

  const first = await makePhoto(page, PORTRAITS[0]!);
  expect(first.error, 'first photo').toBeUndefined();
  expect(first.report?.measured.crownSource, 'crown from the matte').toBe('matte');
  expect(first.report?.output).toMatchObject({ widthPx: 827, heightPx: 1063 });
  expect(workerScripts).toEqual(expect.arrayContaining(['/src/ml/landmarks.worker.ts', '/src/ml/head-matte.worker.ts']));

  // Every worker imports same-origin-fetch.ts: a change there must reach all of them.
  const reloaded = page.waitForEvent('load');
  server.watcher.emit('change', resolve(server.config.root, 'src/ml/same-origin-fetch.ts'));
  await reloaded;
  await page.waitForFunction(() => 'idPhoto' in window, null, { timeout: 60_000 });
  const before = workerScripts.length;
  const second = await makePhoto(page, PORTRAITS[1]!);
  expect(second.error, 'photo after the reload').toBeUndefined();
  expect(second.report?.measured.crownSource).toBe('matte');
  expect(workerScripts.length, 'workers fetched again after the reload').toBeGreaterThan(before);

  console.log(`dev server: first photo ${Math.round(first.report!.timingsMs.total)} ms, after reload ${Math.round(second.report!.timingsMs.total)} ms`);
  expect(errors, 'page errors').toEqual([]);
  expect(foreign, 'requests to other origins').toEqual([]);
  await context.close();
});

test('the dev server runs the camera\'s live-landmarks worker: the guided camera counts down and captures', async ({ playwright }) => {
  test.setTimeout(3 * 60_000);
  const url = server.resolvedUrls?.local[0];
  expect(url, 'dev server URL').toBeTruthy();
  const origin = new URL(url!).origin;
  const browser = await launchWithFakeCamera(playwright.chromium, fakeCameraVideo('dev-on-guide', ON_GUIDE));
  try {
    const page = await browser.newPage();
    const { foreign, workerScripts, errors } = watchPage(page, origin);
    await page.goto(url!);
    await page.getByTestId('open-camera').click();
    const view = page.getByTestId('camera-view');
    // The live model answers, sees the face on the guide, and the shutter fires by itself.
    await expect(view).toHaveAttribute('data-model', 'ready', { timeout: 90_000 });
    await expect(view).toHaveAttribute('data-phase', 'countdown', { timeout: 30_000 });
    await expect(view).toHaveAttribute('data-state', 'review', { timeout: 30_000 });
    expect(workerScripts).toContain('/src/ml/live-landmarks.worker.ts');
    expect(errors, 'page errors').toEqual([]);
    expect(foreign, 'requests to other origins').toEqual([]);
  } finally {
    await browser.close();
  }
});
