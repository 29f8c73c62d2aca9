import type { OfflineService, OfflineStatus } from '../platform/offline-status';
import { OFFLINE_UNSUPPORTED } from '../platform/offline-status';
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

export function createOfflineSlice(set: Set, services: PipelineServices, offline: OfflineService | undefined): OfflineSlice {
  offline?.subscribe((status) => set({ offline: status }));
  let warmedUp = false;
  const prepareOffline = () => {
    void offline?.prepare().catch((error: unknown) => console.warn('offline download failed', error));
  };
  return {
    offline: offline?.status ?? OFFLINE_UNSUPPORTED,
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
