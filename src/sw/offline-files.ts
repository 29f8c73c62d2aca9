/**
 * What the service worker and the page agree on: the build's list of files needed offline, the cache names and
 * the headers a cached response must carry. Pure (no DOM, no service-worker globals) so both sides and the build
 * script can import it, and the unit tests can run it in Node.
 */

/** One file of the build, by its path relative to the app's base URL. */
export interface OfflineFile {
  readonly path: string;
  readonly bytes: number;
  /** A content hash: a file whose revision changed is fetched again, an unchanged one never is. */
  readonly revision: string;
}

/**
 * Written by scripts/offline-service-worker.ts from what the build emitted. `shell` is what opening the page needs
 * (index.html, what it links, icons), cached when the service worker installs; `onDemand` is the rest: the model
 * and WASM files and the model workers' scripts, cached on first use or by "Prepare for offline use", so opening
 * the page costs only the shell (issue 11: nothing large before intent). The app is ready offline when every file
 * of both lists is cached.
 */
export interface OfflineManifest {
  /** Changes whenever any file changes: names the shell cache, so an update gets a fresh one. */
  readonly version: string;
  readonly shell: readonly OfflineFile[];
  readonly onDemand: readonly OfflineFile[];
}

/** Served beside the service worker; the page reads it to count what is cached. */
export const OFFLINE_MANIFEST_FILE = 'offline-manifest.json';
export const SERVICE_WORKER_FILE = 'sw.js';

/** On-demand files outlive app versions (their revisions say when one changed), so their cache name is fixed. */
export const ON_DEMAND_CACHE = 'id-photo-files-v1';
export const SHELL_CACHE_PREFIX = 'id-photo-shell-';
export const shellCacheName = (version: string): string => `${SHELL_CACHE_PREFIX}${version}`;

/** Stored on each cached model response, so a changed file (same URL, new content) is told apart. */
export const REVISION_HEADER = 'X-Offline-Revision';

/** Folders of the build that hold model and WASM files: everything under them is cached for good on use. */
export const MODEL_FOLDERS = ['vendor/', 'models/'] as const;

/**
 * Without these on a response served from the cache, `crossOriginIsolated` turns false offline and the matte loses
 * its threads (COOP/COEP), or a worker's script is refused under COEP (CORP). Same values as vite.config.ts.
 */
export const ISOLATION_HEADERS: Readonly<Record<string, string>> = {
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Embedder-Policy': 'require-corp',
  'Cross-Origin-Resource-Policy': 'same-origin',
};

/**
 * The full-frame imgly matte: a fallback for photos whose head region cannot be made, and the reference the
 * tests measure against (issue 10). Another 90 MB that the app almost never needs, so it is left out of the
 * manifest: "Prepare for offline use" does not fetch it and "Ready offline" does not wait for it. Under vendor/,
 * it is still cached on the rare first use like any model file.
 */
const FULL_FRAME_FALLBACK = [/^vendor\/imgly\//, /^assets\/full-frame-matte\.worker-[^/]*\.js$/] as const;

export function isFullFrameFallback(path: string): boolean {
  return FULL_FRAME_FALLBACK.some((pattern) => pattern.test(path));
}

export function isModelPath(path: string): boolean {
  return MODEL_FOLDERS.some((folder) => path.startsWith(folder));
}

/** The path of a same-origin URL relative to the app's base (`/` or a sub-folder), or null outside it. */
export function pathUnderBase(pathname: string, basePath: string): string | null {
  return pathname.startsWith(basePath) ? pathname.slice(basePath.length) : null;
}

/** A copy of `headers` with the isolation headers added where missing (a host may not send them). */
export function withIsolationHeaders(headers: Headers, revision?: string): Headers {
  const out = new Headers(headers);
  for (const [name, value] of Object.entries(ISOLATION_HEADERS)) if (!out.has(name)) out.set(name, value);
  if (revision !== undefined) out.set(REVISION_HEADER, revision);
  return out;
}

/**
 * Files the first crop needs (the worker scripts, the face model and its WASM) come before the matte's: "Prepare"
 * and a first photo download in this order, so the provisional crop is not held up behind 90 MB of background model.
 */
const FIRST_CROP_FOLDERS = ['assets/', 'models/', 'vendor/mediapipe/'] as const;

export function downloadOrder(files: readonly OfflineFile[]): OfflineFile[] {
  const rank = (f: OfflineFile) => (FIRST_CROP_FOLDERS.some((folder) => f.path.startsWith(folder)) ? 0 : 1);
  return [...files].sort((a, b) => rank(a) - rank(b) || a.path.localeCompare(b.path));
}

export function totalBytes(files: readonly OfflineFile[]): number {
  return files.reduce((sum, f) => sum + f.bytes, 0);
}
