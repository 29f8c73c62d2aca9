import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { LANGUAGES } from '../src/i18n/languages';
import { SHEET_FONT_FAMILY } from '../src/render/sheet/draw-text-box';
import { test, expect, photoPath, uploadPhoto, waitForFinalCrop, PORTRAITS } from './app-fixture';

/**
 * Issue 13: one page, one photo, then every language in turn. Each must change the page's words, set <html lang>,
 * keep every button, label and heading inside its box on a 390 × 844 phone, and print the L sheet label in its own
 * script with no missing-glyph boxes ("tofu"). Screenshots and sheets go to test-results/languages for a person to
 * look at.
 */
const OUT = 'test-results/languages';
const PHONE = { width: 390, height: 844 };
/** Text smaller than its box by this much is rounding, not overflow. */
const OVERFLOW_SLACK_PX = 1;
/** Glyphs are compared at this size: big enough that a real glyph and the box never share every pixel. */
const GLYPH_TEST_PX = 48;

interface SheetResult {
  ok: boolean;
  base64?: string;
  report?: { labelLines: string[] };
}

test.use({ viewport: PHONE });

test('twelve languages: words, html lang, no overflow on a phone, sheet label in every script', async ({ page }) => {
  test.setTimeout(420_000);
  mkdirSync(OUT, { recursive: true });
  await page.goto('/');
  await uploadPhoto(page, photoPath(PORTRAITS[0]!));
  await waitForFinalCrop(page);

  const titles = new Map<string, string>();
  for (const lng of LANGUAGES) {
    await page.getByTestId('language').selectOption(lng);
    await expect(page.locator('html')).toHaveAttribute('lang', lng);
    await expect(page.getByTestId('language')).toHaveValue(lng);
    const title = await page.locator('h1').innerText();
    titles.set(lng, title);

    // Every visible button, label and heading keeps its text inside its own box.
    const overflowing = await page.evaluate((slack) => {
      const selectors = 'button, label, h1, h2, h3, h4, legend, summary, th, [role="button"]';
      return [...document.querySelectorAll<HTMLElement>(selectors)]
        .filter((el) => el.checkVisibility() && el.clientWidth > 1 && !el.closest('.visually-hidden'))
        .filter((el) => el.scrollWidth > el.clientWidth + slack)
        .map((el) => `${el.tagName.toLowerCase()}.${el.className} "${(el.textContent ?? '').trim().slice(0, 40)}" ${el.scrollWidth}>${el.clientWidth}`);
    }, OVERFLOW_SLACK_PX);
    expect(overflowing, `text overflowing its box in ${lng}`).toEqual([]);
    await page.screenshot({ path: join(OUT, `${lng}.png`), fullPage: true });

    // The L sheet as the download makes it, worded in this language.
    const sheet = (await page.evaluate(
      (language) => (window as unknown as { idPhoto: { sheet(r: unknown): Promise<unknown> } }).idPhoto.sheet({ paperId: 'L', language }),
      lng,
    )) as SheetResult;
    expect(sheet.ok, `sheet in ${lng}`).toBe(true);
    writeFileSync(join(OUT, `sheet-${lng}.jpg`), Buffer.from(sheet.base64 ?? '', 'base64'));
    const labelLines = sheet.report?.labelLines ?? [];
    expect(labelLines.join(' '), `label in ${lng} carries the Japanese name`).toContain('在留カード');

    // Tofu: a grapheme drawn in the sheet's font that comes out pixel for pixel as the box drawn for a code point no
    // font has (U+10FFFD, private use) is a missing glyph.
    const tofu = await page.evaluate(
      ({ lines, family, size }) => {
        const canvas = document.createElement('canvas');
        canvas.width = size * 3;
        canvas.height = size * 2;
        const ctx = canvas.getContext('2d', { willReadFrequently: true });
        if (!ctx) return ['no 2d context'];
        const draw = (text: string): string => {
          ctx.fillStyle = '#fff';
          ctx.fillRect(0, 0, canvas.width, canvas.height);
          ctx.fillStyle = '#000';
          ctx.font = `${size}px ${family}`;
          ctx.textBaseline = 'middle';
          ctx.fillText(text, size / 2, size);
          const data = ctx.getImageData(0, 0, canvas.width, canvas.height).data;
          let bits = '';
          for (let i = 0; i < data.length; i += 4) bits += data[i]! < 128 ? '1' : '0';
          return bits;
        };
        const box = draw('\u{10FFFD}');
        const segmenter = new Intl.Segmenter(undefined, { granularity: 'grapheme' });
        const missing: string[] = [];
        for (const line of lines) {
          for (const { segment } of segmenter.segment(line)) {
            if (/^[\x20-\x7e]$/.test(segment)) continue;
            if (draw(segment) === box) missing.push(segment);
          }
        }
        return missing;
      },
      { lines: labelLines, family: SHEET_FONT_FAMILY, size: GLYPH_TEST_PX },
    );
    expect(tofu, `missing glyphs on the ${lng} label: ${labelLines.join(' | ')}`).toEqual([]);
  }
  // Every language has its own words: no two titles alike (a language that silently fell back would repeat one).
  expect(new Set(titles.values()).size, JSON.stringify([...titles])).toBe(LANGUAGES.length);
});
