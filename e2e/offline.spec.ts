import { test as base, expect, type BrowserContext, type Page } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { preview, type Plugin, type PreviewServer } from 'vite';
import { writeOfflineFiles } from '../scripts/offline-service-worker';
import { photoPath, uploadPhoto, waitForFinalCrop } from './app-fixture';

/**
 * Issue 11: download once, then offline. These tests run their own preview servers (so they can stop one: the
 * browser's offline flag does not reach service-worker fetches) and their own browser profiles (a service worker
 * and its caches live in the profile, and a repeat visit is a new browser on the same profile).
 */
const root = resolve(import.meta.dirname, '..');
/** Beside the suite's own server (E2E_PORT), never on it: this one is stopped and started again. */
const PORT = Number(process.env.E2E_PORT ?? 4173) + 2000;
const ORIGIN = `http://localhost:${PORT}`;
const MODEL_FOLDERS = ['/vendor/', '/models/'];

interface Served {
  /** Requests the server answered, by path, and the body bytes it sent for each. */
  readonly requests: Map<string, { count: number; bytes: number }>;
}

/** Counts what the server really sends: the ground truth for "bytes transferred" and "fetched at most once". */
function counting(served: Served): Plugin {
  return {
    name: 'count-served-bytes',
    configurePreviewServer(server) {
      server.middlewares.use((req, res, next) => {
        const path = (req.url ?? '/').split('?')[0] ?? '/';
        const entry = served.requests.get(path) ?? { count: 0, bytes: 0 };
        entry.count++;
        served.requests.set(path, entry);
        const write = res.write.bind(res) as (chunk: unknown, ...rest: unknown[]) => boolean;
        res.write = ((chunk: unknown, ...rest: unknown[]) => {
          if (chunk && typeof chunk !== 'function') entry.bytes += Buffer.byteLength(chunk as Buffer);
          return write(chunk, ...rest);
        }) as typeof res.write;
        next();
      });
    },
  };
}

async function serve(outDir: string, served: Served): Promise<PreviewServer> {
  return preview({ root, logLevel: 'silent', build: { outDir }, plugins: [counting(served)], preview: { port: PORT, strictPort: true } });
}

const modelBytes = (served: Served) =>
  [...served.requests].filter(([path]) => MODEL_FOLDERS.some((f) => path.startsWith(f))).reduce((sum, [, r]) => sum + r.bytes, 0);

const test = base.extend<{ profile: (dir: string) => Promise<{ context: BrowserContext; page: Page; foreign: string[] }> }>({
  profile: async ({ playwright, launchOptions }, use) => {
    const open: BrowserContext[] = [];
    await use(async (dir) => {
      const context = await playwright.chromium.launchPersistentContext(dir, { ...launchOptions });
      open.push(context);
      const foreign: string[] = [];
      context.on('request', (request) => {
        const url = request.url();
        if (!url.startsWith(ORIGIN) && !url.startsWith('blob:') && !url.startsWith('data:')) foreign.push(url);
      });
      const page = context.pages()[0] ?? (await context.newPage());
      return { context, page, foreign };
    });
    for (const context of open) await context.close().catch(() => undefined);
  },
});

function offlineManifest(): { onDemand: { path: string }[] } {
  return JSON.parse(readFileSync(join(root, 'dist', 'offline-manifest.json'), 'utf8')) as { onDemand: { path: string }[] };
}

async function offlinePhase(page: Page) {
  return page.getByTestId('offline-status').getAttribute('data-phase');
}

test('first visit downloads each file once; then the app makes photos with the server gone', async ({ profile }) => {
  test.setTimeout(15 * 60_000);
  const dir = mkdtempSync(join(tmpdir(), 'idphoto-profile-'));
  const first: Served = { requests: new Map() };
  let server = await serve(join(root, 'dist'), first);
  try {
    // First visit: only the shell before intent; one photo downloads the models, each URL at most once.
    let visit = await profile(dir);
    await visit.page.goto(ORIGIN);
    await expect.poll(() => offlinePhase(visit.page)).toBe('not-cached');
    expect(modelBytes(first), 'model bytes before intent').toBe(0);
    await uploadPhoto(visit.page, photoPath('W000797'));
    await waitForFinalCrop(visit.page);
    await expect.poll(() => offlinePhase(visit.page), { timeout: 300_000 }).toBe('ready');
    // Every model, WASM and worker file at most once. The shell (~0.4 MB compressed) is read by the page and again
    // by the service worker's install, and sw.js and the icons by the browser itself: those are not counted here.
    const onDemand = new Set(offlineManifest().onDemand.map((f) => `/${f.path}`));
    const twice = [...first.requests].filter(([path, r]) => onDemand.has(path) && r.count > 1);
    expect(twice, 'model files fetched more than once').toEqual([]);
    expect(onDemand.size).toBeGreaterThan(0);
    expect(visit.foreign).toEqual([]);
    await visit.context.close();

    // Repeat visit with the server up: a photo's models come from the cache (0 bytes).
    const repeat: Served = { requests: new Map() };
    await server.close();
    server = await serve(join(root, 'dist'), repeat);
    visit = await profile(dir);
    await visit.page.goto(ORIGIN);
    await expect.poll(() => offlinePhase(visit.page)).toBe('ready');
    await uploadPhoto(visit.page, photoPath('N000189'));
    await waitForFinalCrop(visit.page);
    expect(modelBytes(repeat), 'model bytes on a repeat visit').toBe(0);
    await visit.context.close();

    // Server stopped: the app opens from the cache, stays cross-origin isolated, and the crown comes from the matte.
    await server.close();
    visit = await profile(dir);
    await visit.page.goto(ORIGIN);
    expect(await visit.page.evaluate(() => crossOriginIsolated), 'crossOriginIsolated offline').toBe(true);
    await expect.poll(() => offlinePhase(visit.page)).toBe('ready');
    await uploadPhoto(visit.page, photoPath('C001061'));
    await waitForFinalCrop(visit.page);
    expect(visit.foreign).toEqual([]);
  } finally {
    await server.close().catch(() => undefined);
    rmSync(dir, { recursive: true, force: true });
  }
});

test('a new version installs in the background, offers a reload, and the old shell cache is gone after it', async ({ profile }) => {
  test.setTimeout(5 * 60_000);
  // A copy of the build (hard links: no 130 MB copy); changed files are unlinked before they are rewritten.
  const build = mkdtempSync(join(tmpdir(), 'idphoto-build-'));
  execFileSync('cp', ['-al', `${join(root, 'dist')}/.`, build]);
  const dir = mkdtempSync(join(tmpdir(), 'idphoto-profile-'));
  const served: Served = { requests: new Map() };
  const server = await serve(build, served);
  try {
    const { page } = await profile(dir);
    await page.goto(ORIGIN);
    await expect.poll(() => offlinePhase(page)).toBe('not-cached');
    const cachedModel = '/models/face_landmarker.task';
    await page.evaluate(async (path) => void (await (await fetch(path)).arrayBuffer()), cachedModel);
    const before = await page.evaluate(() => caches.keys());

    // "Rebuild" with one changed file: the shell's version changes, the model files do not.
    const html = readFileSync(join(build, 'index.html'), 'utf8');
    for (const file of ['index.html', 'sw.js', 'offline-manifest.json']) unlinkSync(join(build, file));
    writeFileSync(join(build, 'index.html'), html.replace('</body>', '<!-- next version --></body>'));
    await writeOfflineFiles(build, root);

    await page.reload();
    await expect(page.getByTestId('offline-reload')).toBeVisible({ timeout: 60_000 });
    await Promise.all([page.waitForEvent('load'), page.getByTestId('offline-reload').click()]);
    await expect.poll(() => page.evaluate(() => caches.keys())).not.toEqual(before);
    const after = await page.evaluate(() => caches.keys());
    const oldShell = before.filter((name) => name.startsWith('id-photo-shell-'));
    expect(oldShell).toHaveLength(1);
    expect(after, 'old shell cache deleted').not.toContain(oldShell[0]);
    expect(page.url()).toBe(`${ORIGIN}/`);
    expect(await page.content()).toContain('next version');
    // The unchanged model stayed cached: fetched from the server once, in the first version only.
    expect(served.requests.get(cachedModel)?.count).toBe(1);
    const stillCached = await page.evaluate(async (path) => (await caches.open('id-photo-files-v1')).match(path).then(Boolean), cachedModel);
    expect(stillCached).toBe(true);
  } finally {
    await server.close().catch(() => undefined);
    rmSync(dir, { recursive: true, force: true });
    rmSync(build, { recursive: true, force: true });
  }
});
