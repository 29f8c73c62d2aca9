import type { Point } from '../geometry';
import type { FaceMeasurement } from './face-measurement';

/** The user's own crown and chin, when the detector got them wrong (big hair, a beard, an allowed hat). */
export function applyCorrections(face: FaceMeasurement, corrections: { crown?: Point; chin?: Point }): FaceMeasurement {
  return {
    ...face,
    ...(corrections.crown ? { crown: corrections.crown, crownSource: 'user' as const, crownCutOff: false } : {}),
    ...(corrections.chin ? { chin: corrections.chin, chinSource: 'user' as const } : {}),
  };
}
