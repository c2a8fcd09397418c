// Words and punctuation of a paragraph with their offsets, and its sentences: the units attribution reads.

export interface Token {
  /** The text as written. */
  s: string;
  /** Lower-cased. */
  l: string;
  start: number;
  end: number;
  /** A word (letters or digits), not a punctuation mark. */
  word: boolean;
  /** A line break lies between this token and the one before. */
  lineBefore: boolean;
}

const TOKEN = /[\p{L}\p{N}]+(?:[-'’./][\p{L}\p{N}]+)*|\S/gu;

export function tokenize(text: string): Token[] {
  const out: Token[] = [];
  let last = 0;
  for (const m of text.matchAll(TOKEN)) {
    const start = m.index;
    const s = m[0];
    const c = s.charCodeAt(0);
    const word = c > 127 ? /[\p{L}\p{N}]/u.test(s[0]) : (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
    let lineBefore = false;
    for (let k = last; k < start && out.length > 0; k++) if (text.charCodeAt(k) === 10) lineBefore = true;
    out.push({ s, l: s.toLowerCase(), start, end: start + s.length, word, lineBefore });
    last = start + s.length;
  }
  return out;
}

export const OPENING_QUOTES = new Set(['„', '“', '"', '»', '«', '‚', '‘', '‹']);
export const CLOSING_QUOTES = new Set(['“', '”', '"', '«', '»', '‘', '’', '›']);
export const isQuote = (s: string): boolean => OPENING_QUOTES.has(s) || CLOSING_QUOTES.has(s);
export const isUpper = (s: string): boolean => s !== s.toLowerCase() && s[0] === s[0].toUpperCase();

/** Abbreviations whose full stop ends no sentence. */
const ABBREVIATIONS = new Set(['dr', 'prof', 'st', 'nr', 'bzw', 'ca', 'z', 'b', 'u', 'a', 'mr', 'mrs', 'ms', 'jr', 'sr', 'gen', 'vs', 'etc', 'usw', 'vgl', 'inc', 'co', 'corp', 'no']);

/** Sentences as [first, end) token ranges: after . ! ? (a closing quote stays with its sentence) and at line breaks. */
export function sentences(tokens: readonly Token[]): [number, number][] {
  const out: [number, number][] = [];
  let first = 0;
  for (let i = 0; i < tokens.length; i++) {
    if (i > first && tokens[i].lineBefore) {
      out.push([first, i]);
      first = i;
    }
    const s = tokens[i].s;
    if (s !== '.' && s !== '!' && s !== '?') continue;
    if (s === '.' && i > 0 && (ABBREVIATIONS.has(tokens[i - 1].l) || /^\d+$/.test(tokens[i - 1].s)) && tokens[i - 1].end === tokens[i].start) {
      // "18. Juni", "Dr. Kim": a stop after a number or an abbreviation ends a sentence only before a capital and a verb we cannot see; keep going.
      continue;
    }
    let end = i + 1;
    while (end < tokens.length && CLOSING_QUOTES.has(tokens[end].s) && tokens[end].start === tokens[end - 1].end) end++;
    const next = tokens[end];
    if (next && !(isUpper(next.s) || OPENING_QUOTES.has(next.s) || next.lineBefore || /^\p{N}/u.test(next.s))) continue;
    out.push([first, end]);
    first = end;
    i = end - 1;
  }
  if (first < tokens.length) out.push([first, tokens.length]);
  return out;
}
