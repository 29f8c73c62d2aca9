import { FaceLandmarkService } from '../ml/face-landmark-service';
import { LiveLandmarks } from '../ml/live-landmarks';
import { PersonMatteService } from '../ml/person-matte';
import { bitmapPixels } from '../platform/bitmap-pixels';
import { decodeImage } from '../platform/decode-image';
import { createOfflineCache } from '../platform/offline-cache';
import { whenIdle } from '../platform/when-idle';
import type { PipelineServices } from '../store/pipeline-services';
import type { UiServices } from '../ui/shared/ui-services';

/**
 * How the person matte is made: 'head' (the app: the head crop at the model's small input, issue 10) or
 * 'full-frame' (imgly on the whole photo, as before; the benchmark's side-by-side reference, `?matte=full-frame`).
 */
export type MatteMode = 'head' | 'full-frame';

/**
 * The real adapters behind the store's pipeline. Workers start lazily, when the user shows intent (the store's
 * `prepareModels`), never at page load. The offline cache's service worker exists only in the build.
 */
export function createServices(matteMode: MatteMode = 'head'): PipelineServices {
  const offline = import.meta.env.PROD ? createOfflineCache(new URL(import.meta.env.BASE_URL, window.location.origin).href) : undefined;
  let landmarks: FaceLandmarkService | null = null;
  let matte: PersonMatteService | null = null;
  // A landmark worker that died is replaced by the next request.
  const landmarkService = () => {
    if (landmarks && !landmarks.alive) landmarks = null;
    return (landmarks ??= new FaceLandmarkService());
  };
  const matteService = () => (matte ??= new PersonMatteService());
  // Model downloads go through the offline cache's service worker once it controls the page (every byte once).
  const beforeModels = () => offline?.beforeModelFetch() ?? Promise.resolve();
  return {
    offline,
    decode: decodeImage,
    readPixels: bitmapPixels,
    whenIdle,
    async detectFaces(bitmap, signal) {
      await beforeModels();
      try {
        return await landmarkService().detect(bitmap, signal);
      } catch (error) {
        if (signal.aborted) throw error;
        // A landmark worker that died or failed to load is replaced, and the photo tried once more with it:
        // without this one failed model download would leave every later photo failing too.
        console.warn(`face landmarks failed (${String(error)}); starting a fresh worker`);
        landmarks?.dispose();
        landmarks = null;
        return landmarkService().detect(bitmap, signal);
      }
    },
    async segmentPerson(bitmap, onProgress, signal, crop) {
      await beforeModels();
      return matteService().segment(bitmap, onProgress, signal, matteMode === 'head' ? crop : undefined);
    },
    simulateWorkerCrash(worker) {
      if (worker === 'face-landmarks') landmarks?.dispose('face-landmarks worker stopped');
      else matte?.crash();
    },
    warmUp() {
      // One model download at a time: the face model first (the first crop needs it), then the large matte
      // model. Loading both at once intermittently failed with "Failed to fetch" in other browser tools.
      void beforeModels()
        .then(() => landmarkService().whenReady())
        .catch((error: unknown) => console.error('face landmarker failed to load', error))
        .finally(() => matteService().preload(matteMode));
    },
  };
}

/** The adapters the UI drives itself (the camera's live guidance). */
export function createUiServices(): UiServices {
  return { createLiveLandmarks: () => new LiveLandmarks() };
}
