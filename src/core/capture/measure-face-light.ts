import type { Point } from '../geometry';
import { LANDMARK } from '../face/model-outputs';
import { faceOutline, type FaceRegion } from '../image-stats/face-region';
import { FACE_STATS_MIN_PIXELS } from '../image-stats/face-image-stats';
import { illuminationUniformity, type IlluminationUniformity } from '../image-stats/illumination-uniformity';
import { luminanceHistogram } from '../image-stats/luminance-histogram';
import { luminancePlane } from '../image-stats/luminance-plane';
import { luminanceSummary, type LuminanceSummary } from '../image-stats/luminance-summary';
import { assertPixelBuffer, type PixelBuffer } from '../image-stats/pixel-buffer';
import { regionMask } from '../image-stats/region-mask';

/**
 * The light on a face in one live frame: the same two measures the compliance report applies to the photo
 * (exposure and left/right uniformity), so a frame the hints accept is not then reported as too dark or unevenly
 * lit. The sharpness measure is left out: it costs most and a live frame is downscaled anyway.
 */
export interface FaceLight {
  readonly luminance: LuminanceSummary;
  readonly illumination: IlluminationUniformity;
}

function at(points: readonly Point[], index: number): Point {
  const p = points[index];
  if (!p) throw new Error(`landmark ${index} missing (got ${points.length} points)`);
  return p;
}

/** Light on the face outlined by `points` (478 Face Mesh points in the image's pixels); null when too little face is in the image. */
export function measureFaceLight(image: PixelBuffer, points: readonly Point[]): FaceLight | null {
  assertPixelBuffer(image);
  const [eyeImageLeft, eyeImageRight] = [at(points, LANDMARK.irisA), at(points, LANDMARK.irisB)].sort((a, b) => a.x - b.x) as [Point, Point];
  const region: FaceRegion = { outline: faceOutline(points), eyeImageLeft, eyeImageRight, chin: at(points, LANDMARK.chin) };
  const mask = regionMask(region.outline, image.width, image.height);
  if (mask.count < FACE_STATS_MIN_PIXELS) return null;
  const plane = luminancePlane(image, mask);
  return {
    luminance: luminanceSummary(luminanceHistogram(plane, mask)),
    illumination: illuminationUniformity(plane, mask, region),
  };
}
