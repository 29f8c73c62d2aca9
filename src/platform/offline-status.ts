/**
 * What the store needs from the offline cache (offline-cache.ts implements it): how much of the app is kept
 * on the device, a way to download the rest, and whether a new version waits for a reload.
 */
export type OfflinePhase =
  /** No service worker (an old browser, a private window, the dev server): the app works online only. */
  | 'unsupported'
  | 'checking'
  | 'not-cached'
  | 'downloading'
  | 'ready'
  /** The browser reports less free space than the download needs; nothing was started. */
  | 'no-space'
  /** The download stopped (network gone); "Prepare" starts it again where it stopped. */
  | 'failed';

export interface OfflineStatus {
  readonly phase: OfflinePhase;
  /** Bytes of the files needed offline that are on the device, and of all of them. */
  readonly cachedBytes: number;
  readonly totalBytes: number;
  /** Free space the browser reported, when it was too little (phase `no-space`). */
  readonly availableBytes: number | null;
  /** A new version has installed in the background; a reload switches to it. */
  readonly updateReady: boolean;
}

export interface OfflineService {
  readonly status: OfflineStatus;
  subscribe(listener: (status: OfflineStatus) => void): () => void;
  /**
   * Resolves when model downloads may start: once the service worker controls the page, so they are cached and
   * shared with `prepare` (on a first visit whose user is quicker than the worker's install), or after a timeout.
   */
  beforeModelFetch(): Promise<void>;
  /** Downloads every file needed offline that is not cached yet; a second call joins the first. */
  prepare(): Promise<void>;
  /** Switches to the waiting new version and reloads the page. */
  applyUpdate(): void;
}

export const OFFLINE_UNSUPPORTED: OfflineStatus = { phase: 'unsupported', cachedBytes: 0, totalBytes: 0, availableBytes: null, updateReady: false };
