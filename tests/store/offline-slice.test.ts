import { describe, expect, it, vi } from 'vitest';
import type { OfflineService, OfflineStatus } from '../../src/platform/offline-status';
import { OFFLINE_UNSUPPORTED } from '../../src/platform/offline-status';
import { createPhotoStore } from '../../src/store/photo-store';
import { findProducibleSpec } from '../../src/specs';
import { fakeServices } from '../helpers/fake-pipeline';
import { memoryPreferences } from '../../src/platform/preferences';

const RESIDENCE = findProducibleSpec('jp-residence-card')!;

function fakeOffline() {
  let listener: ((s: OfflineStatus) => void) | null = null;
  const service: OfflineService = {
    status: { ...OFFLINE_UNSUPPORTED, phase: 'not-cached', totalBytes: 100 },
    subscribe: (l) => {
      listener = l;
      return () => undefined;
    },
    beforeModelFetch: async () => undefined,
    prepare: vi.fn(async () => undefined),
    applyUpdate: vi.fn(),
  };
  return { service, emit: (s: OfflineStatus) => listener?.(s) };
}

describe('offline slice', () => {
  it('starts no model before intent, then warms up once and prepares the offline copy on each intent', () => {
    const offline = fakeOffline();
    const services = { ...fakeServices(() => []), warmUp: vi.fn(), offline: offline.service };
    const store = createPhotoStore(services, RESIDENCE, memoryPreferences());
    expect(services.warmUp).not.toHaveBeenCalled();
    expect(store.getState().offline.phase).toBe('not-cached');
    store.getState().prepareModels();
    store.getState().prepareModels();
    expect(services.warmUp).toHaveBeenCalledTimes(1);
    expect(offline.service.prepare).toHaveBeenCalledTimes(2);
  });

  it('mirrors the service’s status and passes the reload on', () => {
    const offline = fakeOffline();
    const store = createPhotoStore({ ...fakeServices(() => []), offline: offline.service }, RESIDENCE, memoryPreferences());
    offline.emit({ phase: 'downloading', cachedBytes: 12e6, totalBytes: 95e6, availableBytes: null, updateReady: true });
    expect(store.getState().offline).toMatchObject({ phase: 'downloading', cachedBytes: 12e6, updateReady: true });
    store.getState().reloadForUpdate();
    expect(offline.service.applyUpdate).toHaveBeenCalled();
  });

  it('works without an offline service', () => {
    const store = createPhotoStore(fakeServices(() => []), RESIDENCE, memoryPreferences());
    expect(store.getState().offline.phase).toBe('unsupported');
    expect(() => store.getState().prepareOffline()).not.toThrow();
  });
});
