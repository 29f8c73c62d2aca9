import type { LabelLine, SheetLayout } from '../../core/sheet/sheet-layout-types';

/** The sheet's words, already in the user's language: the ruler caption and one string per label line. */
export interface SheetCaptions {
  readonly ruler: string;
  readonly labelLines: readonly string[];
}

/** The shape of i18next's `t` that this module needs (render/ does not import i18next). */
export type Translate = (key: string, values?: Record<string, string | number>) => string;

/** Trailing zeros off, at most one decimal: 35 → "35", 35.5 → "35.5" (no spec is finer than 0.5 mm). */
function formatMm(mm: number): string {
  return String(Math.round(mm * 10) / 10);
}

/**
 * Words the layout's ruler and label with keys of the "sheet" namespace (src/i18n/locales/<lang>/sheet.json).
 * `documentName` gives a spec's short name in the user's language; `formatDate` the made-on date (default: as is).
 */
export function formatSheetCaptions(
  layout: SheetLayout,
  t: Translate,
  documentName: (specId: string) => string,
  formatDate: (isoDate: string) => string = (iso) => iso,
): SheetCaptions {
  const line = (entry: LabelLine): string => {
    switch (entry.kind) {
      case 'document':
        return t('label.document', {
          name: documentName(entry.specId),
          width: formatMm(entry.widthMm),
          height: formatMm(entry.heightMm),
          copies: entry.copies,
        });
      case 'made-on':
        return t('label.madeOn', { date: formatDate(entry.isoDate) });
      case 'write-name-on-back':
        return t('label.writeNameOnBack', { names: entry.specIds.map(documentName).join(', ') });
    }
  };
  return {
    ruler: t('ruler.caption', { length: formatMm(layout.ruler?.lengthMm ?? 0) }),
    labelLines: layout.label?.lines.map(line) ?? [],
  };
}
