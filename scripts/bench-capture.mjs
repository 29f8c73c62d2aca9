#!/usr/bin/env node
/**
 * Live-guidance benchmark (issue 6: at least 8 checks a second on a 2-core machine, preview never frozen).
 * Opens the camera view of the production build in headless Chromium with a fake camera playing a fixture portrait,
 * then samples window.idPhotoCapture.stats() once a second and prints the detections per second (median over the
 * windows), the frame-to-hint latency and the worker's own time. Timings are reported, never judged.
 *
 *   node scripts/bench-capture.mjs [--seconds 8] [--portrait L000480] [--verbose]
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';
import { preview } from 'vite';
import { CHROMIUM_ARGS, chromiumPath, ensureBuild } from './browser.mjs';

const root = resolve(import.meta.dirname, '..');

/** The fake camera: 640×480, the webcam size Chromium's fake device defaults to; 30 fps like a real webcam. */
const VIDEO_WIDTH_PX = 640;
const VIDEO_HEIGHT_PX = 480;
const VIDEO_FPS = 30;
/** Frames in the file; Chromium loops it. A still portrait needs few. */
const VIDEO_FRAMES = 5;
/** The portrait enlarged so its face meets the residence-card guide in that frame. */
const PORTRAIT_SCALE = 1.2;
/** Where the enlarged portrait's top-left corner goes in the frame, px. */
const PORTRAIT_OFFSET_PX = { x: 187, y: 67 };
/** L000480's eye line falls 5° to the right: turned level so the hints have nothing to say about roll. */
const LEVEL_ROTATION_DEG = 5;
/** Close to the fixture's studio background, so the padding does not look like a second subject. */
const PAD_COLOUR = '0x64809a';

const SAMPLE_EVERY_MS = 1000;
const DEFAULT_SECONDS = 8;
/** Waiting for the model and the first answer, before measuring. */
const WARM_UP_TIMEOUT_MS = 60_000;

/** Makes a y4m fake-camera video from a fixture portrait (ffmpeg from Debian); returns its path. */
export function fakeCameraVideo(portrait = 'L000480', { scale = PORTRAIT_SCALE, offset = PORTRAIT_OFFSET_PX, name = 'bench' } = {}) {
  const dir = join(root, 'out', 'capture');
  mkdirSync(dir, { recursive: true });
  const path = join(dir, `${name}-${portrait}.y4m`);
  const filter = [
    `scale=iw*${scale}:-1`,
    `pad=${VIDEO_WIDTH_PX}:${VIDEO_HEIGHT_PX}:${offset.x}:${offset.y}:color=${PAD_COLOUR}`,
    `rotate=${LEVEL_ROTATION_DEG}*PI/180:fillcolor=${PAD_COLOUR}`,
    'format=yuv420p',
  ].join(',');
  execFileSync('ffmpeg', ['-loglevel', 'error', '-y', '-loop', '1', '-i', join(root, 'tests', 'fixtures', 'photos', `${portrait}.jpg`), '-vf', filter, '-frames:v', String(VIDEO_FRAMES), '-r', String(VIDEO_FPS), path]);
  return path;
}

function median(values) {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

function percentile(values, p) {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))];
}

/** Runs the benchmark; returns the rows it printed. */
export async function benchCapture({ seconds = DEFAULT_SECONDS, portrait = 'L000480', verbose = false, log = console.log } = {}) {
  ensureBuild();
  const video = fakeCameraVideo(portrait);
  const server = await preview({ root, logLevel: 'silent', preview: { port: 0, strictPort: false } });
  const address = server.resolvedUrls?.local?.[0];
  if (!address) throw new Error('vite preview did not report a URL');
  const executablePath = chromiumPath();
  const browser = await chromium.launch({
    ...(executablePath ? { executablePath } : {}),
    args: [...CHROMIUM_ARGS, '--use-fake-device-for-media-stream', '--use-fake-ui-for-media-stream', `--use-file-for-fake-video-capture=${video}`],
  });
  try {
    const page = await browser.newPage();
    await page.goto(address);
    await page.getByTestId('open-camera').click();
    await page.waitForFunction(() => window.idPhotoCapture?.stats().answered > 0, undefined, { timeout: WARM_UP_TIMEOUT_MS });
    const read = () => page.evaluate(() => window.idPhotoCapture.stats());
    const windows = [];
    let captures = 0;
    let previous = await read();
    while (windows.length < seconds) {
      await page.waitForTimeout(SAMPLE_EVERY_MS);
      const current = await read();
      if (verbose) log(JSON.stringify({ phase: current.phase, hint: current.hint, checks: current.checks }));
      if (current.phase === 'capture') {
        // The portrait is on the guide, so the view captures on its own every few seconds; the analysis pauses
        // while the photo is reviewed. Retake, and leave that window out.
        captures++;
        await page.getByTestId('camera-retake').click();
        await page.waitForFunction((n) => window.idPhotoCapture.stats().answered > n, current.answered);
        previous = await read();
        continue;
      }
      const elapsedS = (current.atMs - previous.atMs) / 1000;
      windows.push({ detections: (current.answered - previous.answered) / elapsedS, dropped: (current.dropped - previous.dropped) / elapsedS });
      if (verbose) log(`window ${windows.length}: ${windows.at(-1).detections.toFixed(1)} detections/s`);
      previous = current;
    }
    const last = await read();
    const rows = [
      ['camera frame', `${last.videoWidthPx}×${last.videoHeightPx} @ ${VIDEO_FPS} fps (fake camera, ${portrait})`],
      ['detections / s (median of 1 s windows)', median(windows.map((w) => w.detections)).toFixed(1)],
      ['detections / s (slowest window)', Math.min(...windows.map((w) => w.detections)).toFixed(1)],
      ['frames dropped / s (worker busy)', median(windows.map((w) => w.dropped)).toFixed(1)],
      ['frame → hint latency, median ms', median(last.recentLatencyMs).toFixed(0)],
      ['frame → hint latency, p90 ms', percentile(last.recentLatencyMs, 0.9).toFixed(0)],
      ['worker time per frame, median ms', median(last.recentWorkerMs).toFixed(0)],
      ['automatic captures during the run', String(captures)],
      ['errors', String(last.errors)],
    ];
    const width = Math.max(...rows.map(([k]) => k.length));
    log(`live capture guidance, ${seconds} s of preview`);
    for (const [k, v] of rows) log(`  ${k.padEnd(width)}  ${v}`);
    return rows;
  } finally {
    await browser.close();
    await server.close();
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const args = process.argv.slice(2);
  const option = (name) => {
    const i = args.indexOf(name);
    return i >= 0 ? args[i + 1] : undefined;
  };
  await benchCapture({ seconds: Number(option('--seconds') ?? DEFAULT_SECONDS), portrait: option('--portrait') ?? 'L000480', verbose: args.includes('--verbose') });
}
