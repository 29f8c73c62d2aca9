import type { CropPlan } from '../core/crop/crop-plan';
import type { PersonMatte } from '../core/face/face-landmarks';

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

async function prescaled(source: ImageBitmap, scale: number): Promise<{ image: ImageBitmap; factor: number }> {
  if (scale >= PRESCALE_BELOW) return { image: source, factor: 1 };
  const width = Math.max(1, Math.round(source.width * scale));
  const height = Math.max(1, Math.round(source.height * scale));
  const image = await createImageBitmap(source, { resizeWidth: width, resizeHeight: height, resizeQuality: 'high' });
  return { image, factor: width / source.width };
}

function matteImage(matte: PersonMatte): OffscreenCanvas {
  const canvas = new OffscreenCanvas(matte.width, matte.height);
  const ctx = context(canvas);
  const data = new ImageData(matte.width, matte.height);
  for (let i = 0; i < matte.alpha.length; i++) data.data[4 * i + 3] = matte.alpha[i] ?? 0;
  ctx.putImageData(data, 0, 0);
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
    pctx.globalCompositeOperation = 'destination-in';
    pctx.setTransform(m.a * k, m.b * k, m.c * k, m.d * k, m.e, m.f);
    pctx.drawImage(matteImage(matte), 0, 0);
  }
  if (image !== source) image.close();
  ctx.fillStyle = background;
  ctx.fillRect(0, 0, canvas.width, canvas.height);
  ctx.drawImage(person, 0, 0);
  return canvas;
}
