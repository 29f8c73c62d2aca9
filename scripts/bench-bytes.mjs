#!/usr/bin/env node
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { preview } from 'vite';
import { CHROMIUM_ARGS, chromiumPath, ensureBuild } from './browser.mjs';

/**
 * Bytes benchmark (issue 11): what a user on mobile data pays. Counted by the server itself (every byte it sends,
 * service-worker fetches included), on one browser profile: opening the page, the first photo, a repeat visit.
 * `vite preview` does not compress; a host with gzip/brotli sends the shell at about a third of this.
 */
const root = resolve(import.meta.dirname, '..');
const PHOTO = join(root, 'tests/fixtures/photos/W000797.jpg');
const REPEAT_PHOTO = join(root, 'tests/fixtures/photos/C001061.jpg');
/** The page is left alone this long before "before intent" is read: anything it would preload has started. */
const SETTLE_MS = 5_000;
const FINAL_PHOTO_TIMEOUT_MS = 300_000;
const MODEL_FOLDERS = ['/vendor/', '/models/'];

function countingPlugin(counter) {
  return {
    name: 'count-served-bytes',
    configurePreviewServer(server) {
      server.middlewares.use((req, res, next) => {
        const path = (req.url ?? '/').split('?')[0];
        const write = res.write.bind(res);
        res.write = (chunk, ...rest) => {
          if (chunk && typeof chunk !== 'function') {
            const bytes = Buffer.byteLength(chunk);
            counter.total += bytes;
            if (MODEL_FOLDERS.some((f) => path.startsWith(f))) counter.models += bytes;
          }
          return write(chunk, ...rest);
        };
        counter.requests++;
        // A 304 sends no body: only full responses count as a download of the file.
        res.on('finish', () => {
          if (res.statusCode === 200) counter.downloads.set(path, (counter.downloads.get(path) ?? 0) + 1);
        });
        next();
      });
    },
  };
}

async function finalPhoto(page, photo) {
  await page.getByTestId('file-input').setInputFiles(photo);
  await page.waitForSelector('[data-testid="figures"][data-crown-source="matte"]', { timeout: FINAL_PHOTO_TIMEOUT_MS });
}

export async function benchBytes() {
  ensureBuild();
  const counter = { total: 0, models: 0, requests: 0, downloads: new Map() };
  let firstVisitTwice;
  const server = await preview({ root, logLevel: 'silent', plugins: [countingPlugin(counter)], preview: { port: 0, strictPort: false } });
  const address = server.resolvedUrls?.local?.[0];
  if (!address) throw new Error('vite preview did not report a URL');
  const profile = mkdtempSync(join(tmpdir(), 'idphoto-bench-'));
  const executablePath = chromiumPath();
  const open = () => chromium.launchPersistentContext(profile, { ...(executablePath ? { executablePath } : {}), args: CHROMIUM_ARGS });
  const rows = [];
  const mark = (label) => {
    rows.push({ label, ...counter });
  };
  try {
    let context = await open();
    let page = context.pages()[0] ?? (await context.newPage());
    await page.goto(address);
    await page.waitForTimeout(SETTLE_MS);
    mark('before intent (page open)');
    await finalPhoto(page, PHOTO);
    mark('to the first final photo');
    await page.waitForSelector('[data-testid="offline-status"][data-phase="ready"]', { timeout: FINAL_PHOTO_TIMEOUT_MS });
    mark('to "Ready offline"');
    firstVisitTwice = [...counter.downloads].filter(([, n]) => n > 1);
    await context.close();

    const before = { ...counter };
    context = await open();
    page = context.pages()[0] ?? (await context.newPage());
    await page.goto(address);
    await finalPhoto(page, REPEAT_PHOTO);
    rows.push({ label: 'repeat visit + a photo', total: counter.total - before.total, models: counter.models - before.models, requests: counter.requests - before.requests });
    await context.close();
  } finally {
    await server.close();
    rmSync(profile, { recursive: true, force: true });
  }
  const mb = (bytes) => (bytes / 1e6).toFixed(2).padStart(10);
  console.log('\nBytes sent by the server (one browser profile; cumulative within the first visit)');
  console.log(`${'when'.padEnd(28)}${'all MB'.padStart(10)}${'model MB'.padStart(10)}${'requests'.padStart(10)}`);
  for (const r of rows) console.log(`${r.label.padEnd(28)}${mb(r.total)}${mb(r.models)}${String(r.requests).padStart(10)}`);
  const twice = (firstVisitTwice ?? []).map(([path, n]) => `${path} ×${n}`);
  console.log(`Files downloaded more than once in the first visit (goal: none): ${twice.length ? twice.join(', ') : 'none'}`);
}

if (import.meta.url === `file://${process.argv[1]}`) await benchBytes();
