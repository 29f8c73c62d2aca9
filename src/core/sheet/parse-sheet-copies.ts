/** One `spec=n` item of a copies list; `fill` means as many as fit. */
export interface SheetCopies {
  readonly specId: string;
  readonly copies: number | 'fill';
}

const ITEM = /^([a-z0-9]+(?:-[a-z0-9]+)*)=(fill|\d+)$/;
/** No paper we print holds more than A4's 66 photos of the smallest size; a bigger count is a typo. */
const MAX_COPIES = 100;

/**
 * Parses the batch flag `--sheet-copies jp-residence-card=2,jp-passport=fill` (or the same text from a URL
 * parameter). Throws on the first bad item, naming it and its position.
 */
export function parseSheetCopies(text: string): SheetCopies[] {
  const items = text
    .split(',')
    .map((item) => item.trim())
    .filter((item) => item.length > 0);
  const seen = new Set<string>();
  return items.map((item, index) => {
    const match = ITEM.exec(item);
    if (!match) throw new RangeError(`sheet copies [${index}] "${item}": expected spec-id=count or spec-id=fill`);
    const [, specId = '', count = ''] = match;
    if (seen.has(specId)) throw new RangeError(`sheet copies [${index}] "${item}": ${specId} is listed twice`);
    seen.add(specId);
    if (count === 'fill') return { specId, copies: 'fill' };
    const copies = Number(count);
    if (copies > MAX_COPIES) throw new RangeError(`sheet copies [${index}] "${item}": at most ${MAX_COPIES} copies`);
    return { specId, copies };
  });
}
