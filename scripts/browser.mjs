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

/** Resident memory of a browser: its main process and every descendant (renderers, GPU, utility), MB. */
export function treeRssMb(rootPid) {
  const rows = execFileSync('ps', ['-eo', 'pid=,ppid=,rss='], { encoding: 'utf8' })
    .trim()
    .split('\n')
    .map((l) => l.trim().split(/\s+/).map(Number));
  const children = new Map();
  for (const [pid, ppid] of rows) children.set(ppid, [...(children.get(ppid) ?? []), pid]);
  const rss = new Map(rows.map(([pid, , kb]) => [pid, kb]));
  let total = 0;
  const stack = [rootPid];
  while (stack.length) {
    const pid = stack.pop();
    total += rss.get(pid) ?? 0;
    stack.push(...(children.get(pid) ?? []));
  }
  return total / 1024;
}

/**
 * The browsers' main processes: Playwright starts each Chromium as a child of this Node process, in launch order
 * (head first, then full-frame), so the n-th child is the n-th browser.
 */
export function browserPids() {
  const rows = execFileSync('ps', ['-o', 'pid=,comm=', '--ppid', String(process.pid)], { encoding: 'utf8' }).trim().split('\n');
  return rows
    .map((l) => l.trim().split(/\s+/))
    .filter(([, comm]) => /chrom/i.test(comm ?? ''))
    .map(([pid]) => Number(pid))
    .sort((a, b) => a - b);
}

/** Resident memory of the only (or the n-th) browser this process started, with all its processes, MB. */
export function browserTreeRssMb(index = 0) {
  const pid = browserPids()[index];
  return pid ? treeRssMb(pid) : NaN;
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
