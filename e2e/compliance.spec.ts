import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { test, expect, photoPath, uploadPhoto } from './app-fixture';

/**
 * Issue 7 on real photos in Chromium: the fixture portraits pass the geometry checks after the automatic crop
 * (batch report), and photos spoiled in one way (made here with ffmpeg from one portrait) raise the finding for
 * that fault and no unrelated failure (the checklist beside the preview).
 */

const ALL_PORTRAITS = ['C001061', 'C001067', 'D000216', 'G000551', 'H000324', 'H001050', 'H001064', 'J000032', 'L000480', 'L000582', 'M001137', 'M001188', 'N000147', 'N000189', 'P000612', 'R000053', 'S000030', 'S001163', 'W000738', 'W000797'];
/** The app's default document. Its 25 mm face puts the 225×275 fixtures at 150–250 dpi (warn), so a shrunk copy fails. */
const SPEC_ID = 'jp-residence-card';
const GEOMETRY_RULES = ['face-height', 'top-margin', 'centring'] as const;
/** The face-height messages that only ask the user to check a line (chin-unclear, crown-unclear). */
const HONEST_DOUBT = /chin is hard to see|fades into the background/;
/**
 * Base of the variants: level (roll 0.8°), frontal (yaw −0.7°, pitch 4.5°) and sharp, so a spoilt copy cannot
 * drift over an unrelated limit by accident. Its smile already fails expression and mouth, which is fine: only
 * new failures count.
 */
const BASE = 'D000216';
/** Added to the base's own tilt (clockwise, same sign as its +0.8° roll): 12.8° is past ICAO's 8°. */
const ROTATE_DEG = 12;
/** ×0.35 on the sRGB values is ×0.1 in linear light: 3.3 stops darker. */
const DARKEN_FACTOR = 0.35;
/** Gaussian σ in source px: past the σ ≈ 2.4 px the sharpness rule was calibrated to fail. */
const BLUR_SIGMA_PX = 2.5;
const SHRUNK_HEIGHT_PX = 120;
/** The second person is smaller, so the app still measures the base portrait (largest face first). */
const SECOND_PERSON_SCALE = 0.7;

const VARIANT_DIR = 'out/compliance-variants';
const MATTE_TIMEOUT_MS = 120_000;

interface Variant {
  readonly name: string;
  readonly ffmpeg: readonly string[];
  /** The rules that must fail (and did not before). */
  readonly expected: readonly string[];
  /** Rules that may also start failing, each for a stated reason. */
  readonly allowed: Readonly<Record<string, string>>;
}

function ffmpeg(args: readonly string[]): Buffer {
  return execFileSync('ffmpeg', ['-hide_banner', '-loglevel', 'error', '-y', ...args]);
}

/** Mean colour of a top corner of the photo (background), to fill what a rotation or a padding adds. */
function cornerColour(path: string, side: 'left' | 'right'): string {
  const x = side === 'left' ? '0' : 'iw-16';
  const rgb = ffmpeg(['-i', path, '-vf', `crop=16:16:${x}:0,scale=1:1:flags=area`, '-f', 'rawvideo', '-pix_fmt', 'rgb24', '-']);
  return `0x${rgb.toString('hex').slice(0, 6)}`;
}

function variants(): Variant[] {
  const base = photoPath(BASE);
  const second = photoPath('P000612');
  return [
    {
      name: 'rotated',
      ffmpeg: ['-i', base, '-vf', `rotate=${ROTATE_DEG}*PI/180:fillcolor=${cornerColour(base, 'left')}`],
      expected: ['roll'],
      allowed: {},
    },
    {
      name: 'darkened',
      ffmpeg: ['-i', base, '-vf', `lutrgb=r=val*${DARKEN_FACTOR}:g=val*${DARKEN_FACTOR}:b=val*${DARKEN_FACTOR}`],
      expected: ['exposure'],
      // Darkening squeezes the face's tones into the bottom levels: fewer distinct tones is the same fault seen
      // from the histogram's side (ISO/IEC 29794-5 DynamicRange), not a second one.
      allowed: { 'dynamic-range': 'a darker face has fewer tones' },
    },
    { name: 'blurred', ffmpeg: ['-i', base, '-vf', `gblur=sigma=${BLUR_SIGMA_PX}`], expected: ['sharpness'], allowed: {} },
    { name: 'shrunk', ffmpeg: ['-i', base, '-vf', `scale=-2:${SHRUNK_HEIGHT_PX}:flags=area`], expected: ['resolution'], allowed: {} },
    {
      name: 'two-people',
      ffmpeg: [
        '-i', base, '-i', second, '-filter_complex',
        `[1]scale=iw*${SECOND_PERSON_SCALE}:-2,pad=225:275:(ow-iw)/2:oh-ih:color=${cornerColour(second, 'right')}[b];[0][b]hstack`,
      ],
      expected: ['single-face'],
      allowed: {},
    },
  ];
}

interface ShownFinding {
  readonly status: string;
  readonly measured: number | null;
  /** The verdict as the page words it (for the log). */
  readonly message?: string;
}

/** Uploads a photo and reads the finished checklist of that photo (matte and face statistics in). */
async function checklistFor(page: Page, path: string): Promise<Record<string, ShownFinding>> {
  const report = page.getByTestId('compliance');
  const previous = (await report.count()) > 0 ? await report.getAttribute('data-photo-id') : null;
  await uploadPhoto(page, path);
  if (previous !== null) await expect(report).not.toHaveAttribute('data-photo-id', previous, { timeout: MATTE_TIMEOUT_MS });
  await expect(report).toHaveAttribute('data-complete', 'true', { timeout: MATTE_TIMEOUT_MS });
  const rows = await report.locator('[data-rule]').evaluateAll((elements) =>
    elements.map((e) => ({
      rule: e.getAttribute('data-rule') ?? '',
      status: e.getAttribute('data-status') ?? '',
      measured: e.getAttribute('data-measured'),
      message: e.querySelector('.checklist__message')?.textContent ?? '',
    })),
  );
  return Object.fromEntries(rows.map((r) => [r.rule, { status: r.status, measured: r.measured === null ? null : Number(r.measured), message: r.message }]));
}

const failing = (findings: Record<string, ShownFinding>) => Object.keys(findings).filter((rule) => findings[rule]?.status === 'fail');

interface BatchFinding {
  readonly rule: string;
  readonly status: string;
  readonly measured: number | null;
  readonly limit: unknown;
  readonly message: string;
}

/** The batch command's path (window.idPhoto.process): the report it writes as <stem>.json. */
async function batchFindings(page: Page, path: string): Promise<BatchFinding[]> {
  const request = { name: path.split('/').pop(), base64: readFileSync(path).toString('base64'), specId: SPEC_ID };
  const result = (await page.evaluate((r) => (window as unknown as { idPhoto: { process(r: unknown): Promise<unknown> } }).idPhoto.process(r), request)) as {
    ok: boolean;
    report?: { findings: BatchFinding[] };
  };
  expect(result.ok, path).toBe(true);
  return result.report!.findings;
}

/** Findings of the unspoilt portraits, shown in the checklist, for the variants to be compared with. */
const seen = new Map<string, Record<string, ShownFinding>>();

test.describe.configure({ mode: 'serial' });

test.describe('compliance report on real photos', () => {
  test('every fixture portrait passes geometry after the automatic crop', async ({ page }) => {
    test.setTimeout(ALL_PORTRAITS.length * MATTE_TIMEOUT_MS);
    await page.goto('/');
    // The app opens on the residence card; nothing to pick.
    await expect(page.getByTestId('current-document')).toHaveAttribute('data-spec-id', SPEC_ID);
    const tally: Record<string, Record<string, number>> = {};
    for (const id of ALL_PORTRAITS) {
      const findings = await checklistFor(page, photoPath(id));
      seen.set(id, findings);
      for (const rule of GEOMETRY_RULES) {
        const f = findings[rule];
        // Honest doubt (issue 15): a chin or crown that is hard to see warns on face height; the geometry is fine.
        const doubt = rule === 'face-height' && f?.status === 'warn' && HONEST_DOUBT.test(f.message ?? '');
        expect.soft(doubt ? 'pass' : f?.status, `${id} ${rule} (${f?.measured})`).toBe('pass');
      }
      for (const [rule, f] of Object.entries(findings)) {
        tally[rule] ??= { pass: 0, warn: 0, fail: 0 };
        tally[rule]![f.status]! += 1;
      }
      if (id === 'G000551') {
        // Warnings only: the download says nothing more, and a ticked question sticks until the next photo.
        expect(failing(findings), 'G000551 fails nothing').toEqual([]);
        await expect(page.getByTestId('export-warning')).toHaveCount(0);
        await page.getByTestId('manual-glasses').getByRole('checkbox').check();
        await expect(page.getByTestId('manual-glasses').getByRole('checkbox')).toBeChecked();
      }
      if (failing(findings).length > 0) {
        await expect(page.getByTestId('export-warning')).toBeVisible();
        await expect(page.getByTestId('download-jpeg')).toBeEnabled();
      }
      if (id === 'H000324') await expect(page.getByTestId('manual-glasses').getByRole('checkbox'), 'a new photo starts with no answers').not.toBeChecked();
    }
    console.log(`${SPEC_ID}, ${ALL_PORTRAITS.length} portraits in the checklist (pass/warn/fail):\n${Object.entries(tally).map(([rule, n]) => `  ${rule}: ${n.pass}/${n.warn}/${n.fail}`).join('\n')}`);
  });

  test('spoilt copies raise the matching finding and no unrelated failure', async ({ page }) => {
    test.setTimeout(8 * MATTE_TIMEOUT_MS);
    mkdirSync(VARIANT_DIR, { recursive: true });
    await page.goto('/');
    // The page in Japanese: the checklist's data attributes and the batch JSON do not depend on it.
    await page.evaluate(() => localStorage.setItem('idphoto.language', 'ja'));
    await page.reload();
    // The app opens on the residence card; nothing to pick.
    await expect(page.getByTestId('current-document')).toHaveAttribute('data-spec-id', SPEC_ID);
    const base = seen.get(BASE) ?? (await checklistFor(page, photoPath(BASE)));
    const notPassing = (f: Record<string, ShownFinding>) => Object.entries(f).filter(([, x]) => x.status !== 'pass').map(([rule, x]) => `${rule} ${x.status}: ${x.message}`);
    const lines = [`${BASE}: ${notPassing(base).join('; ')}`];

    for (const v of variants()) {
      const path = join(VARIANT_DIR, `${BASE}-${v.name}.jpg`);
      ffmpeg([...v.ffmpeg, '-q:v', '2', path]);
      // Most go through the checklist; the last one through the batch report, whose JSON carries the same findings.
      let found: Record<string, ShownFinding>;
      if (v.name === 'two-people') {
        const batch = await batchFindings(page, path);
        expect(batch[0]?.status, 'worst first').toBe('fail');
        expect(batch.find((f) => f.rule === 'single-face')).toEqual({
          rule: 'single-face',
          status: 'fail',
          measured: 2,
          unit: 'faces',
          limit: { min: 1, max: 1 },
          message: '2 faces were found; the photo must show only you. Take the photo alone, with nobody else in the frame.',
        });
        found = Object.fromEntries(batch.map((f) => [f.rule, { status: f.status, measured: f.measured }]));
      } else {
        found = await checklistFor(page, path);
      }
      const newFails = failing(found).filter((rule) => !failing(base).includes(rule));
      const changed = Object.keys(found)
        .filter((rule) => found[rule]!.status !== base[rule]?.status)
        .map((rule) => `${rule} ${base[rule]?.status}→${found[rule]!.status} (${base[rule]?.measured?.toFixed(2)}→${found[rule]!.measured?.toFixed(2)})`);
      lines.push(`${v.name}: ${changed.join('; ') || 'no change'}`);
      for (const rule of v.expected) expect.soft(found[rule]?.status, `${v.name}: ${rule}`).toBe('fail');
      const unexpected = newFails.filter((rule) => !v.expected.includes(rule) && !(rule in v.allowed));
      expect.soft(unexpected, `${v.name}: unrelated new failures`).toEqual([]);
    }
    console.log(lines.join('\n'));
  });
});
