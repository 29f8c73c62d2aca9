/**
 * Fits one line of text into a width: shrinks the font down to MIN_FONT_SCALE of its size, then cuts the end with
 * an ellipsis. A long document name must never run over a photo or off the paper.
 */
export const MIN_FONT_SCALE = 0.7;
const ELLIPSIS = '…';

export interface FittedLine {
  readonly text: string;
  readonly fontSize: number;
}

/** `measure(text, fontSize)` is the width of the text in the same unit as `maxWidth` (px on canvas, pt in PDF). */
export function fitText(text: string, maxWidth: number, fontSize: number, measure: (text: string, fontSize: number) => number): FittedLine {
  const width = measure(text, fontSize);
  if (width <= maxWidth) return { text, fontSize };
  const shrunk = Math.max(fontSize * MIN_FONT_SCALE, (fontSize * maxWidth) / width);
  if (measure(text, shrunk) <= maxWidth) return { text, fontSize: shrunk };
  const chars = Array.from(text);
  while (chars.length > 0 && measure(chars.join('') + ELLIPSIS, shrunk) > maxWidth) chars.pop();
  return { text: chars.join('') + ELLIPSIS, fontSize: shrunk };
}
