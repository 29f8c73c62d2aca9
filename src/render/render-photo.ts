import type { CropPlan } from '../core/crop/crop-plan';
import type { PersonMatte } from '../core/face/model-outputs';

export interface RenderInput {
  readonly source: ImageBitmap;
  readonly plan: CropPlan;
  /** CSS colour painted where the source does not reach and, with a matte, behind the person. */
  readonly background: string;
  /** With a matte the background is replaced; without one the original background is kept. */
  readonly matte: PersonMatte | null;
}

type Canvas2D = OffscreenCanvasRenderingContext2D;

/**
 * When the photo shrinks by more than this, it is first downscaled with the browser's high-quality resampler:
 * a single bilinear draw of a large photo into a small one aliases (fine hair and fabric turn to moiré).
 */
const PRESCALE_BELOW = 0.75;

function context(canvas: OffscreenCanvas): Canvas2D {
  const ctx = canvas.getContext('2d', { alpha: true });
  if (!ctx) throw new Error('2D canvas unavailable');
  ctx.imageSmoothingEnabled = true;
  ctx.imageSmoothingQuality = 'high';
  return ctx;
}

/**
 * Downscaled copies kept per source photo. The editor renders the same scale again and again (a position drag
 * keeps the scale, the preview's exact frame is followed by the download), and a 12-megapixel resize costs
 * tens of ms. Two entries: the preview's quick frame and the exact output alternate.
 */
const PRESCALED_KEPT_PER_SOURCE = 2;
const prescaledCache = new WeakMap<ImageBitmap, { width: number; height: number; image: ImageBitmap }[]>();

async function prescaled(source: ImageBitmap, scale: number): Promise<{ image: ImageBitmap; factor: number }> {
  if (scale >= PRESCALE_BELOW) return { image: source, factor: 1 };
  const width = Math.max(1, Math.round(source.width * scale));
  const height = Math.max(1, Math.round(source.height * scale));
  const kept = prescaledCache.get(source) ?? [];
  let entry = kept.find((e) => e.width === width && e.height === height);
  if (!entry) {
    const image = await createImageBitmap(source, { resizeWidth: width, resizeHeight: height, resizeQuality: 'high' });
    entry = { width, height, image };
    // Evicted copies are left to the garbage collector, not closed: a render still in flight may be drawing one.
    prescaledCache.set(source, [entry, ...(prescaledCache.get(source) ?? [])].slice(0, PRESCALED_KEPT_PER_SOURCE));
  }
  return { image: entry.image, factor: width / source.width };
}

/**
 * The matte as an alpha-only canvas, built once per matte: filling it pixel by pixel takes ~100 ms for a
 * 12-megapixel photo, far too long to repeat on every frame of a drag.
 */
const matteCache = new WeakMap<PersonMatte, OffscreenCanvas>();

function matteImage(matte: PersonMatte): OffscreenCanvas {
  const cached = matteCache.get(matte);
  if (cached) return cached;
  const canvas = new OffscreenCanvas(matte.width, matte.height);
  const ctx = context(canvas);
  const data = new ImageData(matte.width, matte.height);
  for (let i = 0; i < matte.alpha.length; i++) data.data[4 * i + 3] = matte.alpha[i] ?? 0;
  ctx.putImageData(data, 0, 0);
  matteCache.set(matte, canvas);
  return canvas;
}

/** Draws the output photo at its exact pixel size: the same function feeds the preview, the JPEG and the sheet. */
export async function renderPhoto({ source, plan, background, matte }: RenderInput): Promise<OffscreenCanvas> {
  const canvas = new OffscreenCanvas(plan.outputWidthPx, plan.outputHeightPx);
  const ctx = context(canvas);
  const m = plan.sourceToOutput;
  const { image, factor } = await prescaled(source, plan.scale);
  const person = new OffscreenCanvas(plan.outputWidthPx, plan.outputHeightPx);
  const pctx = context(person);
  pctx.setTransform(m.a / factor, m.b / factor, m.c / factor, m.d / factor, m.e, m.f);
  pctx.drawImage(image, 0, 0);
  if (matte) {
    const k = matte.sourcePxPerMattePx;
    const ox = matte.originXPx ?? 0;
    const oy = matte.originYPx ?? 0;
    pctx.globalCompositeOperation = 'destination-in';
    // Matte px → source px (scale k, then the matte's origin) → output px.
    pctx.setTransform(m.a * k, m.b * k, m.c * k, m.d * k, m.a * ox + m.c * oy + m.e, m.b * ox + m.d * oy + m.f);
    pctx.drawImage(matteImage(matte), 0, 0);
  }
  ctx.fillStyle = background;
  ctx.fillRect(0, 0, canvas.width, canvas.height);
  ctx.drawImage(person, 0, 0);
  return canvas;
}
