/**
 * HEIC/HEIF photos (an iPhone's default) in browsers that cannot decode them: Safari can, so the native decoder
 * is tried first; elsewhere libheif compiled to WASM (heic-to, LGPL-3.0) decodes them in its own worker.
 * heic-to is imported only when a file's bytes say HEIC, so nobody else downloads its 3 MB. Its `csp` build
 * needs no 'unsafe-eval' (the default build compiles code with `new Function`); it starts its worker from a blob:
 * URL, which our CSP allows (worker-src 'self' blob:), and fetches nothing: the WASM is inside the script.
 */
export async function decodeHeic(file: Blob, options: ImageBitmapOptions): Promise<ImageBitmap> {
  try {
    return await createImageBitmap(file, options);
  } catch {
    // Not natively supported here (Chromium, Firefox): fall through to libheif.
  }
  const { heicTo } = await import('heic-to/csp');
  // libheif applies the file's rotation and mirror properties (irot/imir) itself; the bitmap comes from its pixels.
  return heicTo({ blob: file, type: 'bitmap', options });
}
