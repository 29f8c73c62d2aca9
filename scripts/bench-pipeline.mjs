#!/usr/bin/env node
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { openApp } from './browser.mjs';

/**
 * Pipeline benchmark: per-stage times over the fixture portraits (first photo = cold models), and memory.
 * Prints a table; never fails on timing (DESIGN.md habit 9).
 */
const PHOTOS = ['C001061', 'W000797', 'D000216', 'M001188', 'S000030', 'L000582'].map((id) => `tests/fixtures/photos/${id}.jpg`);
const STAGES = ['decode', 'landmarks', 'matte', 'solve', 'render', 'encode', 'total'];

function median(values) {
  const s = [...values].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

async function memoryMb(page) {
  return page.evaluate(async () => {
    if ('measureUserAgentSpecificMemory' in performance) {
      try {
        const result = await performance.measureUserAgentSpecificMemory();
        return result.bytes / 1e6;
      } catch {
        // Needs cross-origin isolation; fall through.
      }
    }
    return performance.memory ? performance.memory.usedJSHeapSize / 1e6 : null;
  });
}

export async function benchPipeline() {
  const app = await openApp();
  const rows = [];
  try {
    const memoryBefore = await memoryMb(app.page);
    for (const photo of PHOTOS) {
      const result = await app.page.evaluate((request) => window.idPhoto.process(request), {
        name: basename(photo),
        base64: readFileSync(photo).toString('base64'),
        specId: 'jp-passport',
      });
      if (!result.ok) throw new Error(`${photo}: ${result.error.key}`);
      rows.push({ photo: basename(photo), ...result.report.timingsMs });
    }
    const memoryAfter = await memoryMb(app.page);
    console.log('\nPipeline, jp-passport, headless Chromium, this machine (ms; first row includes model start-up)');
    console.log(['photo', ...STAGES].map((h) => h.padStart(10)).join(''));
    for (const r of rows) console.log([r.photo.padStart(10), ...STAGES.map((s) => (r[s] ?? NaN).toFixed(0).padStart(10))].join(''));
    const warm = rows.slice(1);
    console.log(['warm med.'.padStart(10), ...STAGES.map((s) => median(warm.map((r) => r[s] ?? NaN)).toFixed(0).padStart(10))].join(''));
    console.log(`\nMemory (page + workers, measureUserAgentSpecificMemory): before ${memoryBefore?.toFixed(0) ?? '?'} MB, after ${PHOTOS.length} photos ${memoryAfter?.toFixed(0) ?? '?'} MB`);
  } finally {
    await app.close();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) await benchPipeline();
