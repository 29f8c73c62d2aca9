import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { buildOfflineManifest, cacheControlFor, IMMUTABLE, linkedFromHtml, REVALIDATE } from '../../scripts/offline-service-worker';

const dirs: string[] = [];
function fakeBuild(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'offline-manifest-'));
  dirs.push(dir);
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(join(dir, path, '..'), { recursive: true });
    writeFileSync(join(dir, path), content);
  }
  return dir;
}
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

const HTML = '<link rel="manifest" href="/manifest.webmanifest"><script type="module" src="/assets/index-AbC12345.js"></script>';

describe('offline manifest from the build output', () => {
  it('puts the page and what it links in the shell, and workers, models and WASM on demand', () => {
    const dir = fakeBuild({
      'index.html': HTML,
      'assets/index-AbC12345.js': 'app',
      'assets/matte.worker-XyZ98765.js': 'worker',
      'manifest.webmanifest': '{}',
      'icons/icon-192.png': 'png',
      'models/face_landmarker.task': 'face',
      'vendor/onnx/new-model.0123abcd.onnx': 'a generated model nobody listed by hand',
      'sw.js': 'old worker',
      'offline-manifest.json': '{}',
    });
    const manifest = buildOfflineManifest(dir);
    expect(manifest.shell.map((f) => f.path)).toEqual(['assets/index-AbC12345.js', 'icons/icon-192.png', 'index.html', 'manifest.webmanifest']);
    expect(manifest.onDemand.map((f) => f.path)).toEqual(['assets/matte.worker-XyZ98765.js', 'models/face_landmarker.task', 'vendor/onnx/new-model.0123abcd.onnx']);
    expect(manifest.onDemand[1]).toMatchObject({ bytes: 4, revision: expect.stringMatching(/^[0-9a-f]{16}$/) });
  });

  it('leaves the full-frame imgly fallback out: neither "Prepare" nor "Ready offline" waits for its 90 MB', () => {
    const dir = fakeBuild({
      'index.html': HTML,
      'assets/index-AbC12345.js': 'app',
      'assets/head-matte.worker-Ab12Cd34.js': 'head worker',
      'assets/full-frame-matte.worker-QQEB9kj5.js': 'fallback worker',
      'vendor/imgly/resources.json': '{}',
      'vendor/imgly/0c8c5c24237304482ccc70a50008b73c8ef53e4656068da32b635607cca0c8c9': 'chunk',
      'vendor/isnet/isnet-medium-384.8b8606c8be0a9feb.onnx': 'head model',
    });
    const manifest = buildOfflineManifest(dir);
    expect(manifest.onDemand.map((f) => f.path)).toEqual(['assets/head-matte.worker-Ab12Cd34.js', 'vendor/isnet/isnet-medium-384.8b8606c8be0a9feb.onnx']);
  });

  it('changes the version when any file changes, and only the changed file’s revision', () => {
    const files = { 'index.html': HTML, 'assets/index-AbC12345.js': 'app', 'models/face_landmarker.task': 'face' };
    const a = buildOfflineManifest(fakeBuild(files));
    const b = buildOfflineManifest(fakeBuild({ ...files, 'index.html': `${HTML}<!-- v2 -->` }));
    expect(b.version).not.toBe(a.version);
    expect(b.onDemand).toEqual(a.onDemand);
  });

  it('reads the links of index.html under the base path', () => {
    expect([...linkedFromHtml(HTML, '/')]).toEqual(['manifest.webmanifest', 'assets/index-AbC12345.js']);
    expect([...linkedFromHtml('<script src="/app/assets/x.js"></script>', '/app/')]).toEqual(['assets/x.js']);
  });
});

describe('cache headers for hosting', () => {
  it('caches hashed names for good and revalidates the rest', () => {
    expect(cacheControlFor('/assets/index-AbC12345.js')).toBe(IMMUTABLE);
    expect(cacheControlFor('/vendor/imgly/0c8c5c24237304482ccc70a50008b73c8ef53e4656068da32b635607cca0c8c9')).toBe(IMMUTABLE);
    expect(cacheControlFor('/vendor/onnx/isnet-medium-512.3f9a01bc.onnx')).toBe(IMMUTABLE);
    expect(cacheControlFor('/')).toBe(REVALIDATE);
    expect(cacheControlFor('/index.html')).toBe(REVALIDATE);
    expect(cacheControlFor('/sw.js')).toBe(REVALIDATE);
    expect(cacheControlFor('/vendor/mediapipe/vision_wasm_internal.wasm')).toBe(REVALIDATE);
  });
});
