import { FaceLandmarkService } from '../ml/face-landmarks';
import { PersonMatteService } from '../ml/person-matte';
import { decodeImage } from '../platform/decode-image';
import { createOfflineCache } from '../platform/offline-cache';
import type { PipelineServices } from '../store/pipeline-services';

/**
 * The real adapters behind the store's pipeline. Workers start lazily, when the user shows intent (the store's
 * `prepareModels`), never at page load. The offline cache's service worker exists only in the build.
 */
export function createServices(): PipelineServices {
  const offline = import.meta.env.PROD ? createOfflineCache(new URL(import.meta.env.BASE_URL, window.location.origin).href) : undefined;
  let landmarks: FaceLandmarkService | null = null;
  let matte: PersonMatteService | null = null;
  const landmarkService = () => (landmarks ??= new FaceLandmarkService());
  const matteService = () => (matte ??= new PersonMatteService());
  // Model downloads go through the offline cache's service worker once it controls the page (every byte once).
  const beforeModels = () => offline?.beforeModelFetch() ?? Promise.resolve();
  return {
    offline,
    decode: decodeImage,
    async detectFaces(bitmap, signal) {
      await beforeModels();
      return landmarkService().detect(bitmap, signal);
    },
    async segmentPerson(bitmap, onProgress, signal) {
      await beforeModels();
      return matteService().segment(bitmap, onProgress, signal);
    },
    warmUp() {
      // One model download at a time: the face model first (the first crop needs it), then the large matte
      // model. Loading both at once intermittently failed with "Failed to fetch" in other browser tools.
      void beforeModels()
        .then(() => landmarkService().whenReady())
        .catch((error: unknown) => console.error('face landmarker failed to load', error))
        .finally(() => matteService().preload());
    },
  };
}
