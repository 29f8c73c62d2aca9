import { z } from 'zod';
import {
  downloadOrder,
  OFFLINE_MANIFEST_FILE,
  ON_DEMAND_CACHE,
  REVISION_HEADER,
  SERVICE_WORKER_FILE,
  shellCacheName,
  totalBytes,
  type OfflineFile,
  type OfflineManifest,
} from '../sw/offline-files';
import type { OfflineService, OfflineStatus } from './offline-status';
import { OFFLINE_UNSUPPORTED } from './offline-status';

/**
 * The page's side of the service worker (src/sw/service-worker.ts): registers it, counts what is cached against
 * the build's list, downloads the rest on intent with progress in bytes, and offers a waiting new version.
 */

const fileSchema = z.object({ path: z.string(), bytes: z.number().int().nonnegative(), revision: z.string() });
const manifestSchema = z.object({ version: z.string(), shell: z.array(fileSchema), onDemand: z.array(fileSchema) });

/**
 * Storage the browser also needs besides our files (its own bookkeeping, padding of cached responses): asking
 * for 10 % more than the download keeps us from starting one that would fail near the end.
 */
const SPACE_MARGIN = 1.1;
/**
 * The first visit's worker takes control right after it installs (clients.claim). Model workers wait for that, so
 * their downloads go through it (cached, shared with "Prepare"), but not longer than this.
 */
const CONTROLLER_WAIT_MS = 10_000;
/** Progress is published at most this often while bytes stream in, not once per network chunk. */
const PROGRESS_INTERVAL_MS = 200;
/** Cache writes finish shortly after the last byte is read; a few short retries see them. */
const CACHE_WRITE_RETRIES = 10;
const CACHE_WRITE_RETRY_MS = 300;

/** Resolves once a service worker controls the page (at once on a repeat visit; after install on the first). */
function whenControlled(): Promise<void> {
  const container = navigator.serviceWorker;
  if (container.controller) return Promise.resolve();
  return new Promise((resolve) => container.addEventListener('controllerchange', () => resolve(), { once: true }));
}

async function isCached(url: string, file: OfflineFile, cacheName: string, checkRevision: boolean): Promise<boolean> {
  const cached = await caches.match(url, { cacheName });
  return cached !== undefined && (!checkRevision || cached.headers.get(REVISION_HEADER) === file.revision);
}

export function createOfflineCache(baseUrl: string): OfflineService {
  const supported = 'serviceWorker' in navigator && typeof caches !== 'undefined';
  let status: OfflineStatus = supported ? { ...OFFLINE_UNSUPPORTED, phase: 'checking' } : OFFLINE_UNSUPPORTED;
  const listeners = new Set<(s: OfflineStatus) => void>();
  const publish = (patch: Partial<OfflineStatus>) => {
    status = { ...status, ...patch };
    for (const listener of listeners) listener(status);
  };
  const url = (path: string) => new URL(path, baseUrl).href;
  let registration: ServiceWorkerRegistration | null = null;
  const controlled = supported ? whenControlled() : Promise.resolve();
  let preparing: Promise<void> | null = null;
  let reloading = false;

  async function readManifest(): Promise<OfflineManifest> {
    const response = await fetch(url(OFFLINE_MANIFEST_FILE), { cache: 'no-cache' });
    if (!response.ok) throw new Error(`${OFFLINE_MANIFEST_FILE}: HTTP ${response.status}`);
    return manifestSchema.parse(await response.json());
  }

  /** The files not cached yet (of the active worker's list), and the byte counts. */
  async function survey(): Promise<{ missing: OfflineFile[]; cachedBytes: number; totalBytes: number }> {
    const manifest = await readManifest();
    const missing: OfflineFile[] = [];
    const shellCache = shellCacheName(manifest.version);
    for (const file of manifest.shell) if (!(await isCached(url(file.path), file, shellCache, false))) missing.push(file);
    for (const file of manifest.onDemand) if (!(await isCached(url(file.path), file, ON_DEMAND_CACHE, true))) missing.push(file);
    const total = totalBytes(manifest.shell) + totalBytes(manifest.onDemand);
    return { missing, cachedBytes: total - totalBytes(missing), totalBytes: total };
  }

  async function refresh(): Promise<OfflineFile[]> {
    const { missing, cachedBytes, totalBytes: total } = await survey();
    publish({ phase: missing.length === 0 ? 'ready' : 'not-cached', cachedBytes, totalBytes: total });
    return missing;
  }

  /** Fetches through the service worker (which keeps the file), counting bytes as they arrive. */
  async function download(file: OfflineFile, onBytes: (bytes: number) => void): Promise<void> {
    const response = await fetch(url(file.path));
    if (!response.ok || !response.body) throw new Error(`${file.path}: HTTP ${response.status}`);
    const reader = response.body.getReader();
    for (;;) {
      const { done, value } = await reader.read();
      if (done) return;
      onBytes(value.byteLength);
    }
  }

  async function run(): Promise<void> {
    await controlled;
    const missing = await refresh();
    if (missing.length === 0) return;
    const needed = totalBytes(missing);
    const estimate = await navigator.storage?.estimate?.();
    if (estimate?.quota !== undefined) {
      const available = estimate.quota - (estimate.usage ?? 0);
      if (available < needed * SPACE_MARGIN) {
        publish({ phase: 'no-space', availableBytes: available });
        return;
      }
    }
    // Ask the browser not to evict the models under storage pressure; it may say no, which changes nothing else.
    void navigator.storage?.persist?.().catch(() => false);
    let done = status.cachedBytes;
    let lastPublished = 0;
    publish({ phase: 'downloading', availableBytes: null });
    try {
      for (const file of downloadOrder(missing)) {
        const before = done;
        await download(file, (bytes) => {
          done += bytes;
          const now = performance.now();
          if (now - lastPublished >= PROGRESS_INTERVAL_MS) {
            lastPublished = now;
            publish({ cachedBytes: done });
          }
        });
        // A file served from the cache by a parallel request still counts once, at its listed size.
        done = before + file.bytes;
        publish({ cachedBytes: done });
      }
    } catch (error) {
      publish({ phase: 'failed' });
      throw error;
    }
    // The worker finishes writing a file just after the page has read its last byte: count from the cache itself.
    for (let attempt = 1; ; attempt++) {
      const after = await survey();
      if (after.missing.length === 0 || attempt >= CACHE_WRITE_RETRIES) {
        publish({ phase: after.missing.length === 0 ? 'ready' : 'not-cached', cachedBytes: after.cachedBytes, totalBytes: after.totalBytes });
        return;
      }
      await new Promise((resolve) => setTimeout(resolve, CACHE_WRITE_RETRY_MS));
    }
  }

  function watchForUpdate(worker: ServiceWorker | null): void {
    if (!worker) return;
    const check = () => {
      if (worker.state === 'installed' && navigator.serviceWorker.controller) publish({ updateReady: true });
    };
    check();
    worker.addEventListener('statechange', check);
  }

  if (supported) {
    void (async () => {
      try {
        registration = await navigator.serviceWorker.register(url(SERVICE_WORKER_FILE), { scope: baseUrl, updateViaCache: 'none' });
        watchForUpdate(registration.waiting);
        watchForUpdate(registration.installing);
        registration.addEventListener('updatefound', () => watchForUpdate(registration?.installing ?? null));
        navigator.serviceWorker.addEventListener('controllerchange', () => {
          if (reloading) window.location.reload();
        });
        await controlled;
        await refresh();
      } catch (error) {
        console.warn('offline cache unavailable', error);
        publish({ ...OFFLINE_UNSUPPORTED });
      }
    })();
  }

  return {
    get status() {
      return status;
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    beforeModelFetch() {
      if (!supported || status.phase === 'unsupported') return Promise.resolve();
      return Promise.race([controlled, new Promise<void>((resolve) => setTimeout(resolve, CONTROLLER_WAIT_MS))]);
    },
    prepare() {
      if (!supported || status.phase === 'unsupported') return Promise.resolve();
      preparing ??= run().finally(() => {
        preparing = null;
      });
      return preparing;
    },
    applyUpdate() {
      const waiting = registration?.waiting;
      if (!waiting) return;
      reloading = true;
      waiting.postMessage({ type: 'skip-waiting' });
    },
  };
}
