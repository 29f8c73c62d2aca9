import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { execFileSync } from 'node:child_process';
import { chromium } from 'playwright-core';
import { preview } from 'vite';
import chromiumLaunchArgs from './chromium-args.json' with { type: 'json' };

/**
 * Shared by the batch command and the benchmarks: the production build served by `vite preview` (with the
 * cross-origin isolation headers) and driven in headless Debian Chromium, so Node runs no pipeline of its own.
 */
export const CHROMIUM_ARGS = chromiumLaunchArgs;

const root = resolve(import.meta.dirname, '..');

function newestMtime(dir) {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(path) : statSync(path).mtimeMs);
  }
  return newest;
}

/** Builds dist/ when it is missing or older than the sources. */
export function ensureBuild(log = console.error) {
  const index = join(root, 'dist', 'index.html');
  const sources = Math.max(newestMtime(join(root, 'src')), newestMtime(join(root, 'specs')), statSync(join(root, 'index.html')).mtimeMs);
  if (existsSync(index) && statSync(index).mtimeMs >= sources) return;
  log('building the app (vite build)…');
  execFileSync('npx', ['vite', 'build', '--logLevel', 'warn'], { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });
}

export function chromiumPath() {
  const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].filter(Boolean);
  return candidates.find((p) => existsSync(p));
}

/** Starts the preview server and a page with the app loaded; returns { page, close }. */
export async function openApp({ onForeignRequest, query = '' } = {}) {
  ensureBuild();
  const server = await preview({ root, logLevel: 'silent', preview: { port: 0, strictPort: false } });
  const address = server.resolvedUrls?.local?.[0];
  if (!address) throw new Error('vite preview did not report a URL');
  const executablePath = chromiumPath();
  const browser = await chromium.launch({ ...(executablePath ? { executablePath } : {}), args: CHROMIUM_ARGS });
  const page = await browser.newPage();
  const origin = new URL(address).origin;
  page.on('request', (request) => {
    const url = request.url();
    if (!url.startsWith(origin) && !url.startsWith('blob:') && !url.startsWith('data:')) onForeignRequest?.(url);
  });
  await page.goto(`${address}${query}`);
  await page.waitForFunction(() => 'idPhoto' in window);
  return {
    page,
    browser,
    async close() {
      await browser.close();
      await server.close();
    },
  };
}
