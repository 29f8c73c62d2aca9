import headMatteAssets from 'virtual:head-matte-assets';

/** Absolute URLs of the self-hosted model files (scripts/self-hosted-assets.ts, scripts/head-matte-assets.ts). */
function base(): string {
  return new URL(import.meta.env.BASE_URL, self.location.origin).href;
}

export const assetUrls = {
  mediapipeWasmBase: (): string => `${base()}vendor/mediapipe/`,
  faceLandmarkerModel: (): string => `${base()}models/face_landmarker.task`,
  imglyPublicPath: (): string => `${base()}vendor/imgly/`,
  headMatteModel: (): string => `${base()}${headMatteAssets.modelPath}`,
  headMatteModelBytes: (): number => headMatteAssets.modelBytes,
  headMatteRuntimes: (): Record<string, string> =>
    Object.fromEntries(Object.entries(headMatteAssets.runtimePaths).map(([name, path]) => [name, `${base()}${path}`])),
  headMatteInputPx: (): number => headMatteAssets.inputPx,
};
