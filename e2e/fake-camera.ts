import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, BrowserType } from '@playwright/test';
import config, { chromiumArgs } from '../playwright.config';
import { photoPath } from './app-fixture';

/**
 * Chromium's fake camera for the guided-selfie checks: a video made from a fixture portrait (ffmpeg) plays as the
 * webcam. The file is a launch flag, so each video needs its own browser.
 */

/** 640×480 at 30 fps: a common webcam mode; five identical frames, looped by Chromium. */
export const VIDEO = { widthPx: 640, heightPx: 480, fps: 30, frames: 5 };
/** Close to the fixture's studio background, so the padding does not read as a second subject. */
const PAD_COLOUR = '0x64809a';
/** L000480: frontal (yaw −1.2°, pitch 1.2°), eyes open, even light; its eye line falls 5°, turned level here. */
const PORTRAIT = 'L000480';
const LEVEL_ROTATION_DEG = 5;
/** A marker in the frame's top-left corner: still top-left in the captured photo if nothing mirrored it. */
export const MARKER = { x: 8, y: 8, size: 24 };
/** Scale and placement that put the face on the residence-card guide (measured: 0.98 of its height, centred). */
export const ON_GUIDE = { scale: 1.2, x: 187, y: 67 };
/** Half that size, still centred: the face is about half the guide's height. */
export const TOO_SMALL = { scale: 0.6, x: 253, y: 127 };

/** Writes (once per name) the fake camera's video with the portrait scaled and placed as `place` says. */
export function fakeCameraVideo(name: string, place: { scale: number; x: number; y: number }): string {
  const dir = join('out', 'capture');
  mkdirSync(dir, { recursive: true });
  const path = join(dir, `e2e-${name}.y4m`);
  const filter = [
    `scale=iw*${place.scale}:-1`,
    `pad=${VIDEO.widthPx}:${VIDEO.heightPx}:${place.x}:${place.y}:color=${PAD_COLOUR}`,
    `rotate=${LEVEL_ROTATION_DEG}*PI/180:fillcolor=${PAD_COLOUR}`,
    `drawbox=x=${MARKER.x}:y=${MARKER.y}:w=${MARKER.size}:h=${MARKER.size}:color=red:t=fill`,
    'format=yuv420p',
  ].join(',');
  execFileSync('ffmpeg', ['-loglevel', 'error', '-y', '-loop', '1', '-i', photoPath(PORTRAIT), '-vf', filter, '-frames:v', String(VIDEO.frames), '-r', String(VIDEO.fps), path]);
  return path;
}

/** A Chromium (the config's executable and flags) whose camera plays `video`, permission granted. */
export function launchWithFakeCamera(chromium: BrowserType, video: string): Promise<Browser> {
  return chromium.launch({
    ...config.use?.launchOptions,
    args: [...chromiumArgs, '--use-fake-device-for-media-stream', '--use-fake-ui-for-media-stream', `--use-file-for-fake-video-capture=${video}`],
  });
}
