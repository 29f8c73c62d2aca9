#!/usr/bin/env node
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { browserPids, treeRssMb, openApp } from './browser.mjs';

/**
 * Pipeline benchmark, side by side in one run (issue 10): the app (head matte) and the old full-frame imgly
 * matte (`?matte=full-frame`) in two browsers, photo by photo in turn so that both see the same load on a shared
 * machine. Per stage, cold (first photo: model start-up) and warm, for the fixture portraits and a 12 MP photo
 * (a fixture enlarged in the page to 3024×4032); the ratio of our total to the bare imgly inference on the same
 * photo; the draft preview time (decode + landmarks); the peak memory of each browser's processes while it
 * works on the 12 MP photo. Prints tables; never fails on timing (ARCHITECTURE.md habit 9).
 */
const PHOTOS = ['C001061', 'W000797', 'D000216', 'M001188', 'S000030', 'L000582'].map((id) => `tests/fixtures/photos/${id}.jpg`);
const TWELVE_MP = { name: '12MP.jpg', widthPx: 3024, heightPx: 4032, from: 'tests/fixtures/photos/N000189.jpg' };
const STAGES = ['landmarks', 'matteCrop', 'matteInference', 'matteUpsample', 'matte', 'render', 'encode', 'total'];
const HEADERS = { landmarks: 'landmarks', matteCrop: 'crop', matteInference: 'matte', matteUpsample: 'upsample', matte: 'matte all', render: 'render', encode: 'encode', total: 'total' };
const RSS_SAMPLE_MS = 100;

function median(values) {
  const s = values.filter((v) => Number.isFinite(v)).sort((a, b) => a - b);
  if (s.length === 0) return NaN;
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

async function peakRssWhile(browserIndex, work) {
  const pid = browserPids()[browserIndex];
  let peak = pid ? treeRssMb(pid) : NaN;
  const timer = setInterval(() => {
    if (pid) peak = Math.max(peak, treeRssMb(pid));
  }, RSS_SAMPLE_MS);
  try {
    const result = await work();
    return { result, peakMb: peak };
  } finally {
    clearInterval(timer);
  }
}

async function twelveMegapixel(page) {
  return page.evaluate(async ({ base64, widthPx, heightPx }) => {
    const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
    const bitmap = await createImageBitmap(new Blob([bytes]));
    const canvas = new OffscreenCanvas(widthPx, heightPx);
    const ctx = canvas.getContext('2d');
    ctx.imageSmoothingQuality = 'high';
    ctx.drawImage(bitmap, 0, 0, widthPx, heightPx);
    const blob = await canvas.convertToBlob({ type: 'image/jpeg', quality: 0.92 });
    const out = new Uint8Array(await blob.arrayBuffer());
    let s = '';
    for (let i = 0; i < out.length; i += 0x8000) s += String.fromCharCode(...out.subarray(i, i + 0x8000));
    return btoa(s);
  }, { base64: readFileSync(TWELVE_MP.from).toString('base64'), widthPx: TWELVE_MP.widthPx, heightPx: TWELVE_MP.heightPx });
}

async function processIn(app, name, base64) {
  const result = await app.page.evaluate((request) => window.idPhoto.process(request), { name, base64, specId: 'jp-passport' });
  if (!result.ok) throw new Error(`${name}: ${result.error.key}`);
  const t = result.report.timingsMs;
  return { ...t, draft: (t.decode ?? 0) + (t.landmarks ?? 0), crownSource: result.report.measured.crownSource };
}

const fmt = (v, width = 10) => (Number.isFinite(v) ? v.toFixed(0) : '–').padStart(width);

export async function benchPipeline() {
  const head = await openApp();
  const full = await openApp({ query: '?matte=full-frame' });
  const rows = [];
  const memory = {};
  try {
    const inputs = PHOTOS.map((p) => ({ name: basename(p), base64: readFileSync(p).toString('base64') }));
    inputs.push({ name: TWELVE_MP.name, base64: await twelveMegapixel(head.page) });
    for (const [i, input] of inputs.entries()) {
      const big = input.name === TWELVE_MP.name;
      // Alternate which path goes first, so neither always runs on the warmer machine.
      const order = i % 2 ? [['full', full, 1], ['head', head, 0]] : [['head', head, 0], ['full', full, 1]];
      const row = { photo: input.name, cold: i === 0 };
      for (const [kind, app, browserIndex] of order) {
        const { result, peakMb } = await peakRssWhile(browserIndex, () => processIn(app, input.name, input.base64));
        row[kind] = result;
        if (big) memory[kind] = peakMb;
      }
      rows.push(row);
    }
  } finally {
    await head.close();
    await full.close();
  }

  console.log('\nPipeline side by side, jp-passport, headless Chromium, this machine (ms; the first row includes model start-up)');
  console.log('head = the app (landmarks, then the head crop at the small input); imgly = the bare full-frame imgly inference');
  console.log(['photo'.padStart(12), ...STAGES.map((s) => HEADERS[s].padStart(10)), 'draft'.padStart(8), 'imgly'.padStart(8), 'ratio'.padStart(7), 'crown'.padStart(7)].join(''));
  const line = (label, h, imgly) =>
    console.log([label.padStart(12), ...STAGES.map((s) => fmt(h[s])), fmt(h.draft, 8), fmt(imgly, 8), (h.total / imgly).toFixed(2).padStart(7), String(h.crownSource ?? '').padStart(7)].join(''));
  for (const r of rows) line(`${r.photo.replace('.jpg', '')}${r.cold ? ' (cold)' : ''}`, r.head, r.full.matte);
  const warm = rows.filter((r) => !r.cold && r.photo !== TWELVE_MP.name);
  const med = Object.fromEntries([...STAGES, 'draft'].map((s) => [s, median(warm.map((r) => r.head[s]))]));
  line('warm median', med, median(warm.map((r) => r.full.matte)));
  const ratios = rows.filter((r) => !r.cold).map((r) => r.head.total / r.full.matte);
  console.log(`\nRatio of our total to the bare imgly inference, warm photos: median ${median(ratios).toFixed(2)}, worst ${Math.max(...ratios).toFixed(2)} (goal ≤ 0.25)`);
  console.log(`Old pipeline total (full-frame, same photos, warm median): ${fmt(median(warm.map((r) => r.full.total)), 0)} ms; ours ${fmt(med.total, 0)} ms`);
  const big = rows.find((r) => r.photo === TWELVE_MP.name);
  if (big) console.log(`12 MP: draft preview (decode + landmarks) ${fmt(big.head.draft, 0)} ms (goal ≤ 1000); final ${fmt(big.head.total, 0)} ms vs ${fmt(big.full.total, 0)} ms full-frame`);
  console.log(`Peak memory of the browser's processes during the 12 MP photo: head ${fmt(memory.head, 0)} MB, full-frame ${fmt(memory.full, 0)} MB`);
}

if (import.meta.url === `file://${process.argv[1]}`) await benchPipeline();
