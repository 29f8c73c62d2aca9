#!/usr/bin/env node
import { readdirSync, readFileSync } from 'node:fs';
import { browserTreeRssMb, openApp } from './browser.mjs';

/**
 * Memory soak (issue 14): fifty photos one after another in one page, as a user making photos for a whole family
 * in one tab would. The 20 fixture portraits, each enlarged in the page to a 12 MP phone-sized JPEG (3024×4032), are
 * made in turn through the app's own pipeline (decode, landmarks, head matte, preview, JPEG). After photos 1, 10,
 * 25 and 50 (and a settle with garbage collection), the table shows the resident memory of the browser's processes
 * (page, workers, GPU and utility processes) and the page's JS heap. (performance.measureUserAgentSpecificMemory
 * did not answer within 60 s in this busy page in headless Chromium 156, so process memory is the figure.) Goal:
 * growth from photo 10 to photo 50 ≤ 10 %. Prints a table; never fails on the figures (ARCHITECTURE.md habit 9).
 */
const COUNT = Number(process.env.SOAK_PHOTOS ?? 50);
const CHECKPOINTS = new Set([1, 10, 25, 50, COUNT]);
const PHOTO_DIR = 'tests/fixtures/photos';
const WIDTH_PX = 3024;
const HEIGHT_PX = 4032;

async function enlarge(page, base64) {
  return page.evaluate(
    async ({ base64, widthPx, heightPx }) => {
      const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
      const bitmap = await createImageBitmap(new Blob([bytes]));
      const canvas = new OffscreenCanvas(widthPx, heightPx);
      const ctx = canvas.getContext('2d');
      ctx.imageSmoothingQuality = 'high';
      ctx.drawImage(bitmap, 0, 0, widthPx, heightPx);
      bitmap.close();
      const blob = await canvas.convertToBlob({ type: 'image/jpeg', quality: 0.9 });
      const out = new Uint8Array(await blob.arrayBuffer());
      let s = '';
      for (let i = 0; i < out.length; i += 0x8000) s += String.fromCharCode(...out.subarray(i, i + 0x8000));
      return btoa(s);
    },
    { base64, widthPx: WIDTH_PX, heightPx: HEIGHT_PX },
  );
}

async function measure(cdp) {
  await cdp.send('HeapProfiler.collectGarbage');
  await new Promise((resolve) => setTimeout(resolve, 2000));
  const { metrics } = await cdp.send('Performance.getMetrics');
  const heap = metrics.find((m) => m.name === 'JSHeapUsedSize')?.value ?? NaN;
  return { rssMb: browserTreeRssMb(), heapMb: heap / 2 ** 20 };
}

export async function benchSoak() {
  const app = await openApp();
  const rows = [];
  const failures = [];
  let slowest = 0;
  try {
    const cdp = await app.page.context().newCDPSession(app.page);
    await cdp.send('Performance.enable');
    const files = readdirSync(PHOTO_DIR).filter((f) => f.endsWith('.jpg')).sort();
    const photos = [];
    for (const f of files) photos.push({ name: f.replace('.jpg', '-12MP.jpg'), base64: await enlarge(app.page, readFileSync(`${PHOTO_DIR}/${f}`).toString('base64')) });
    for (let n = 1; n <= COUNT; n++) {
      const photo = photos[(n - 1) % photos.length];
      const started = performance.now();
      const result = await app.page.evaluate((request) => window.idPhoto.process(request), { ...photo, specId: 'jp-passport' });
      slowest = Math.max(slowest, performance.now() - started);
      if (!result.ok || result.report.measured.crownSource !== 'matte') failures.push(`${n} ${photo.name}: ${result.ok ? 'no matte' : result.error.key}`);
      if (CHECKPOINTS.has(n)) rows.push({ n, ...(await measure(cdp)) });
    }
  } finally {
    await app.close();
  }

  const fmt = (v, width = 12) => (!Number.isFinite(v) ? '–' : v.toFixed(0)).padStart(width);
  console.log(`\nMemory soak: ${COUNT} photos in one page (12 MP each, the 20 fixtures in turn, jp-passport), after GC and a 2 s settle`);
  console.log(['after photo'.padStart(12), 'browser MB'.padStart(12), 'JS heap MB'.padStart(12)].join(''));
  for (const r of rows) console.log([String(r.n).padStart(12), fmt(r.rssMb), fmt(r.heapMb)].join(''));
  const at = (n) => rows.find((r) => r.n === n);
  const growth = (key) => {
    const a = at(10)?.[key];
    const b = at(COUNT)?.[key];
    return a && b ? `${(((b - a) / a) * 100).toFixed(1)} %` : '–';
  };
  console.log(`Growth from photo 10 to photo ${COUNT}: browser ${growth('rssMb')}, JS heap ${growth('heapMb')} (goal ≤ 10 %)`);
  console.log(`Photos without a matte or with an error: ${failures.length ? failures.join('; ') : 'none'}; slowest photo ${(slowest / 1000).toFixed(1)} s`);
}

if (import.meta.url === `file://${process.argv[1]}`) await benchSoak();
