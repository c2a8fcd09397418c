// Tokenizer for the figure detector: one linear pass with a sticky-free global regex.

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

// num: digit groups joined by . , : / and optional ranges (1948-1957), then an optional letter suffix (1950er, 68-Jährige).
// word: letters (with digits and inner hyphens/apostrophes: Hwasong-11, US-Dollar, S650).
const TOKEN_RE =
  /(\d+(?:[.,:/]\d+)*(?:[-–]\d+(?:[.,]\d+)*)*)((?:-?\p{L}[\p{L}\p{M}]*)(?:-\p{L}[\p{L}\p{M}]*)*)?|(\p{L}[\p{L}\p{M}\d]*(?:['’-][\p{L}\d][\p{L}\p{M}\d]*)*)|(\S)/gu;

export function tokenize(text: string): Tok[] {
  const toks: Tok[] = [];
  TOKEN_RE.lastIndex = 0;
  let prevEnd = 0;
  let m: RegExpExecArray | null;
  while ((m = TOKEN_RE.exec(text)) !== null) {
    const start = m.index;
    const t = m[0];
    // The gap is scanned in place: a slice per token costs more than the rest of the loop.
    let nlBefore = false;
    for (let k = prevEnd; k < start && !nlBefore; k++) nlBefore = text.charCodeAt(k) === 10;
    const spaceBefore = start > prevEnd;
    let kind: TokKind;
    let core = '';
    let suffix = '';
    if (m[1] !== undefined) {
      kind = 'num';
      core = m[1];
      suffix = m[2] ?? '';
    } else if (m[3] !== undefined) {
      kind = 'word';
    } else {
      kind = 'sym';
    }
    toks.push({ kind, text: t, lower: kind === 'sym' ? t : t.toLowerCase(), start, end: start + t.length, core, suffix, nlBefore, spaceBefore });
    prevEnd = start + t.length;
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
