// Tokenizer for the figure detector: one linear pass.
import { found, scan } from './scan';

export type TokKind = 'num' | 'word' | 'sym';

export interface Tok {
  kind: TokKind;
  text: string;
  /** Lower-cased text. */
  lower: string;
  start: number;
  end: number;
  /** For numbers: the digit core ("1.000,5", "1948-1957"); the rest is `suffix` ("er", "-Jährige"). */
  core: string;
  suffix: string;
  /** A line break lies between the previous token and this one. */
  nlBefore: boolean;
  /** Whitespace separates this token from the previous one. */
  spaceBefore: boolean;
}

/**
 * The tokens (scan.ts): num, digit groups joined by . , : / and optional ranges (1948-1957), then an optional letter
 * suffix (1950er, 68-Jährige); word, letters (with digits and inner hyphens/apostrophes: Hwasong-11, US-Dollar, S650);
 * sym, any other single character.
 */
export function tokenize(text: string): Tok[] {
  const toks: Tok[] = [];
  let prevEnd = 0;
  for (let start = scan(text, 0); start >= 0; start = scan(text, found.end)) {
    const { kind, coreEnd, end } = found;
    const t = text.slice(start, end);
    // The gap is scanned in place: a slice per token costs more than the rest of the loop.
    let nlBefore = false;
    for (let k = prevEnd; k < start && !nlBefore; k++) nlBefore = text.charCodeAt(k) === 10;
    const spaceBefore = start > prevEnd;
    const num = kind === 'num';
    const core = num ? text.slice(start, coreEnd) : '';
    const suffix = num && coreEnd < end ? text.slice(coreEnd, end) : '';
    toks.push({ kind, text: t, lower: kind === 'sym' ? t : t.toLowerCase(), start, end, core, suffix, nlBefore, spaceBefore });
    prevEnd = end;
  }
  return toks;
}

export function isCapitalized(t: Tok | undefined): boolean {
  if (!t || t.kind !== 'word') return false;
  const c = t.text[0];
  return c !== c.toLowerCase() && c === c.toUpperCase();
}

/** At least two upper-case letters: WM, CeBIT, GLS, KEL. */
export function isAcronymLike(t: Tok | undefined): boolean {
  if (!t || t.kind !== 'word') return false;
  let n = 0;
  for (const c of t.text) {
    if (c !== c.toLowerCase() && c === c.toUpperCase()) n++;
    if (n >= 2) return true;
  }
  return t.text.length === 1 && isCapitalized(t);
}

/** The token begins a sentence: nothing before it, a line break, or sentence-final punctuation before it. */
export function isSentenceStart(toks: Tok[], i: number): boolean {
  if (i === 0 || toks[i].nlBefore) return true;
  let j = i - 1;
  while (j >= 0 && toks[j].kind === 'sym' && /^["„“”»«'‚‘’(]$/.test(toks[j].text)) j--;
  if (j < 0) return true;
  const p = toks[j];
  return p.kind === 'sym' && /^[.!?:;–—-]$/.test(p.text);
}
