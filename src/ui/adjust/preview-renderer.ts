import type { CropPlan } from '../../core/crop/crop-plan';
import { draftSourceFactor, draftSourceUsable, planForScaledSource } from '../../core/crop/draft-source';
import { previewPlan } from '../../core/crop/preview-plan';
import type { PersonMatte } from '../../core/face/model-outputs';
import { renderPhoto, type RenderInput } from '../../render/render-photo';
import { makeDraftCutout, type DraftCutout } from './draft-cutout';
import type { PhotoStore, StoreState } from '../../store/store-state';
import { selectBackground, selectPlan } from '../../store/selectors';

/**
 * How long the inputs must stay still before the exact 600 dpi frame replaces the quick one. Long enough to skip
 * it between the events of a drag or a held key (30 Hz auto-repeat), short enough to feel immediate when the
 * user lets go.
 */
export const IDLE_BEFORE_EXACT_MS = 150;

/** Fired on the canvas after each frame; `canvas.dataset.render` says "draft" (display size) or "exact". */
export const PREVIEW_PAINT_EVENT = 'previewpaint';

interface Inputs {
  readonly photo: StoreState['photo'];
  readonly matte: StoreState['matte'];
  readonly plan: CropPlan | null;
  readonly background: string;
}

function inputsOf(state: StoreState): Inputs {
  return { photo: state.photo, matte: state.matte, plan: selectPlan(state), background: selectBackground(state) };
}

function sameInputs(a: Inputs, b: Inputs): boolean {
  return a.photo === b.photo && a.matte === b.matte && a.plan === b.plan && a.background === b.background;
}

/** The quick frames' reduced cut-out, and the photo and matte it was made from. */
interface Draft {
  readonly photo: NonNullable<Inputs['photo']>;
  readonly matte: PersonMatte | null;
  readonly cutout: DraftCutout;
}

/**
 * Keeps `canvas` showing the store's photo without a React render (ARCHITECTURE.md habit 6). Each change is drawn on the
 * next animation frame at the size the canvas is shown (cheap, so drags keep up), and once the inputs rest, again
 * with the very renderPhoto call the download makes, at exact output pixels: what the user sees when idle is what
 * the JPEG holds. `onPaint` runs after each frame with the full-size plan the frame shows, so the guide lines
 * drawn from it sit on the photo as painted, never a frame ahead.
 */
export function startPreviewRenderer(store: PhotoStore, canvas: HTMLCanvasElement, onPaint: (plan: CropPlan) => void): () => void {
  const ctx = canvas.getContext('2d');
  let last: Inputs | null = null;
  let painted: { inputs: Inputs; exact: boolean } | null = null;
  let sequence = 0;
  let frame = 0;
  let exactTimer: ReturnType<typeof setTimeout> | undefined;
  let draft: Draft | null = null;
  let preparing = false;

  const prepareDraft = (photo: Draft['photo'], matte: PersonMatte | null, idealFactor: number) => {
    if (preparing) return;
    preparing = true;
    makeDraftCutout(photo.bitmap, matte, idealFactor)
      .then((cutout) => {
        draft = { photo, matte, cutout };
      })
      // A photo closed meanwhile (a new one loaded) has no copy to make; frames use the full photo until then.
      .catch(() => undefined)
      .finally(() => {
        preparing = false;
      });
  };

  /** What to draw a quick frame from: the reduced copy when one fits, else the full photo (and start a copy). */
  const draftInput = ({ photo, matte, background }: Inputs, plan: CropPlan, drawPlan: CropPlan): RenderInput => {
    const full: RenderInput = { source: photo!.bitmap, plan: drawPlan, background, matte };
    const ideal = draftSourceFactor(plan, drawPlan.outputWidthPx);
    // A small photo gets a cut-out too, at full size (factor 1): it saves compositing the matte on every frame.
    if (drawPlan === plan) return full;
    if (draft && draft.photo === photo && draft.matte === matte && draftSourceUsable(draft.cutout.factor, ideal)) {
      // The matte is already in the cut-out's alpha: drawn over the background it gives the same picture.
      return { source: draft.cutout.image, plan: planForScaledSource(drawPlan, draft.cutout.factor), background, matte: null };
    }
    prepareDraft(photo!, matte, ideal);
    return full;
  };

  const paint = async (exact: boolean) => {
    const inputs = inputsOf(store.getState());
    const { photo, plan, matte, background } = inputs;
    if (!ctx || !photo || !plan) return;
    if (painted && painted.exact && sameInputs(painted.inputs, inputs)) return;
    const drawPlan = exact ? plan : previewPlan(plan, canvas.clientWidth, window.devicePixelRatio || 1);
    const mine = ++sequence;
    const started = performance.now();
    // The exact frame is the download's own renderPhoto call, with the same inputs (what you see is what you get).
    const input = drawPlan === plan ? { source: photo.bitmap, plan, background, matte } : draftInput(inputs, plan, drawPlan);
    const rendered = await renderPhoto(input);
    if (mine !== sequence) return;
    if (canvas.width !== rendered.width) canvas.width = rendered.width;
    if (canvas.height !== rendered.height) canvas.height = rendered.height;
    ctx.drawImage(rendered, 0, 0);
    const isExact = drawPlan === plan;
    painted = { inputs, exact: isExact };
    canvas.dataset.render = isExact ? 'exact' : 'draft';
    canvas.dataset.renderMs = (performance.now() - started).toFixed(1);
    canvas.dataset.sourcePx = `${input.source.width}x${input.source.height}`;
    canvas.dataset.planKey = `${plan.outputWidthPx}x${plan.outputHeightPx}`;
    onPaint(plan);
    canvas.dispatchEvent(new Event(PREVIEW_PAINT_EVENT));
  };

  const onChange = (state: StoreState) => {
    const inputs = inputsOf(state);
    if (last && sameInputs(last, inputs)) return;
    last = inputs;
    if (!frame) {
      frame = requestAnimationFrame(() => {
        frame = 0;
        void paint(false);
      });
    }
    clearTimeout(exactTimer);
    exactTimer = setTimeout(() => void paint(true), IDLE_BEFORE_EXACT_MS);
  };

  onChange(store.getState());
  const unsubscribe = store.subscribe(onChange);
  return () => {
    unsubscribe();
    cancelAnimationFrame(frame);
    clearTimeout(exactTimer);
    sequence++;
  };
}
