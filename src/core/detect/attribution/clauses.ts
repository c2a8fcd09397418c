// Clause geometry shared by the cue readers: quotes, clause starts, the content after a comma, quote interiors.
import { CLOSING_QUOTES, OPENING_QUOTES, isQuote as isQuoteMark, type Token } from './tokens';
import type { Span } from './phrases';

/** Paired quotation marks of a paragraph, as [open, close] token indices. */
export function findQuotes(tokens: readonly Token[]): [number, number][] {
  const out: [number, number][] = [];
  let open = -1;
  for (let i = 0; i < tokens.length; i++) {
    const s = tokens[i].s;
    if (s.length !== 1) continue;
    if (open < 0) {
      // A straight quote or “ opens when a word follows it directly.
      if (OPENING_QUOTES.has(s) && tokens[i + 1] && tokens[i + 1].start === tokens[i].end) open = i;
    } else if (CLOSING_QUOTES.has(s) && (tokens[i - 1].end === tokens[i].start || s !== tokens[open].s)) {
      out.push([open, i]);
      open = -1;
    }
  }
  return out;
}

/** The quote whose closing mark is token `close`. */
export const quoteClosingAt = (quotes: readonly [number, number][], close: number): [number, number] | undefined => quotes.find((q) => q[1] === close);

/** A quotation mark that opens: attached to the word after it, not to the one before. */
export const opensQuote = (tokens: readonly Token[], k: number): boolean =>
  OPENING_QUOTES.has(tokens[k].s) && tokens[k + 1]?.start === tokens[k].end && (k === 0 || tokens[k - 1].end !== tokens[k].start || !tokens[k - 1].word);

export const isClauseMark = (s: string): boolean => s === ',' || s === ':' || s === ';' || s === '–' || s === '—' || s === '(' || s === ')';

/** First token of the clause holding token i: after the last clause mark, or the opening of a quotation around i, since the sentence began at `a`. */
export function clauseStart(tokens: readonly Token[], a: number, i: number, quotes: readonly [number, number][]): number {
  let k = i;
  // A closing quote after a comma ends a clause too: "…, this,“ said Kirby".
  const closesClause = (q: [number, number]): boolean => q[1] === k - 1 && k >= 2 && /^[,.!?:;]$/.test(tokens[k - 2].s);
  while (k > a && !isClauseMark(tokens[k - 1].s) && !quotes.some((q) => (q[0] === k - 1 && q[1] > i && opensQuote(tokens, k - 1)) || closesClause(q))) k--;
  return k;
}

/** The inside of a quotation, without a comma or colon before its closing mark ("…, this,“ said Kirby"). */
export function quoteInterior(tokens: readonly Token[], q: readonly [number, number]): Span {
  let last = q[1] - 1;
  while (last > q[0] + 1 && (tokens[last].s === ',' || tokens[last].s === ':')) last--;
  return { start: tokens[q[0] + 1].start, end: tokens[last].end };
}

/** The character span of tokens [from, to) of a sentence ending at b: without the final stop, and a quote's interior when it is one. */
export function contentSpan(tokens: readonly Token[], from: number, to: number, quotes: readonly [number, number][]): { span: Span; quoted: boolean } | undefined {
  let a = from;
  let b = to;
  while (a < b && (tokens[a].l === 'dass' || tokens[a].l === 'that' || tokens[a].s === ',' || tokens[a].s === ':' || tokens[a].s === '–' || tokens[a].s === '—')) a++;
  while (b > a && (tokens[b - 1].s === '.' || tokens[b - 1].s === ',' || tokens[b - 1].s === ':' || tokens[b - 1].s === '!' || tokens[b - 1].s === '?')) b--;
  if (b <= a) return undefined;
  const q = quotes.find((x) => x[0] === a);
  if (q && q[1] >= b - 1 && q[1] > a + 1) {
    return { span: quoteInterior(tokens, q), quoted: true };
  }
  // A quotation that opens the content and never closes runs on past it: the content is quoted, its final stop kept.
  if (opensQuote(tokens, a) && !quotes.some((x) => x[0] === a) && b > a + 1) {
    const end = to > b && tokens[b].s !== ',' && tokens[b].s !== ':' ? b + 1 : b;
    return { span: { start: tokens[a + 1].start, end: tokens[end - 1].end }, quoted: true };
  }
  // A quote that closes the content without opening in it: drop the dangling mark. When the mark closes no quotation of
  // the paragraph and none opens in the content, the quotation opened in an earlier one ("… in der Gegend bin “, meinte sie").
  if (CLOSING_QUOTES.has(tokens[b - 1].s) && !quotes.some((x) => x[1] === b - 1 && x[0] >= a)) {
    let opened = quotes.some((x) => x[1] === b - 1);
    b--;
    if (b <= a) return undefined;
    for (let k = a; k < b && !opened; k++) opened = isQuoteMark(tokens[k].s);
    return { span: { start: tokens[a].start, end: tokens[b - 1].end }, quoted: !opened };
  }
  if (b <= a) return undefined;
  return { span: { start: tokens[a].start, end: tokens[b - 1].end }, quoted: false };
}
