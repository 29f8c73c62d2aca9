/// <reference lib="webworker" />
import {
  isModelPath,
  ON_DEMAND_CACHE,
  OFFLINE_MANIFEST_FILE,
  pathUnderBase,
  REVISION_HEADER,
  SHELL_CACHE_PREFIX,
  shellCacheName,
  withIsolationHeaders,
  type OfflineManifest,
} from './offline-files';

/**
 * Download once, then offline (issue 11). A small hand-written worker in the manner of Squoosh's rather than
 * Workbox: the app is a few small files plus ~100 MB of models, and what matters is how the large files are handled
 * (cached on use, one download per URL, kept across versions, isolation headers on every cached response), which
 * is a few lines here and several Workbox options and plugins there (its precache also skips files over 2 MiB).
 *
 *   install   the shell (index.html and what it links, icons) into a cache named after the build's version
 *   activate  old shell caches deleted, on-demand entries no longer in the build (or with a changed revision) pruned
 *   fetch     same-origin GETs only: on-demand files (models, WASM, worker scripts) cache-first, cached on first
 *             use; the shell cache-first; everything else untouched
 */
declare const self: ServiceWorkerGlobalScope;
/** Prepended to this file by scripts/offline-service-worker.ts, so every build's worker differs byte-wise. */
declare const OFFLINE_MANIFEST: OfflineManifest;

const manifest = OFFLINE_MANIFEST;
const scope = self.registration.scope;
const basePath = new URL(scope).pathname;
const shellCache = shellCacheName(manifest.version);
const revisions = new Map([...manifest.shell, ...manifest.onDemand].map((f) => [f.path, f.revision] as const));
const onDemand = new Set(manifest.onDemand.map((f) => f.path));
const INDEX_PATH = 'index.html';

const urlOf = (path: string): string => new URL(path, scope).href;

/** A copy of a response that may be cached and served offline with the isolation headers. */
function storable(response: Response, body: ReadableStream<Uint8Array> | null, revision: string): Response {
  return new Response(body, { status: response.status, statusText: response.statusText, headers: withIsolationHeaders(response.headers, revision) });
}

/** Build output with a content hash in its name: the copy the page just loaded into the HTTP cache is the one. */
const HASHED_FOLDER = 'assets/';

async function fetchIntoCache(cache: Cache, path: string, revision: string): Promise<void> {
  // Unhashed files (index.html) may be stale in the HTTP cache; their revalidation costs a few hundred bytes.
  const response = await fetch(urlOf(path), { cache: path.startsWith(HASHED_FOLDER) ? 'default' : 'no-cache' });
  if (!response.ok) throw new Error(`${path}: HTTP ${response.status}`);
  await cache.put(urlOf(path), storable(response, response.body, revision));
}

self.addEventListener('install', (event) => {
  event.waitUntil(
    caches.open(shellCache).then((cache) => Promise.all(manifest.shell.map((f) => fetchIntoCache(cache, f.path, f.revision)))),
  );
});

async function pruneOnDemand(): Promise<void> {
  const cache = await caches.open(ON_DEMAND_CACHE);
  for (const request of await cache.keys()) {
    const path = pathUnderBase(new URL(request.url).pathname, basePath);
    const cached = await cache.match(request);
    const wanted = path === null ? undefined : revisions.get(path);
    if (wanted === undefined || cached?.headers.get(REVISION_HEADER) !== wanted) await cache.delete(request);
  }
}

self.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      for (const name of await caches.keys()) {
        if (name.startsWith(SHELL_CACHE_PREFIX) && name !== shellCache) await caches.delete(name);
      }
      await pruneOnDemand();
      // The first visit's page (and the model workers it starts) go through this worker without a reload.
      await self.clients.claim();
    })(),
  );
});

self.addEventListener('message', (event) => {
  if ((event.data as { type?: unknown } | null)?.type === 'skip-waiting') void self.skipWaiting();
});

/**
 * The turn of each path: requests for one file are served one after another, so a model worker and "Prepare for
 * offline use" asking for it at once share one download (every byte at most once): the second request waits until
 * the first has stored the file, then reads it from the cache.
 */
const turns = new Map<string, Promise<void>>();

async function currentCopy(cache: Cache, key: string, revision: string): Promise<Response | undefined> {
  const cached = await cache.match(key);
  return cached && cached.headers.get(REVISION_HEADER) === revision ? cached : undefined;
}

function onDemandFile(path: string, request: Request): Promise<Response> {
  const previous = turns.get(path) ?? Promise.resolve();
  let release!: () => void;
  const mine = previous.then(() => new Promise<void>((resolve) => (release = resolve)));
  turns.set(path, mine);
  void mine.then(() => {
    if (turns.get(path) === mine) turns.delete(path);
  });
  return previous.then(async () => {
    try {
      const cache = await caches.open(ON_DEMAND_CACHE);
      const wanted = revisions.get(path) ?? '';
      const key = urlOf(path);
      const cached = await currentCopy(cache, key, wanted);
      if (cached) {
        release();
        return cached;
      }
      const response = await fetch(key, { credentials: request.credentials, cache: wanted ? 'default' : 'no-cache' });
      if (!response.ok || !response.body) {
        release();
        return response;
      }
      // One stream for the cache, one for the page: the page sees bytes as they arrive (download progress).
      const [toCache, toPage] = response.body.tee();
      void cache
        .put(key, storable(response, toCache, wanted))
        // Not enough space: the file still works for this visit, it just is not kept.
        .catch((error: unknown) => console.warn(`not cached: ${path}`, error))
        .finally(release);
      return storable(response, toPage, wanted);
    } catch (error) {
      release();
      throw error;
    }
  });
}

async function shellFile(path: string, request: Request): Promise<Response> {
  const cached = await caches.match(urlOf(path), { cacheName: shellCache });
  if (cached) return cached;
  const response = await fetch(request);
  return response.ok ? storable(response, response.body, revisions.get(path) ?? '') : response;
}

self.addEventListener('fetch', (event) => {
  const { request } = event;
  const url = new URL(request.url);
  if (request.method !== 'GET' || url.origin !== self.location.origin) return;
  const path = pathUnderBase(url.pathname, basePath);
  if (path === null) return;
  if (request.mode === 'navigate') {
    // A single-page app: every navigation is index.html, from the cache so the app opens with the network gone.
    event.respondWith(shellFile(INDEX_PATH, request));
  } else if (path === OFFLINE_MANIFEST_FILE) {
    // The page counts what is cached against this worker's own list (the one its caches were filled from).
    event.respondWith(new Response(JSON.stringify(manifest), { headers: withIsolationHeaders(new Headers({ 'Content-Type': 'application/json' })) }));
  } else if (onDemand.has(path) || isModelPath(path)) {
    event.respondWith(onDemandFile(path, request));
  } else if (revisions.has(path)) {
    event.respondWith(shellFile(path, request));
  }
});
