import { describe, expect, it } from 'vitest';
import { documentSpecs, findProducibleSpec, findSpec, isProducible, producibleSpecs } from '../../src/specs';

describe('the spec table', () => {
  it('starts with the residence card, the passport and the My Number card', () => {
    expect(documentSpecs.slice(0, 3).map((s) => s.id)).toEqual(['jp-residence-card', 'jp-passport', 'jp-my-number-card']);
  });

  it('keeps the ISA figures for the residence card, not the passport ones', () => {
    const spec = findProducibleSpec('jp-residence-card');
    expect(spec).toMatchObject({ widthMm: 30, heightMm: 40, faceHeightMm: { min: 22, max: 28 }, topMarginMm: { min: 2, max: 8 }, centringToleranceMm: 2 });
  });

  it.each(['jp-passport', 'jp-my-number-card'])('%s is 35×45 with face 32–36 and top 2–6', (id) => {
    expect(findProducibleSpec(id)).toMatchObject({ widthMm: 35, heightMm: 45, faceHeightMm: { min: 32, max: 36 }, topMarginMm: { min: 2, max: 6 } });
  });

  it('finds rows by id and returns undefined for unknown ids', () => {
    expect(findSpec('jp-passport')?.id).toBe('jp-passport');
    expect(findSpec('no-such-row')).toBeUndefined();
    expect(findProducibleSpec('no-such-row')).toBeUndefined();
  });

  it('lists exactly the producible rows as producible', () => {
    expect(producibleSpecs).toEqual(documentSpecs.filter(isProducible));
    for (const spec of producibleSpecs) expect(spec.capture).toBe('submitted');
  });
});
