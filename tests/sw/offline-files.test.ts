import { describe, expect, it } from 'vitest';
import { downloadOrder, isModelPath, pathUnderBase, REVISION_HEADER, totalBytes, withIsolationHeaders, type OfflineFile } from '../../src/sw/offline-files';

const file = (path: string, bytes = 1): OfflineFile => ({ path, bytes, revision: 'r' });

describe('offline files', () => {
  it('treats everything under vendor/ and models/ as model files', () => {
    expect(isModelPath('vendor/imgly/0c8c5c24')).toBe(true);
    expect(isModelPath('vendor/onnx/isnet-medium.abc123.onnx')).toBe(true);
    expect(isModelPath('models/face_landmarker.task')).toBe(true);
    expect(isModelPath('assets/index-abc.js')).toBe(false);
    expect(isModelPath('index.html')).toBe(false);
  });

  it('resolves paths under the base, and nothing outside it', () => {
    expect(pathUnderBase('/vendor/x', '/')).toBe('vendor/x');
    expect(pathUnderBase('/app/vendor/x', '/app/')).toBe('vendor/x');
    expect(pathUnderBase('/other/x', '/app/')).toBeNull();
  });

  it('downloads what the first crop needs before the background model', () => {
    const order = downloadOrder([file('vendor/imgly/b'), file('vendor/imgly/a'), file('vendor/mediapipe/vision_wasm_internal.wasm'), file('models/face_landmarker.task'), file('assets/matte.worker-x.js')]);
    expect(order.map((f) => f.path)).toEqual(['assets/matte.worker-x.js', 'models/face_landmarker.task', 'vendor/mediapipe/vision_wasm_internal.wasm', 'vendor/imgly/a', 'vendor/imgly/b']);
  });

  it('adds the isolation headers a cached response needs, keeping the ones it has', () => {
    const headers = withIsolationHeaders(new Headers({ 'Content-Type': 'application/wasm', 'Cross-Origin-Resource-Policy': 'same-site' }), 'abc');
    expect(headers.get('Cross-Origin-Opener-Policy')).toBe('same-origin');
    expect(headers.get('Cross-Origin-Embedder-Policy')).toBe('require-corp');
    expect(headers.get('Cross-Origin-Resource-Policy')).toBe('same-site');
    expect(headers.get('Content-Type')).toBe('application/wasm');
    expect(headers.get(REVISION_HEADER)).toBe('abc');
  });

  it('adds up sizes', () => {
    expect(totalBytes([file('a', 3), file('b', 4)])).toBe(7);
  });
});
