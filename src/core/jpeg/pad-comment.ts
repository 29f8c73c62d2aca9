import { JpegStructureError } from './jpeg-structure-error';

/** JPEG markers (ITU-T T.81, Table B.1): every marker is 0xFF followed by a code byte. */
const MARKER_PREFIX = 0xff;
const SOI = 0xd8;
const APP0 = 0xe0;
const COM = 0xfe;
/** A segment is marker (2 bytes) + length (2 bytes, counting itself) + payload. */
const MARKER_BYTES = 2;
const LENGTH_BYTES = 2;
const SEGMENT_OVERHEAD_BYTES = MARKER_BYTES + LENGTH_BYTES;
/** The length field is 16 bits and counts itself, so one segment carries at most 65533 payload bytes. */
const MAX_SEGMENT_LENGTH = 0xffff;
const MAX_PAYLOAD_BYTES = MAX_SEGMENT_LENGTH - LENGTH_BYTES;
/** No upload form asks for more than a few hundred KB; a larger target is a caller's bug, not a file to build. */
const MAX_PADDED_BYTES = 64 * 1024 * 1024;
/** Padding is ASCII spaces: a comment any reader can show, and no byte that could look like a marker. */
const PAD_BYTE = 0x20;

/**
 * Grow a JPEG to at least `minBytes` by inserting comment (COM) segments right after SOI and, when present, the
 * JFIF APP0 segment (which must stay first). Upload forms with a minimum file size (My Number 20 KB…) reject small
 * files; a comment is ignored by every decoder, whereas bytes after the end-of-image marker are not allowed.
 * Returns the input unchanged when it is already large enough. Pure: never touches pixels or the end marker.
 */
export function padJpegComment(jpeg: Uint8Array, minBytes: number): Uint8Array {
  if (jpeg.length < MARKER_BYTES || jpeg[0] !== MARKER_PREFIX || jpeg[1] !== SOI) {
    throw new JpegStructureError('not a JPEG: missing the start-of-image marker');
  }
  if (!Number.isFinite(minBytes) || minBytes > MAX_PADDED_BYTES) {
    throw new JpegStructureError(`minimum size must be a finite number of bytes up to ${MAX_PADDED_BYTES}, got ${minBytes}`);
  }
  if (jpeg.length >= minBytes) return jpeg;

  const insertAt = afterApp0(jpeg);
  const segments: Uint8Array[] = [];
  // Whole bytes: a fractional target (a KB figure × 1000 in float) must not make a fractional segment length.
  let missing = Math.ceil(minBytes) - jpeg.length;
  while (missing > 0) {
    // The last segment may overshoot by up to 3 bytes: an empty comment still costs its 4 header bytes.
    const payload = Math.min(Math.max(missing - SEGMENT_OVERHEAD_BYTES, 0), MAX_PAYLOAD_BYTES);
    segments.push(commentSegment(payload));
    missing -= payload + SEGMENT_OVERHEAD_BYTES;
  }
  const padding = segments.reduce((sum, s) => sum + s.length, 0);
  const out = new Uint8Array(jpeg.length + padding);
  out.set(jpeg.subarray(0, insertAt), 0);
  let offset = insertAt;
  for (const segment of segments) {
    out.set(segment, offset);
    offset += segment.length;
  }
  out.set(jpeg.subarray(insertAt), offset);
  return out;
}

/** Offset just after SOI, or after the APP0 segment that directly follows it (JFIF requires APP0 first). */
function afterApp0(jpeg: Uint8Array): number {
  const afterSoi = MARKER_BYTES;
  if (jpeg[afterSoi] !== MARKER_PREFIX || jpeg[afterSoi + 1] !== APP0) return afterSoi;
  const lengthOffset = afterSoi + MARKER_BYTES;
  if (jpeg.length < lengthOffset + LENGTH_BYTES) throw new JpegStructureError('truncated JPEG: APP0 has no length');
  const length = ((jpeg[lengthOffset] ?? 0) << 8) | (jpeg[lengthOffset + 1] ?? 0);
  const end = lengthOffset + length;
  if (length < LENGTH_BYTES || end > jpeg.length) throw new JpegStructureError('truncated JPEG: APP0 runs past the end of the file');
  return end;
}

function commentSegment(payloadBytes: number): Uint8Array {
  const segment = new Uint8Array(SEGMENT_OVERHEAD_BYTES + payloadBytes).fill(PAD_BYTE);
  const length = payloadBytes + LENGTH_BYTES;
  segment[0] = MARKER_PREFIX;
  segment[1] = COM;
  segment[2] = length >> 8;
  segment[3] = length & 0xff;
  return segment;
}
