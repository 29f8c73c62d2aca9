import { degToRad, type Point } from '../geometry';
import type { FaceMeasurement } from './face-measurement';

/** The user's own points, in source px; `skullCrown` is the top of the skull for rules that measure without hair. */
export interface Corrections {
  readonly crown?: Point;
  readonly skullCrown?: Point;
  readonly chin?: Point;
}

/**
 * The user's own crown, skull top and chin, when the detector got them wrong (big hair, a beard, an allowed hat,
 * a skull estimate off under the hair). An estimated skull is kept below a hair top the user placed, as it is
 * kept below the matte's (skull-crown.ts); a skull the user placed is taken as it is.
 */
export function applyCorrections(face: FaceMeasurement, corrections: Corrections): FaceMeasurement {
  const skull = corrections.skullCrown ?? (corrections.crown ? lowerOnFace(face.rollDeg, face.crownWithoutHair, corrections.crown) : face.crownWithoutHair);
  return {
    ...face,
    ...(corrections.crown ? { crown: corrections.crown, crownSource: 'user' as const, crownCutOff: false } : {}),
    crownWithoutHair: skull,
    ...(corrections.chin ? { chin: corrections.chin, chinSource: 'user' as const } : {}),
  };
}

/** Of two points, the one further down the face's own vertical axis (the eye line levelled). */
function lowerOnFace(rollDeg: number, a: Point, b: Point): Point {
  const r = degToRad(rollDeg);
  const down = (p: Point): number => -p.x * Math.sin(r) + p.y * Math.cos(r);
  return down(b) > down(a) ? b : a;
}
