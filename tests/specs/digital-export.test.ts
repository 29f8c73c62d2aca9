import { describe, expect, it } from 'vitest';
import { fitFileSize } from '../../src/render/fit-file-size';
import { digitalOutputPx, fileSizeBandBytes, findProducibleSpec, producibleSpecs } from '../../src/specs';
import { photoEncoder } from './fixtures/fake-encoder';

/** Rounding each edge to whole pixels can move the aspect ratio by about one pixel's worth. */
const ASPECT_TOLERANCE = 0.005;

const digitalSpecs = producibleSpecs.filter((spec) => spec.digital);

describe('digital rules', () => {
  it('cover the rows with known upload rules', () => {
    expect(digitalSpecs.map((s) => s.id)).toEqual(
      expect.arrayContaining(['jp-passport', 'jp-my-number-card', 'us-visa', 'cn-visa', 'uk-passport', 'in-evisa', 'ca-visa']),
    );
  });

  it.each(digitalSpecs.map((spec) => [spec.id, spec] as const))('%s: pixel size and file size land inside the bands', async (_id, spec) => {
    const digital = spec.digital!;
    const { widthPx, heightPx } = digitalOutputPx(spec);
    if (digital.widthPx?.min !== undefined) expect(widthPx).toBeGreaterThanOrEqual(digital.widthPx.min);
    if (digital.widthPx?.max !== undefined) expect(widthPx).toBeLessThanOrEqual(digital.widthPx.max);
    if (digital.heightPx?.min !== undefined) expect(heightPx).toBeGreaterThanOrEqual(digital.heightPx.min);
    if (digital.heightPx?.max !== undefined) expect(heightPx).toBeLessThanOrEqual(digital.heightPx.max);
    if (digital.square) expect(widthPx).toBe(heightPx);
    expect(Math.abs(widthPx / heightPx - spec.widthMm / spec.heightMm)).toBeLessThan(ASPECT_TOLERANCE);

    const band = fileSizeBandBytes(digital);
    if (!band) return;
    const { encode } = photoEncoder(widthPx * heightPx);
    const result = await fitFileSize(encode, band);
    expect(result.withinBand).toBe(true);
    if (band.minBytes !== undefined) expect(result.bytes.length).toBeGreaterThanOrEqual(band.minBytes);
    if (band.maxBytes !== undefined) expect(result.bytes.length).toBeLessThanOrEqual(band.maxBytes);
  });

  it('keeps the 600 dpi print size when the rule allows it, and caps it where the rule does', () => {
    expect(digitalOutputPx(findProducibleSpec('jp-my-number-card')!)).toEqual({ widthPx: 827, heightPx: 1063 });
    expect(digitalOutputPx(findProducibleSpec('us-visa')!)).toEqual({ widthPx: 1200, heightPx: 1200 });
    expect(digitalOutputPx(findProducibleSpec('in-evisa')!)).toEqual({ widthPx: 1000, heightPx: 1000 });
    expect(digitalOutputPx(findProducibleSpec('cn-visa')!)).toEqual({ widthPx: 385, heightPx: 560 });
  });

  it('reads KB conservatively: a minimum as 1024 bytes, a maximum as 1000', () => {
    expect(fileSizeBandBytes(findProducibleSpec('jp-my-number-card')!.digital)).toEqual({ minBytes: 20_480, maxBytes: 7_000_000 });
    expect(fileSizeBandBytes(findProducibleSpec('us-visa')!.digital)).toEqual({ maxBytes: 240_000 });
    expect(fileSizeBandBytes(undefined)).toBeUndefined();
  });
});
