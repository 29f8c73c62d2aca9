import { describe, expect, it } from 'vitest';
import { parseSheetCopies } from '../../../src/core/sheet/parse-sheet-copies';

describe('parseSheetCopies', () => {
  it.each([
    ['jp-residence-card=2,jp-passport=2', [{ specId: 'jp-residence-card', copies: 2 }, { specId: 'jp-passport', copies: 2 }]],
    ['jp-passport=fill', [{ specId: 'jp-passport', copies: 'fill' }]],
    [' jp-passport=0 , ', [{ specId: 'jp-passport', copies: 0 }]],
    ['', []],
  ])('reads %j', (text, expected) => {
    expect(parseSheetCopies(text)).toEqual(expected);
  });

  it.each([
    ['jp-passport', /\[0\] "jp-passport"/],
    ['jp-passport=2,us-visa=-1', /\[1\] "us-visa=-1"/],
    ['jp-passport=two', /\[0\]/],
    ['jp-passport=2,jp-passport=3', /listed twice/],
    ['jp-passport=1000', /at most 100/],
  ])('rejects %j, naming the item', (text, message) => {
    expect(() => parseSheetCopies(text)).toThrow(message);
  });
});
