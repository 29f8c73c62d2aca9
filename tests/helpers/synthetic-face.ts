import type { CrownSource, FaceMeasurement } from '../../src/core/face/face-measurement';
import { degToRad, type Point } from '../../src/core/geometry';

export interface SyntheticFaceOptions {
  readonly cx: number;
  readonly cy: number;
  readonly eyeGapPx: number;
  readonly crownAboveEyesPx: number;
  readonly chinBelowEyesPx: number;
  readonly rollDeg: number;
  readonly sourceW?: number;
  readonly sourceH?: number;
  readonly crownSource?: CrownSource;
}

/**
 * A measured face for core tests: eyes `eyeGapPx` apart around (cx, cy), chin `chinBelowEyesPx` below them, crown
 * `crownAboveEyesPx` above, all tilted by rollDeg about the eye midpoint.
 */
export function syntheticFace(o: SyntheticFaceOptions): FaceMeasurement {
  const r = degToRad(o.rollDeg);
  const at = (u: number, v: number): Point => ({ x: o.cx + u * Math.cos(r) - v * Math.sin(r), y: o.cy + u * Math.sin(r) + v * Math.cos(r) });
  return {
    sourceWidthPx: o.sourceW ?? 2000,
    sourceHeightPx: o.sourceH ?? 2600,
    crown: at(0, -o.crownAboveEyesPx),
    crownSource: o.crownSource ?? 'matte',
    crownCutOff: false,
    crownWithoutHair: at(0, -o.crownAboveEyesPx * 0.8),
    chin: at(0, o.chinBelowEyesPx),
    chinSource: 'landmark',
    eyeImageLeft: at(-o.eyeGapPx / 2, 0),
    eyeImageRight: at(o.eyeGapPx / 2, 0),
    faceImageLeft: at(-o.eyeGapPx * 1.1, o.eyeGapPx * 0.3),
    faceImageRight: at(o.eyeGapPx * 1.1, o.eyeGapPx * 0.3),
    rollDeg: o.rollDeg,
    pose: { yawDeg: 0, pitchDeg: 0, rollDeg: o.rollDeg },
    expression: {},
    faceCount: 1,
  };
}
