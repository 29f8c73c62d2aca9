import type { CropPlan } from '../crop/crop-plan';
import { apply, invert, type Point } from '../geometry';

/**
 * The printed photo's four corners in source pixels (clockwise from top-left): the region whose background the
 * user will see, for backgroundStats when the original background is kept.
 */
export function cropOutlineInSource(plan: CropPlan): Point[] {
  const toSource = invert(plan.sourceToOutput);
  return [
    apply(toSource, { x: 0, y: 0 }),
    apply(toSource, { x: plan.outputWidthPx, y: 0 }),
    apply(toSource, { x: plan.outputWidthPx, y: plan.outputHeightPx }),
    apply(toSource, { x: 0, y: plan.outputHeightPx }),
  ];
}
