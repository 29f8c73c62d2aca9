/** Absolute URLs of the self-hosted model files (scripts/self-hosted-assets.ts serves and copies them). */
function base(): string {
  return new URL(import.meta.env.BASE_URL, self.location.origin).href;
}

export const assetUrls = {
  mediapipeWasmBase: (): string => `${base()}vendor/mediapipe/`,
  faceLandmarkerModel: (): string => `${base()}models/face_landmarker.task`,
  imglyPublicPath: (): string => `${base()}vendor/imgly/`,
};
