import { downsampleMatte, draftSourceSize } from '../../core/crop/draft-source';
import type { PersonMatte } from '../../core/face/model-outputs';

/** A reduced copy of the photo for the editor's quick frames (see core/crop/draft-source.ts). */
export interface DraftCutout {
  /** The photo shrunk by `factor`, with the person matte already applied as alpha when there is one. */
  readonly image: ImageBitmap;
  /** Reduced px per original source px, after rounding to whole pixels. */
  readonly factor: number;
}

/**
 * Makes the quick frames' source once per photo and matte: the photo shrunk to what the preview needs, and the
 * matte baked into its alpha. A frame then draws one small image over the background; compositing the matte on
 * every frame (destination-in over the whole canvas) cost more than drawing the photo itself.
 */
export async function makeDraftCutout(source: ImageBitmap, matte: PersonMatte | null, idealFactor: number): Promise<DraftCutout> {
  const size = draftSourceSize(source.width, source.height, idealFactor);
  const image = await createImageBitmap(source, { resizeWidth: size.widthPx, resizeHeight: size.heightPx, resizeQuality: 'high' });
  if (!matte) return { image, factor: size.factor };
  const small = downsampleMatte(matte, size.factor);
  const alpha = new ImageData(small.width, small.height);
  for (let i = 0; i < small.alpha.length; i++) alpha.data[4 * i + 3] = small.alpha[i] ?? 0;
  const matteCanvas = new OffscreenCanvas(small.width, small.height);
  matteCanvas.getContext('2d')?.putImageData(alpha, 0, 0);
  const canvas = new OffscreenCanvas(size.widthPx, size.heightPx);
  const ctx = canvas.getContext('2d');
  if (!ctx) return { image, factor: size.factor };
  ctx.imageSmoothingEnabled = true;
  ctx.imageSmoothingQuality = 'high';
  ctx.drawImage(image, 0, 0);
  ctx.globalCompositeOperation = 'destination-in';
  // The reduced matte's pixels are `sourcePxPerMattePx` reduced-source pixels wide.
  ctx.setTransform(small.sourcePxPerMattePx, 0, 0, small.sourcePxPerMattePx, small.originXPx ?? 0, small.originYPx ?? 0);
  ctx.drawImage(matteCanvas, 0, 0);
  image.close();
  return { image: canvas.transferToImageBitmap(), factor: size.factor };
}
