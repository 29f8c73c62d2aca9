import { dpi, px } from '../units';
import type { CropPlan } from './crop-plan';

/**
 * The same crop drawn at a smaller pixel size: while the user drags, the preview is drawn at the size it is shown
 * (a 12-megapixel photo renders in a few ms at 400 px, against 25–45 ms at 600 dpi) and at the exact output size
 * once the user stops. Every output-px quantity scales by the same factor, so the picture is the same, only coarser.
 */
export function scaleCropPlan(plan: CropPlan, widthPx: number): CropPlan {
  const k = widthPx / plan.outputWidthPx;
  const m = plan.sourceToOutput;
  const at = (p: { x: number; y: number }) => ({ x: p.x * k, y: p.y * k });
  return {
    ...plan,
    dpi: dpi(plan.dpi * k),
    outputWidthPx: px(widthPx),
    outputHeightPx: px(Math.max(1, Math.round(plan.outputHeightPx * k))),
    sourceToOutput: { a: m.a * k, b: m.b * k, c: m.c * k, d: m.d * k, e: m.e * k, f: m.f * k },
    scale: plan.scale * k,
    crownOutputPx: at(plan.crownOutputPx),
    chinOutputPx: at(plan.chinOutputPx),
    eyeMidOutputPx: at(plan.eyeMidOutputPx),
    faceCentreXOutputPx: px(plan.faceCentreXOutputPx * k),
    faceLeftXOutputPx: px(plan.faceLeftXOutputPx * k),
    faceRightXOutputPx: px(plan.faceRightXOutputPx * k),
  };
}

/**
 * The plan to draw a quick preview frame with: the photo's on-screen width in device pixels, never more than the
 * output itself (on a 3× phone screen the exact output is already the right size).
 */
export function previewPlan(plan: CropPlan, displayWidthCssPx: number, devicePixelRatio: number): CropPlan {
  const widthPx = Math.max(1, Math.round(displayWidthCssPx * devicePixelRatio));
  return widthPx >= plan.outputWidthPx ? plan : scaleCropPlan(plan, widthPx);
}
