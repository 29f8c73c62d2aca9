import { encodeJpeg } from './encode-jpeg';
import { renderPhoto, type RenderInput } from './render-photo';

/** The downloadable photo: rendered at exact output pixels and encoded with its dpi. */
export async function renderJpeg(input: RenderInput): Promise<Uint8Array> {
  return encodeJpeg(await renderPhoto(input), input.plan.dpi);
}
