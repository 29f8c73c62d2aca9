import type { Point } from '../geometry';
import type { CropPlan } from './crop-plan';

/** Where the whole photo is shown on screen, in CSS px (a DOMRect satisfies this; core stays DOM-free). */
export interface DisplayRect {
  readonly left: number;
  readonly top: number;
  readonly width: number;
  readonly height: number;
}

/** A pointer position on screen (CSS px, client coordinates) as a position on the finished photo, in output px. */
export function displayToOutputPx(plan: CropPlan, rect: DisplayRect, client: Point): Point {
  return {
    x: ((client.x - rect.left) / rect.width) * plan.outputWidthPx,
    y: ((client.y - rect.top) / rect.height) * plan.outputHeightPx,
  };
}
