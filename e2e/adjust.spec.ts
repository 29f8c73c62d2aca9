import { mkdirSync } from 'node:fs';
import type { Browser, BrowserContextOptions, Locator, Page } from '@playwright/test';
import { test, expect, photoPath, uploadPhoto, downloadJpeg, measureAgain, pxToMm } from './app-fixture';

/** Issue 4 acceptance: a value set in the editor, measured again on the downloaded JPEG, within this. */
const SET_TOLERANCE_MM = 0.2;
const OUTPUT_DPI = 600;
/**
 * What you see is what you get: the idle preview canvas against the decoded JPEG may differ by JPEG compression
 * only (quality 0.95). A crop one 0.1 mm step off (2.4 px) differs far more; the test measures that too.
 */
const WYSIWYG_MEAN_ABS_DIFF = 1.5;
const WYSIWYG_P99_ABS_DIFF = 16;
const SCREENSHOTS = 'out/screens';
/** The person matte takes ~10 s alone, but minutes when the machine is shared with other test runs. */
const FINAL_CROP_TIMEOUT_MS = 5 * 60_000;

/**
 * Edited on the residence card (the app's first document): top margin 2–8 mm, face 22–28 mm, centring ±2 mm.
 * The measurement again has its own noise: on these 225×275 portraits landmark 152 drifts down by up to 0.2 mm of
 * face height as the face is enlarged (W000797, H001050: +0.15…0.2 mm at any setting, the editor's plan being
 * exact). C001067 re-measures within 0.08 mm, so the ±0.2 mm check here tests the editor, not the detector.
 */
const PHOTO = photoPath('C001067');

async function openWithPhoto(page: Page): Promise<void> {
  await page.goto('/');
  await uploadPhoto(page, PHOTO);
  await expect(page.getByTestId('figures')).toHaveAttribute('data-crown-source', 'matte', { timeout: FINAL_CROP_TIMEOUT_MS });
  await expect(page.getByTestId('progress')).toHaveCount(0);
  await waitForExactPreview(page);
}

/**
 * One page, one photo, for a group of tests: each upload runs the person matte, the slow part. Requests to other
 * origins are checked here as the shared fixture does for its own pages.
 */
async function sharedPage(browser: Browser, options: BrowserContextOptions): Promise<{ page: Page; foreign: string[] }> {
  const origin = `http://localhost:${process.env.E2E_PORT ?? 4173}`;
  const context = await browser.newContext({ baseURL: origin, acceptDownloads: true, ...options });
  const page = await context.newPage();
  const foreign: string[] = [];
  context.on('request', (request) => {
    const url = request.url();
    if (!url.startsWith(origin) && !url.startsWith('blob:') && !url.startsWith('data:')) foreign.push(url);
  });
  await openWithPhoto(page);
  return { page, foreign };
}

/** Back to the recommended position and the detected points, with the preview at rest. */
async function resetEditor(page: Page): Promise<void> {
  await page.getByTestId('adjust-reset').click();
  if (await page.getByTestId('adjust-reset-markers').count()) await page.getByTestId('adjust-reset-markers').click();
  await waitForExactPreview(page);
}

/** The preview at rest: the exact 600 dpi frame is on the canvas (not the quick frame drawn while dragging). */
async function waitForExactPreview(page: Page, expected: { topMarginMm?: number; faceHeightMm?: number } = {}): Promise<void> {
  const stage = page.getByTestId('preview-stage');
  if (expected.topMarginMm !== undefined) await expect(stage).toHaveAttribute('data-top-margin-mm', expected.topMarginMm.toFixed(2));
  if (expected.faceHeightMm !== undefined) await expect(stage).toHaveAttribute('data-face-height-mm', expected.faceHeightMm.toFixed(2));
  await expect(page.getByTestId('preview-canvas')).toHaveAttribute('data-render', 'exact');
}

function field(page: Page, name: string): Locator {
  return page.getByTestId(`adjust-input-${name}`);
}

async function typeValue(page: Page, name: string, value: string): Promise<void> {
  await field(page, name).fill(value);
  await field(page, name).press('Enter');
}

/** Downloads, measures the JPEG again with the app's own models, and returns top margin and face height in mm. */
async function downloadAndMeasure(page: Page): Promise<{ jpeg: Buffer; topMm: number; faceMm: number }> {
  const jpeg = await downloadJpeg(page);
  const m = await measureAgain(page, jpeg);
  expect(m.face.crownSource).toBe('matte');
  return { jpeg, topMm: pxToMm(m.face.crown.y, OUTPUT_DPI), faceMm: pxToMm(m.face.chin.y - m.face.crown.y, OUTPUT_DPI) };
}

/** Mean and 99th percentile of |preview − JPEG| per channel; `shiftPx` shifts the preview down first (a control). */
async function compareWithPreview(page: Page, jpeg: Buffer, shiftPx = 0) {
  return page.evaluate(
    async ({ b64, shiftPx }) => {
      const canvas = document.querySelector<HTMLCanvasElement>('[data-testid=preview-canvas]')!;
      const preview = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height).data;
      const bytes = Uint8Array.from(atob(b64), (c) => c.charCodeAt(0));
      const bitmap = await createImageBitmap(new Blob([bytes], { type: 'image/jpeg' }));
      const decoded = new OffscreenCanvas(bitmap.width, bitmap.height);
      const ctx = decoded.getContext('2d')!;
      ctx.drawImage(bitmap, 0, 0);
      const jpegPixels = ctx.getImageData(0, 0, bitmap.width, bitmap.height).data;
      const sameSize = bitmap.width === canvas.width && bitmap.height === canvas.height;
      const histogram = new Array<number>(256).fill(0);
      let sum = 0;
      let n = 0;
      for (let y = shiftPx; y < canvas.height; y++) {
        for (let x = 0; x < canvas.width; x++) {
          const i = 4 * (y * canvas.width + x);
          const j = 4 * ((y - shiftPx) * canvas.width + x);
          for (let c = 0; c < 3; c++) {
            const d = Math.abs(preview[j + c]! - jpegPixels[i + c]!);
            histogram[d]!++;
            sum += d;
            n++;
          }
        }
      }
      let seen = 0;
      let p99 = 0;
      while (p99 < 255 && (seen += histogram[p99]!) < 0.99 * n) p99++;
      return { sameSize, width: canvas.width, height: canvas.height, meanAbs: sum / n, p99 };
    },
    { b64: jpeg.toString('base64'), shiftPx },
  );
}

async function expectWysiwyg(page: Page, jpeg: Buffer, label: string): Promise<string> {
  const same = await compareWithPreview(page, jpeg);
  const shifted = await compareWithPreview(page, jpeg, 2);
  expect(same.sameSize, `${label}: preview canvas at output size`).toBe(true);
  expect(same.meanAbs, `${label}: mean |preview − JPEG|`).toBeLessThanOrEqual(WYSIWYG_MEAN_ABS_DIFF);
  expect(same.p99, `${label}: p99 |preview − JPEG|`).toBeLessThanOrEqual(WYSIWYG_P99_ABS_DIFF);
  // The comparison can see a one-step shift: a preview 2 px (≈ 0.1 mm) off differs clearly more.
  expect(shifted.meanAbs, `${label}: control, preview shifted 2 px`).toBeGreaterThan(same.meanAbs * 1.5);
  return `${label}: ${same.width}×${same.height}, mean |Δ| ${same.meanAbs.toFixed(2)}, p99 ${same.p99} (shifted 2 px: mean ${shifted.meanAbs.toFixed(2)}, p99 ${shifted.p99})`;
}

test.describe('fine-tune in 0.1 mm (issue 4), desktop 1280×900', () => {
  test.describe.configure({ mode: 'serial' });
  let page: Page;
  let foreign: string[];

  test.beforeAll(async ({ browser }) => {
    test.setTimeout(FINAL_CROP_TIMEOUT_MS + 60_000);
    ({ page, foreign } = await sharedPage(browser, { viewport: { width: 1280, height: 900 } }));
  });

  test.afterAll(async () => {
    expect(foreign, 'requests to other origins').toEqual([]);
    await page.context().close();
  });

  test.beforeEach(async () => {
    await resetEditor(page);
  });

  test('values typed into the number fields land on the downloaded JPEG within 0.2 mm', async () => {
    test.setTimeout(6 * 60_000);
    await typeValue(page, 'topMarginMm', '3.6');
    await typeValue(page, 'faceHeightMm', '２６．３'); // full-width digits, as a Japanese IME types them
    await expect(field(page, 'faceHeightMm')).toHaveValue('26.3');
    await waitForExactPreview(page, { topMarginMm: 3.6, faceHeightMm: 26.3 });
    await expect(page.getByTestId('figure-top-margin')).toHaveAttribute('data-value-mm', '3.60');

    const { jpeg, topMm, faceMm } = await downloadAndMeasure(page);
    console.log(`number fields: set top 3.6 / face 26.3 mm → measured top ${topMm.toFixed(2)} / face ${faceMm.toFixed(2)} mm`);
    expect(Math.abs(topMm - 3.6), `top margin measured ${topMm.toFixed(2)} mm`).toBeLessThanOrEqual(SET_TOLERANCE_MM);
    expect(Math.abs(faceMm - 26.3), `face height measured ${faceMm.toFixed(2)} mm`).toBeLessThanOrEqual(SET_TOLERANCE_MM);
    console.log(await expectWysiwyg(page, jpeg, 'after typing'));

    // Nonsense is refused with the allowed range and the value stays; past the tolerance it shows red.
    await typeValue(page, 'faceHeightMm', 'abc');
    await expect(page.getByTestId('adjust-control-faceHeightMm').getByRole('alert')).toContainText('19.0');
    await field(page, 'faceHeightMm').press('Escape');
    await expect(field(page, 'faceHeightMm')).toHaveValue('26.3');
    await typeValue(page, 'topMarginMm', '8.5');
    await expect(page.getByTestId('adjust-control-topMarginMm')).toHaveClass(/adjust-control--bad/);
    await expect(page.locator('[data-guide="crown"]')).toHaveClass(/editor-guides__line--bad/);
  });

  test('arrow keys step 0.1 mm, Shift+arrow 1 mm; undo and redo; the JPEG follows', async () => {
    test.setTimeout(6 * 60_000);
    const top = page.getByTestId('adjust-slider-topMarginMm');
    await top.focus();
    for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Shift+ArrowDown');
    await expect(field(page, 'topMarginMm')).toHaveValue('3.7');

    const face = field(page, 'faceHeightMm');
    await face.focus();
    await page.keyboard.press('Shift+ArrowUp');
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('ArrowUp');
    await expect(face).toHaveValue('26.2');
    await waitForExactPreview(page, { topMarginMm: 3.7, faceHeightMm: 26.2 });

    const { topMm, faceMm } = await downloadAndMeasure(page);
    console.log(`keyboard: set top 3.7 / face 26.2 mm → measured top ${topMm.toFixed(2)} / face ${faceMm.toFixed(2)} mm`);
    expect(Math.abs(topMm - 3.7), `top margin measured ${topMm.toFixed(2)} mm`).toBeLessThanOrEqual(SET_TOLERANCE_MM);
    expect(Math.abs(faceMm - 26.2), `face height measured ${faceMm.toFixed(2)} mm`).toBeLessThanOrEqual(SET_TOLERANCE_MM);

    // Undo: each key press was a step. Ctrl+Z from the slider (not a text field), then the buttons.
    await top.focus();
    await page.keyboard.press('Control+z');
    await expect(face).toHaveValue('26.1');
    await page.getByTestId('adjust-undo').click();
    await page.getByTestId('adjust-undo').click();
    await expect(face).toHaveValue('25.0');
    await page.keyboard.press('Control+y');
    await expect(face).toHaveValue('26.0');
    await page.keyboard.press('Control+Shift+z');
    await expect(face).toHaveValue('26.1');
    await page.getByTestId('adjust-reset').click();
    await expect(face).toHaveValue('25.0');
    await expect(field(page, 'topMarginMm')).toHaveValue('5.0');
  });

  test('zoomed to 200 %: the view changes, never the photo', async () => {
    mkdirSync(SCREENSHOTS, { recursive: true });
    await page.screenshot({ path: `${SCREENSHOTS}/adjust-1280.png`, fullPage: true });
    await page.getByTestId('editor').screenshot({ path: `${SCREENSHOTS}/adjust-1280-editor.png` });
    const editorWidth = (await page.getByTestId('editor').boundingBox())!.width;
    await page.getByTestId('adjust-zoom-in').click();
    await page.getByTestId('adjust-zoom-in').click();
    await expect(page.getByTestId('editor')).toContainText('200');
    // The photo grows inside a scrolling viewport, kept centred; the editor keeps its width.
    expect((await page.getByTestId('editor').boundingBox())!.width).toBeCloseTo(editorWidth, 0);
    const scroll = await page.locator('.editor__viewport').evaluate((el) => ({ left: el.scrollLeft, max: el.scrollWidth - el.clientWidth }));
    expect(scroll.max).toBeGreaterThan(0);
    expect(scroll.left).toBeGreaterThan(scroll.max * 0.25);
    expect(scroll.left).toBeLessThan(scroll.max * 0.75);
    // The photo's viewport only: a screenshot taller than the window would resize it, and the photo is sized in vh.
    await page.locator('.editor__viewport').screenshot({ path: `${SCREENSHOTS}/adjust-1280-zoom-200.png` });
    await expect(page.getByTestId('preview-canvas')).toHaveAttribute('data-render', 'exact');
    await page.getByTestId('adjust-zoom-out').click();
    await page.getByTestId('adjust-zoom-out').click();
  });

  test('drag the photo, wheel the face size, drag the chin marker: the crop re-solves and the JPEG follows', async () => {
    test.setTimeout(6 * 60_000);
    const stage = page.getByTestId('preview-stage');
    await stage.scrollIntoViewIfNeeded();
    const box = (await stage.boundingBox())!;

    // Dragging the photo down moves the crown down: a larger top margin, all in one undo step.
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await page.mouse.down();
    await page.mouse.move(box.x + box.width / 2 + 8, box.y + box.height / 2 + 15, { steps: 6 });
    await page.mouse.up();
    const topAfterDrag = Number(await field(page, 'topMarginMm').inputValue());
    const offsetAfterDrag = Number(await field(page, 'offsetXMm').inputValue());
    expect(topAfterDrag).toBeGreaterThan(5.5);
    expect(offsetAfterDrag).toBeGreaterThan(0.3);
    await page.getByTestId('adjust-undo').click();
    await expect(field(page, 'topMarginMm')).toHaveValue('5.0');
    await expect(field(page, 'offsetXMm')).toHaveValue('0.0');

    // One wheel notch up: the face grows 0.5 mm.
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await page.mouse.wheel(0, -100);
    await expect(field(page, 'faceHeightMm')).toHaveValue('25.5');
    await page.getByTestId('adjust-undo').click();
    await waitForExactPreview(page, { faceHeightMm: 25 });

    // The chin marker: drag it 30 px down; the photo re-solves so the new chin sits at the set face height.
    const scaleBefore = (await stage.getAttribute('data-scale'))!;
    const chin = (await page.getByTestId('marker-chin').boundingBox())!;
    const chinLine = page.locator('[data-guide="chin"]');
    const chinLineBefore = Number(await chinLine.getAttribute('y1'));
    await page.mouse.move(chin.x + chin.width / 2, chin.y + chin.height / 2);
    await page.mouse.down();
    await page.mouse.move(chin.x + chin.width / 2, chin.y + chin.height / 2 + 30, { steps: 5 });
    // While dragging, the green line follows the finger; the crop waits for the release.
    expect(Number(await chinLine.getAttribute('y1'))).toBeGreaterThan(chinLineBefore + 30);
    await expect(stage).toHaveAttribute('data-scale', scaleBefore);
    await page.mouse.up();
    await expect(page.getByTestId('adjust-reset-markers')).toBeVisible();
    await expect(stage).not.toHaveAttribute('data-scale', scaleBefore);
    const scaleAfter = Number(await stage.getAttribute('data-scale'));
    // The chin went lower: crown to chin spans more of the source, so the same 25 mm needs a smaller scale.
    expect(scaleAfter).toBeLessThan(Number(scaleBefore) * 0.97);
    await waitForExactPreview(page, { faceHeightMm: 25 });
    const jpeg = await downloadJpeg(page);
    console.log(await expectWysiwyg(page, jpeg, 'after the chin correction'));

    // Changing the document keeps the correction and resets the position to the new midpoints.
    await page.getByTestId('change-document').click();
    await page.getByTestId('document-search').fill('パスポート 日本');
    await page.getByTestId('doc-option-jp-passport').first().click();
    await expect(field(page, 'faceHeightMm')).toHaveValue('34.0');
    await expect(field(page, 'topMarginMm')).toHaveValue('4.0');
    await expect(page.getByTestId('adjust-reset-markers')).toBeVisible();
    await page.getByTestId('adjust-reset-markers').click();
    await expect(page.getByTestId('adjust-reset-markers')).toHaveCount(0);
  });
});

test.describe('on a phone: 375 px wide, touch', () => {
  test.use({ viewport: { width: 375, height: 812 }, hasTouch: true, isMobile: true, deviceScaleFactor: 2 });

  test('in the move mode one finger moves the photo, two fingers pinch the face size, a finger drags the chin marker', async ({ page }) => {
    test.setTimeout(FINAL_CROP_TIMEOUT_MS + 3 * 60_000);
    await openWithPhoto(page);
    mkdirSync(SCREENSHOTS, { recursive: true });
    await page.getByTestId('editor').scrollIntoViewIfNeeded();
    await page.screenshot({ path: `${SCREENSHOTS}/adjust-375.png` });
    await page.getByTestId('editor').screenshot({ path: `${SCREENSHOTS}/adjust-375-editor.png` });

    // Pointer events from real touch input (CDP), as a phone sends them.
    const cdp = await page.context().newCDPSession(page);
    const touch = (type: 'touchStart' | 'touchMove' | 'touchEnd', points: { x: number; y: number }[]) =>
      cdp.send('Input.dispatchTouchEvent', { type, touchPoints: points.map((p, id) => ({ x: p.x, y: p.y, id })) });
    // One finger scrolls the page unless the move mode is on (issue 12; e2e/phone.spec.ts checks the scrolling).
    await page.getByTestId('adjust-move-mode').click();
    let box = (await page.getByTestId('preview-stage').boundingBox())!;
    const cx = box.x + box.width / 2;
    const cy = box.y + box.height / 2;

    await touch('touchStart', [{ x: cx, y: cy }]);
    for (let i = 1; i <= 6; i++) await touch('touchMove', [{ x: cx, y: cy + 2 * i }]);
    await touch('touchEnd', []);
    expect(Number(await field(page, 'topMarginMm').inputValue())).toBeGreaterThan(5.5);
    await page.getByTestId('adjust-move-mode').click();
    box = (await page.getByTestId('preview-stage').boundingBox())!;
    const px = box.x + box.width / 2;
    const py = box.y + box.height / 2;

    const faceBefore = Number(await field(page, 'faceHeightMm').inputValue());
    await touch('touchStart', [{ x: px - 40, y: py }, { x: px + 40, y: py }]);
    for (let i = 1; i <= 5; i++) await touch('touchMove', [{ x: px - 40 - i, y: py }, { x: px + 40 + i, y: py }]);
    await touch('touchEnd', []);
    // 80 → 90 px apart: the face grows by an eighth (clamped to the tolerance).
    await expect(field(page, 'faceHeightMm')).not.toHaveValue(faceBefore.toFixed(1));
    expect(Number(await field(page, 'faceHeightMm').inputValue())).toBeGreaterThan(faceBefore);

    await waitForExactPreview(page);
    const scaleBefore = (await page.getByTestId('preview-stage').getAttribute('data-scale'))!;
    const chin = (await page.getByTestId('marker-chin').boundingBox())!;
    expect(chin.width).toBeGreaterThanOrEqual(44);
    expect(chin.height).toBeGreaterThanOrEqual(44);
    const x = chin.x + chin.width / 2;
    const y = chin.y + chin.height / 2;
    await touch('touchStart', [{ x, y }]);
    for (let i = 1; i <= 5; i++) await touch('touchMove', [{ x, y: y + 4 * i }]);
    await touch('touchEnd', []);
    await expect(page.getByTestId('adjust-reset-markers')).toBeVisible();
    await expect(page.getByTestId('preview-stage')).not.toHaveAttribute('data-scale', scaleBefore);
    await waitForExactPreview(page);
    await page.getByTestId('editor').screenshot({ path: `${SCREENSHOTS}/adjust-375-after-touch.png` });
  });
});
