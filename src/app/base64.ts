/** Bytes as base64, the form the batch command's messages carry them in (page.evaluate passes strings). */
export function toBase64(bytes: Uint8Array): string {
  let s = '';
  // String.fromCharCode takes its arguments on the stack: a whole photo at once would overflow it.
  const CHUNK = 0x8000;
  for (let i = 0; i < bytes.length; i += CHUNK) s += String.fromCharCode(...bytes.subarray(i, i + CHUNK));
  return btoa(s);
}

export function fromBase64(b64: string): Uint8Array {
  const s = atob(b64);
  const out = new Uint8Array(s.length);
  for (let i = 0; i < s.length; i++) out[i] = s.charCodeAt(i);
  return out;
}
