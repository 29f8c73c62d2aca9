import { mkdirSync, writeFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import type { Browser, BrowserContextOptions, CDPSession, Locator, Page } from '@playwright/test';
import { test, expect, photoPath, downloadJpeg, jpegSize } from './app-fixture';

/**
 * Issue 12, phone first: the whole flow at 390×844 with touch (device scale 2), and the same screens on a
 * 1440×900 desktop. One page and one photo per screen size: the person matte is the slow part of every upload.
 */
const PHONE: BrowserContextOptions = { viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, hasTouch: true, isMobile: true };
const DESKTOP: BrowserContextOptions = { viewport: { width: 1440, height: 900 } };
const PHOTO = photoPath('C001067');
const SCREENSHOTS = 'test-results/screens';
/** The bar: the photo being tuned is at least this much on screen. */
const MIN_PREVIEW_IN_VIEW = 0.85;
/** "Within a few seconds of picking a photo": decoding and landmarks, not the matte. */
const PREVIEW_IN_VIEW_MS = 8_000;
/** WCAG 2.5.5 (AAA) target size, the one the issue asks for. */
const MIN_TARGET_PX = 44;
/** The person matte takes ~10 s alone, but minutes when the machine is shared with other test runs. */
const FINAL_CROP_TIMEOUT_MS = 5 * 60_000;
const ADJUSTMENTS = ['topMarginMm', 'faceHeightMm', 'offsetXMm', 'rotateDeg'] as const;

async function sharedPage(browser: Browser, options: BrowserContextOptions): Promise<{ page: Page; foreign: string[] }> {
  const origin = `http://localhost:${process.env.E2E_PORT ?? 4173}`;
  const context = await browser.newContext({ baseURL: origin, acceptDownloads: true, ...options });
  const page = await context.newPage();
  const foreign: string[] = [];
  context.on('request', (request) => {
    const url = request.url();
    if (!url.startsWith(origin) && !url.startsWith('blob:') && !url.startsWith('data:')) foreign.push(url);
  });
  await page.goto('/');
  return { page, foreign };
}

async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  await page.screenshot({ path: `${SCREENSHOTS}/${name}.png` });
}

/** axe on what is on the page now: no serious or critical violation. */
async function expectAccessible(page: Page, screen: string): Promise<void> {
  const result = await new AxeBuilder({ page }).analyze();
  const bad = result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  const summary = bad.map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).slice(0, 4).join(' | ')}`);
  expect(summary, `axe on ${screen}`).toEqual([]);
}

/** The share of the element's box inside the window. */
async function shareInView(locator: Locator): Promise<number> {
  return locator.evaluate((el) => {
    const r = el.getBoundingClientRect();
    const w = Math.max(0, Math.min(r.right, window.innerWidth) - Math.max(r.left, 0));
    const h = Math.max(0, Math.min(r.bottom, window.innerHeight) - Math.max(r.top, 0));
    return r.width * r.height > 0 ? (w * h) / (r.width * r.height) : 0;
  });
}

async function adjustmentValues(page: Page): Promise<Record<string, string | null>> {
  const values: Record<string, string | null> = {};
  for (const field of ADJUSTMENTS) values[field] = await page.getByTestId(`adjust-control-${field}`).getAttribute('data-value');
  return values;
}

/** The centre of the preview photo, in CSS pixels of the window. */
async function previewCentre(page: Page): Promise<{ x: number; y: number }> {
  const box = await page.getByTestId('preview-stage').boundingBox();
  if (!box) throw new Error('no preview');
  return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
}

type TouchPoint = { x: number; y: number; id?: number };

/** A touch gesture through Chromium's own input pipeline (touch-action and scrolling apply as on a phone). */
async function touchGesture(cdp: CDPSession, frames: readonly (readonly TouchPoint[])[]): Promise<void> {
  const [first, ...rest] = frames;
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: first!.map((p, i) => ({ ...p, id: p.id ?? i })) });
  for (const points of rest) {
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: points.map((p, i) => ({ ...p, id: p.id ?? i })) });
  }
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
}

/** Steps from a to b, for touch moves. */
function path(a: TouchPoint, b: TouchPoint, steps: number): TouchPoint[] {
  return Array.from({ length: steps + 1 }, (_, i) => ({ x: a.x + ((b.x - a.x) * i) / steps, y: a.y + ((b.y - a.y) * i) / steps }));
}

/** Every main control at least 44 px in both directions (a check box counts with its label, its real target). */
async function expectTouchTargets(page: Page): Promise<void> {
  const targets = [
    page.getByRole('button', { name: /photo/i }).first(),
    page.getByTestId('change-document'),
    page.getByTestId('adjust-zoom-in'),
    page.getByTestId('adjust-zoom-out'),
    page.locator('.editor__toggle'),
    page.getByTestId('adjust-move-mode'),
    page.getByTestId('adjust-reset'),
    page.getByTestId('download-jpeg'),
    page.locator('.checklist__ask'),
    page.locator('.swatch'),
    page.locator('.sheet-options__row select'),
    page.getByTestId('download-sheet'),
    ...ADJUSTMENTS.flatMap((f) => [page.getByTestId(`adjust-slider-${f}`), page.getByTestId(`adjust-input-${f}`)]),
  ];
  const small: string[] = [];
  for (const target of targets) {
    for (const one of await target.all()) {
      if (!(await one.isVisible())) continue;
      const box = await one.boundingBox();
      if (box && (box.height < MIN_TARGET_PX - 0.5 || box.width < MIN_TARGET_PX - 0.5)) {
        small.push(`${await one.evaluate((el) => el.outerHTML.slice(0, 80))}: ${box.width.toFixed(0)}×${box.height.toFixed(0)}`);
      }
    }
  }
  expect(small, 'touch targets under 44 px').toEqual([]);
}

/**
 * Each slider brought into view as the browser does for a focused control (and the control's scroll margin asks):
 * the slider is not under the sticky preview, and the preview is in view beside it.
 */
async function expectPreviewBesideEachSlider(page: Page, screen: string): Promise<void> {
  for (const field of ADJUSTMENTS) {
    const slider = page.getByTestId(`adjust-slider-${field}`);
    await page.getByTestId(`adjust-control-${field}`).evaluate((el) => el.scrollIntoView({ block: 'nearest' }));
    await slider.focus();
    const sticky = await page.getByTestId('editor-sticky').boundingBox();
    const box = await slider.boundingBox();
    expect(box!.y, `${screen}: ${field} slider below the sticky preview`).toBeGreaterThanOrEqual(sticky!.y + sticky!.height - 1);
    expect(box!.y + box!.height, `${screen}: ${field} slider on screen`).toBeLessThanOrEqual(page.viewportSize()!.height);
    expect(await shareInView(page.getByTestId('preview-stage')), `${screen}: preview in view with ${field}`).toBeGreaterThanOrEqual(MIN_PREVIEW_IN_VIEW);
  }
}

/**
 * Nothing on the start screen moves once it is drawn: the offline status arrives a moment after the first paint
 * (it waits for the service worker), and when it pushed the photo buttons down a tap on "Take a selfie" landed
 * beside it (a CI run lost a camera test that way). Reads the browser's own layout-shift record since the load.
 */
async function expectNoLayoutShift(page: Page, screen: string): Promise<void> {
  await expect(page.getByTestId('offline-status')).not.toHaveAttribute('data-phase', 'checking');
  const shifts = await page.evaluate(
    () =>
      new Promise<string[]>((resolve) => {
        const seen: string[] = [];
        new PerformanceObserver((list) => {
          for (const entry of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[]) {
            if (!entry.hadRecentInput) seen.push(`${entry.value.toFixed(4)} at ${Math.round(entry.startTime)} ms`);
          }
        }).observe({ type: 'layout-shift', buffered: true });
        setTimeout(() => resolve(seen), 100);
      }),
  );
  expect(shifts, `${screen}: layout shifts after the first paint`).toEqual([]);
}

test.describe('phone first (issue 12), 390×844 touch', () => {
  test.describe.configure({ mode: 'serial' });
  let page: Page;
  let foreign: string[];
  let cdp: CDPSession;

  test.beforeAll(async ({ browser }) => {
    ({ page, foreign } = await sharedPage(browser, PHONE));
    cdp = await page.context().newCDPSession(page);
  });
  test.afterAll(async () => {
    expect(foreign, 'requests to other origins').toEqual([]);
    await page.context().close();
  });

  test('start screen', async () => {
    await expect(page.getByTestId('dropzone')).toBeVisible();
    await expectNoLayoutShift(page, 'phone start');
    await screenshot(page, 'phone-1-start');
    await expectAccessible(page, 'phone start');
  });

  test('document search is a combobox: ArrowDown, Enter, Escape', async () => {
    const current = page.getByTestId('current-document');
    const before = await current.getAttribute('data-spec-id');
    await page.getByTestId('change-document').click();
    const search = page.getByTestId('document-search');
    await expect(search).toBeFocused();
    await expect(search).toHaveAttribute('role', 'combobox');
    await search.fill('passport japan');
    await screenshot(page, 'phone-2-document-search');
    await expectAccessible(page, 'phone document search');
    await search.press('ArrowDown');
    const activeId = await search.getAttribute('aria-activedescendant');
    expect(activeId, 'ArrowDown makes a row active').toBeTruthy();
    const active = page.locator(`[id="${activeId}"]`);
    await expect(active).toHaveAttribute('role', 'option');
    const activeSpec = (await active.getAttribute('data-testid'))!.replace('doc-option-', '');
    await search.press('Enter');
    await expect(current).toHaveAttribute('data-spec-id', activeSpec);
    await expect(search).toHaveCount(0);
    await expect(page.getByTestId('change-document')).toBeFocused();
    // Escape: first clears the query, then closes without choosing.
    await page.getByTestId('change-document').click();
    await search.fill('residence');
    await search.press('ArrowDown');
    await search.press('Escape');
    await expect(search).toHaveValue('');
    await search.press('Escape');
    await expect(search).toHaveCount(0);
    await expect(current).toHaveAttribute('data-spec-id', activeSpec);
    // A document the office photographs itself: the note reads as one paragraph, not two columns.
    await page.getByTestId('change-document').click();
    await search.fill('philippine');
    await page.getByTestId('doc-option-ph-passport').first().click();
    const note = page.getByTestId('in-person-note');
    await expect(note).toBeVisible();
    expect(await note.evaluate((el) => getComputedStyle(el).display)).toBe('block');
    await screenshot(page, 'phone-2b-in-person-note');
    await search.press('Escape');
    await search.press('Escape');
    // Back to the residence card (no upload file) for the rest of the flow.
    await page.getByTestId('change-document').click();
    await search.fill('residence card');
    await search.press('ArrowDown');
    const first = await page.locator(`[id="${await search.getAttribute('aria-activedescendant')}"]`).getAttribute('data-testid');
    expect(first).toBe('doc-option-jp-residence-card');
    await search.press('Enter');
    await expect(current).toHaveAttribute('data-spec-id', 'jp-residence-card');
    expect(before).toBeTruthy();
  });

  test('after a photo is picked the result comes into view by itself, with the stages of the wait', async () => {
    test.setTimeout(FINAL_CROP_TIMEOUT_MS + 60_000);
    const started = Date.now();
    await page.getByTestId('file-input').setInputFiles(PHOTO);
    await expect(page.locator('#step-result')).toBeFocused();
    const stage = page.getByTestId('preview-stage');
    // The draft preview exists once the face is found; on a first visit the models load first (on intent, issue 11),
    // which on a loaded 2-core machine alone took over 8 s. What is held here is the layout: once there is a preview,
    // the page has it in view within PREVIEW_IN_VIEW_MS, without the user scrolling.
    await expect(stage).toBeAttached({ timeout: FINAL_CROP_TIMEOUT_MS });
    const shownMs = Date.now() - started;
    await expect.poll(() => shareInView(stage).catch(() => 0), { timeout: PREVIEW_IN_VIEW_MS, intervals: [100] }).toBeGreaterThanOrEqual(MIN_PREVIEW_IN_VIEW);
    const inViewMs = Date.now() - started;
    console.log(`phone: preview ${Math.round((await shareInView(stage)) * 100)} % in view ${inViewMs} ms after picking the photo (draft shown after ${shownMs} ms)`);
    const progress = page.getByTestId('progress');
    if (await progress.count()) {
      await expect(progress.locator('.progress__label')).not.toBeEmpty();
      await screenshot(page, 'phone-3-waiting');
      console.log(`phone: progress while waiting: "${await progress.innerText()}"`);
    }
    await expect(page.getByTestId('figures')).toHaveAttribute('data-crown-source', 'matte', { timeout: FINAL_CROP_TIMEOUT_MS });
    await expect(progress).toHaveCount(0);
    await expect(page.getByTestId('preview-canvas')).toHaveAttribute('data-render', 'exact');
    expect(await shareInView(stage)).toBeGreaterThanOrEqual(MIN_PREVIEW_IN_VIEW);
    await screenshot(page, 'phone-4-result');
    await expectAccessible(page, 'phone result');
  });

  test('the preview stays in view beside each slider', async () => {
    await expectPreviewBesideEachSlider(page, 'phone');
    await screenshot(page, 'phone-5-fine-tune');
  });

  test('a one-finger swipe on the preview scrolls the page and changes nothing', async () => {
    await page.locator('#step-result').evaluate((el) => el.scrollIntoView({ block: 'start' }));
    const before = await adjustmentValues(page);
    const scrollBefore = await page.evaluate(() => window.scrollY);
    const c = await previewCentre(page);
    await touchGesture(cdp, path({ x: c.x, y: c.y + 60 }, { x: c.x, y: c.y - 140 }, 12).map((p) => [p]));
    await expect.poll(() => page.evaluate(() => window.scrollY), { message: 'the page scrolled' }).toBeGreaterThan(scrollBefore + 100);
    expect(await adjustmentValues(page)).toEqual(before);
  });

  test('two fingers pinch the face size; the move mode lets one finger move the photo', async () => {
    const before = await adjustmentValues(page);
    const c = await previewCentre(page);
    const steps = 10;
    const top = path({ x: c.x, y: c.y - 30 }, { x: c.x, y: c.y - 90 }, steps);
    const bottom = path({ x: c.x, y: c.y + 30 }, { x: c.x, y: c.y + 90 }, steps);
    await touchGesture(
      cdp,
      top.map((p, i) => [
        { ...p, id: 0 },
        { ...bottom[i]!, id: 1 },
      ]),
    );
    await expect.poll(async () => (await adjustmentValues(page)).faceHeightMm, { message: 'pinch changes the face height' }).not.toBe(before.faceHeightMm);
    await page.getByTestId('adjust-reset').click();
    await expect.poll(() => adjustmentValues(page)).toEqual(before);

    const move = page.getByTestId('adjust-move-mode');
    await move.click();
    await expect(move).toHaveAttribute('aria-pressed', 'true');
    const scrollBefore = await page.evaluate(() => window.scrollY);
    const m = await previewCentre(page);
    await touchGesture(cdp, path({ x: m.x, y: m.y }, { x: m.x + 20, y: m.y + 40 }, 8).map((p) => [p]));
    await expect.poll(async () => (await adjustmentValues(page)).topMarginMm, { message: 'move mode drags the photo' }).not.toBe(before.topMarginMm);
    expect(await page.evaluate(() => window.scrollY), 'move mode does not scroll').toBe(scrollBefore);
    await move.click();
    await page.getByTestId('adjust-reset').click();
    await expect.poll(() => adjustmentValues(page)).toEqual(before);
  });

  test('main controls are at least 44 px; download, checklist and print sheet screens', async () => {
    await expectTouchTargets(page);
    await page.getByTestId('download-jpeg').scrollIntoViewIfNeeded();
    await screenshot(page, 'phone-6-download');
    await page.getByTestId('manual-checklist').scrollIntoViewIfNeeded();
    await screenshot(page, 'phone-7-checklist');
    await page.getByTestId('sheet-panel').evaluate((el) => el.scrollIntoView({ block: 'start' }));
    await screenshot(page, 'phone-8-sheet');
    await expectAccessible(page, 'phone sheet');
  });

  test('one download where the upload file would be the same file (Japanese passport)', async () => {
    await page.locator('#step-document').scrollIntoViewIfNeeded();
    await page.getByTestId('change-document').click();
    await page.getByTestId('document-search').fill('passport japan');
    await page.getByTestId('doc-option-jp-passport').first().click();
    await expect(page.getByTestId('download-jpeg')).toBeVisible();
    await expect(page.getByTestId('download-upload')).toHaveCount(0);
    await expect(page.getByTestId('download-serves-upload')).toBeVisible();
    await page.getByTestId('download-jpeg').scrollIntoViewIfNeeded();
    await screenshot(page, 'phone-9-passport-download');
    const jpeg = await downloadJpeg(page);
    const size = jpegSize(jpeg);
    console.log(`phone: jp-passport download ${size.width}×${size.height} px, ${jpeg.length} bytes (${(jpeg.length / (size.width * size.height)).toFixed(3)} bytes/px)`);
    // The passport's online rule: at least 600 px wide, 20–600 KB.
    expect(size.width).toBeGreaterThanOrEqual(600);
    expect(jpeg.length).toBeLessThanOrEqual(600 * 1000);
  });

  test('an error shows where the user is looking', async () => {
    await page.getByTestId('download-jpeg').scrollIntoViewIfNeeded();
    const scrollY = await page.evaluate(() => window.scrollY);
    await page.getByTestId('file-input').setInputFiles({ name: 'notes.txt', mimeType: 'text/plain', buffer: Buffer.from('not a photo') });
    const error = page.getByTestId('error');
    await expect(error).toBeVisible();
    // Picking a file brings the result into view (smoothly): let the scrolling settle before the screenshot.
    await expect.poll(async () => {
      const a = await page.evaluate(() => window.scrollY);
      await page.waitForTimeout(200);
      return (await page.evaluate(() => window.scrollY)) === a;
    }).toBe(true);
    expect(await shareInView(error), 'the error is on screen').toBe(1);
    await screenshot(page, 'phone-10-error');
    await expectAccessible(page, 'phone error');
    await error.getByRole('button').click();
    await expect(error).toHaveCount(0);
    expect(scrollY).toBeGreaterThan(0);
  });
});

test.describe('the same screens on a 1440×900 desktop (issue 12)', () => {
  test.describe.configure({ mode: 'serial' });
  let page: Page;
  let foreign: string[];

  test.beforeAll(async ({ browser }) => {
    ({ page, foreign } = await sharedPage(browser, DESKTOP));
  });
  test.afterAll(async () => {
    expect(foreign, 'requests to other origins').toEqual([]);
    await page.context().close();
  });

  test('start, result, fine-tune and sheet', async () => {
    test.setTimeout(FINAL_CROP_TIMEOUT_MS + 60_000);
    await expectNoLayoutShift(page, 'desktop start');
    await screenshot(page, 'desktop-1-start');
    await expectAccessible(page, 'desktop start');
    await page.getByTestId('file-input').setInputFiles(PHOTO);
    await expect(page.getByTestId('preview-stage')).toBeVisible({ timeout: PREVIEW_IN_VIEW_MS });
    await screenshot(page, 'desktop-2-waiting');
    await expect(page.getByTestId('figures')).toHaveAttribute('data-crown-source', 'matte', { timeout: FINAL_CROP_TIMEOUT_MS });
    await expect(page.getByTestId('progress')).toHaveCount(0);
    await expect(page.getByTestId('preview-canvas')).toHaveAttribute('data-render', 'exact');
    expect(await shareInView(page.getByTestId('preview-stage'))).toBeGreaterThanOrEqual(MIN_PREVIEW_IN_VIEW);
    await screenshot(page, 'desktop-3-result');
    await expectAccessible(page, 'desktop result');
    await expectPreviewBesideEachSlider(page, 'desktop');
    await screenshot(page, 'desktop-4-fine-tune');
    await page.getByTestId('sheet-panel').evaluate((el) => el.scrollIntoView({ block: 'start' }));
    await screenshot(page, 'desktop-5-sheet');
    await expectAccessible(page, 'desktop sheet');
    await page.getByTestId('change-document').scrollIntoViewIfNeeded();
    await page.getByTestId('change-document').click();
    await page.getByTestId('document-search').fill('passport');
    await screenshot(page, 'desktop-6-document-search');
    await expectAccessible(page, 'desktop document search');
    writeFileSync(`${SCREENSHOTS}/README.txt`, 'Screens of the phone (390×844, scale 2) and desktop (1440×900) flow, written by e2e/phone.spec.ts.\n');
  });
});
