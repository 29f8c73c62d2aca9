import type { CropPlan } from '../../core/crop/crop-plan';
import { guideLines, type GuideLine, type GuideLines } from '../../core/crop/guide-lines';
import type { Marker } from '../../core/crop/marker-correction';
import type { PhotoSpec } from '../../core/photo-spec';
import { paintGuides, type PendingMarker } from './GuideOverlay';

/** One decimal, the editor's step, in every read-out. */
export const DISPLAY_DECIMALS = 1;

/**
 * The preview's imperative side, shared by the renderer's paint callback and the marker drags: the plan of the
 * frame on screen, its guides, the marker being dragged, and the elements to move. Lives in a ref, not in React
 * state, so a drag repaints lines without rendering components.
 */
export interface PreviewView {
  stage: HTMLDivElement | null;
  svg: SVGSVGElement | null;
  handles: Record<Marker, HTMLElement | null>;
  plan: CropPlan | null;
  guides: GuideLines | null;
  pending: PendingMarker | null;
  /** aria-valuetext of a marker, in the user's language. */
  describe: (line: GuideLine) => string;
}

export function createPreviewView(): PreviewView {
  return { stage: null, svg: null, handles: { crown: null, chin: null }, plan: null, guides: null, pending: null, describe: () => '' };
}

function placeHandle(view: PreviewView, marker: Marker, line: GuideLine): void {
  const handle = view.handles[marker];
  if (!handle) return;
  handle.style.setProperty('--y', String(line.fraction));
  handle.setAttribute('aria-valuenow', line.mm.toFixed(DISPLAY_DECIMALS));
  handle.setAttribute('aria-valuetext', view.describe(line));
}

/** Redraws the overlay and moves the marker handles, from the last painted plan and the pending drag. */
export function repaintView(view: PreviewView): void {
  const { guides, pending } = view;
  if (!guides) return;
  if (view.svg) paintGuides(view.svg, guides, pending);
  placeHandle(view, 'crown', pending?.marker === 'crown' ? pending.line : guides.crown);
  placeHandle(view, 'chin', pending?.marker === 'chin' ? pending.line : guides.chin);
}

/** A new frame is on the canvas: its plan becomes the view's, and everything drawn over it follows. */
export function showPlan(view: PreviewView, spec: PhotoSpec, plan: CropPlan): void {
  view.plan = plan;
  view.guides = guideLines(spec, plan);
  if (view.stage) {
    view.stage.dataset.scale = plan.scale.toFixed(6);
    view.stage.dataset.topMarginMm = plan.topMarginMm.toFixed(2);
    view.stage.dataset.faceHeightMm = plan.faceHeightMm.toFixed(2);
  }
  repaintView(view);
}
