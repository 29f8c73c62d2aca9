import { describe, expect, it } from 'vitest';
import { GUTTER_MIN_MM } from '../../src/core/sheet/sheet-rules';
import { asksNameOnBack } from '../../src/store/asks-name-on-back';
import { isoLocalDate, selectSheetLayout, selectSheetPaper, selectSheetRequests, selectSheetSpecRequests, type SheetStoreState } from '../../src/store/sheet-selectors';
import { DEFAULT_SHEET_PAPER_ID } from '../../src/store/sheet-slice';
import { BORDERLESS_SCALE_DEFAULT } from '../../src/core/sheet/borderless-scale';

/** The store fields the sheet selectors read; the rest of the store plays no part in a layout. */
function state(patch: Partial<SheetStoreState> = {}): SheetStoreState {
  return {
    specId: 'jp-residence-card',
    customSize: null,
    sheetPaperId: DEFAULT_SHEET_PAPER_ID,
    sheetRequests: null,
    sheetBorderless: false,
    sheetBorderlessScale: BORDERLESS_SCALE_DEFAULT,
    ...patch,
  } as unknown as SheetStoreState;
}

const CLOCK = new Date(2026, 10, 21, 23, 30);

describe('sheet selectors', () => {
  it('fills an L sheet with the chosen document and dates the label with the local day', () => {
    const layout = selectSheetLayout(state(), CLOCK);
    expect(layout.paperId).toBe('L');
    expect(layout.outcomes).toEqual([{ specId: 'jp-residence-card', requested: 'fill', placed: layout.photos.length }]);
    expect(layout.photos.length).toBeGreaterThanOrEqual(4);
    expect(layout.gutterMm).toBeGreaterThanOrEqual(GUTTER_MIN_MM);
    expect(layout.label?.lines).toContainEqual({ kind: 'made-on', isoDate: '2026-11-21' });
    expect(layout.label?.lines).toContainEqual({ kind: 'write-name-on-back', specIds: ['jp-residence-card'] });
  });

  it('lays out a mixed sheet: two residence-card and two passport photos on L', () => {
    const layout = selectSheetLayout(
      state({
        sheetRequests: [
          { specId: 'jp-residence-card', copies: 2 },
          { specId: 'jp-passport', copies: 2 },
        ],
      }),
      CLOCK,
    );
    expect(layout.outcomes.map((o) => [o.specId, o.placed])).toEqual([
      ['jp-residence-card', 2],
      ['jp-passport', 2],
    ]);
    const sizes = layout.photos.map((p) => `${p.specId} ${p.rectMm.widthMm}×${p.rectMm.heightMm}`).sort();
    expect(sizes).toEqual(['jp-passport 35×45', 'jp-passport 35×45', 'jp-residence-card 30×40', 'jp-residence-card 30×40']);
    // Only the residence card asks for the name on the back; the passport does not.
    expect(layout.label?.lines).toContainEqual({ kind: 'write-name-on-back', specIds: ['jp-residence-card'] });
  });

  it('returns the same layout object while nothing it reads changed, and a new one on a new day', () => {
    const s = state();
    const a = selectSheetLayout(s, CLOCK);
    expect(selectSheetLayout(s, new Date(2026, 10, 21, 8, 0))).toBe(a);
    const b = selectSheetLayout(s, new Date(2026, 10, 22, 0, 1));
    expect(b).not.toBe(a);
    expect(b.label?.lines).toContainEqual({ kind: 'made-on', isoDate: '2026-11-22' });
  });

  it('drops ids the table cannot produce, and falls back to L for an unknown paper', () => {
    const s = state({ sheetPaperId: 'B5', sheetRequests: [{ specId: 'ph-passport', copies: 2 }, { specId: 'jp-passport', copies: 'fill' }] });
    expect(selectSheetPaper(s).id).toBe('L');
    expect(selectSheetRequests(s)).toHaveLength(2);
    expect(selectSheetSpecRequests(s).map((r) => r.spec.id)).toEqual(['jp-passport']);
  });

  it('borderless shrinks the content by the chosen scale', () => {
    const layout = selectSheetLayout(state({ sheetBorderless: true }), CLOCK);
    expect(layout.contentScale).toBeCloseTo(1 / 1.035, 12);
  });

  it('pads the local date', () => {
    expect(isoLocalDate(new Date(2027, 0, 5))).toBe('2027-01-05');
  });
});

describe('asksNameOnBack', () => {
  it.each([
    ['jp-residence-card', true],
    ['jp-drivers-licence', true],
    ['jp-mhlw-national-exam', true],
    ['jp-passport', false],
    ['us-visa', false],
    ['icao-35x45', false],
    ['ca-passport', false],
    ['no-such-document', false],
  ])('%s → %s', (specId, expected) => {
    expect(asksNameOnBack(specId)).toBe(expected);
  });
});
