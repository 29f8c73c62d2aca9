import type { OfflineService, OfflineStatus } from '../platform/offline-status';
import type { PipelineServices } from './pipeline-services';

export interface OfflineSlice {
  readonly offline: OfflineStatus;
  /**
   * The user showed they want a photo (opened the file picker or the camera, dropped or pasted a file): only now
   * do the models start downloading (issue 11: nothing large before intent). Safe to call any number of times.
   */
  prepareModels(): void;
  /** "Prepare for offline use": the same downloads, asked for by name. */
  prepareOffline(): void;
  /** "A new version is ready — reload". */
  reloadForUpdate(): void;
}

type Set = (partial: Partial<OfflineSlice>) => void;

/** The status where there is no offline cache at all (the dev server, unit tests): nothing to prepare or cache. */
const NO_OFFLINE_CACHE: OfflineStatus = { phase: 'unsupported', cachedBytes: 0, totalBytes: 0, availableBytes: null, updateReady: false };

export function createOfflineSlice(set: Set, services: PipelineServices, offline: OfflineService | undefined): OfflineSlice {
  offline?.subscribe((status) => set({ offline: status }));
  let warmedUp = false;
  const prepareOffline = () => {
    void offline?.prepare().catch((error: unknown) => console.warn('offline download failed', error));
  };
  return {
    offline: offline?.status ?? NO_OFFLINE_CACHE,
    prepareModels() {
      if (!warmedUp) {
        warmedUp = true;
        services.warmUp();
      }
      prepareOffline();
    },
    prepareOffline,
    reloadForUpdate() {
      offline?.applyUpdate();
    },
  };
}
