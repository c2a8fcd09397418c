// W3C TextQuote + TextPosition selectors for a span of the text.
import type { TextPositionSelector, TextQuoteSelector } from '../model/annotation';

/** Context kept on each side of the quote; what Hypothesis uses, enough to tell repeats apart. */
export const CONTEXT_LENGTH = 32;

export type Selectors = [TextQuoteSelector, TextPositionSelector];

export function makeSelectors(text: string, start: number, end: number): Selectors {
  if (!(0 <= start && start < end && end <= text.length)) {
    throw new RangeError(`invalid range [${start}, ${end}) for a text of length ${text.length}`);
  }
  return [
    {
      type: 'TextQuoteSelector',
      exact: text.slice(start, end),
      prefix: text.slice(Math.max(0, start - CONTEXT_LENGTH), start),
      suffix: text.slice(end, end + CONTEXT_LENGTH),
    },
    { type: 'TextPositionSelector', start, end },
  ];
}
