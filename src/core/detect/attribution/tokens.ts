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

/** Letters and digits by code: ASCII, Latin-1 and Latin Extended (German, French, Polish names …) without × and ÷. */
function isWordChar(c: number): boolean {
  if (c < 128) return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  if (c >= 0xc0 && c <= 0x24f) return c !== 0xd7 && c !== 0xf7;
  return c >= 0x370 && OTHER_WORD_CHAR.test(String.fromCharCode(c));
}
const OTHER_WORD_CHAR = /[\p{L}\p{N}]/u;
const isJoiner = (c: number): boolean => c === 45 || c === 39 || c === 0x2019 || c === 46 || c === 47; // - ' ’ . /
const isSpace = (c: number): boolean => c === 32 || c === 10 || c === 13 || c === 9 || c === 0xa0 || c === 0x202f || c === 0x2009 || c === 12;

/**
 * Words (letters and digits, joined by - ' ’ . / between two of them) and single punctuation marks. A hand-written
 * scanner: a regex with Unicode classes and a lower-cased copy of every word cost twice as much, and attribution runs
 * on every paragraph that detection reads.
 */
export function tokenize(text: string): Token[] {
  const out: Token[] = [];
  const n = text.length;
  let lineBefore = false;
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (isSpace(c)) {
      if (c === 10) lineBefore = out.length > 0;
      i++;
      continue;
    }
    const start = i;
    let word = false;
    if (isWordChar(c)) {
      word = true;
      i++;
      for (;;) {
        while (i < n && isWordChar(text.charCodeAt(i))) i++;
        if (i + 1 < n && isJoiner(text.charCodeAt(i)) && isWordChar(text.charCodeAt(i + 1))) i += 2;
        else break;
      }
    } else i++;
    const s = text.slice(start, i);
    // Lower-case only what has a capital: most words are lower-case already.
    const l = word && c >= 97 && c <= 122 && !/[A-ZÄÖÜ]/.test(s) ? s : s.toLowerCase();
    out.push({ s, l, start, end: i, word, lineBefore });
    lineBefore = false;
  }
  return out;
}

export const OPENING_QUOTES = new Set(['„', '“', '"', '»', '«', '‚', '‘', '‹']);
export const CLOSING_QUOTES = new Set(['“', '”', '"', '«', '»', '‘', '’', '›']);
export const isQuote = (s: string): boolean => OPENING_QUOTES.has(s) || CLOSING_QUOTES.has(s);
export const isUpper = (s: string): boolean => s !== s.toLowerCase() && s[0] === s[0].toUpperCase();

/** Abbreviations whose full stop ends no sentence. */
const ABBREVIATIONS = new Set(['dr', 'prof', 'st', 'nr', 'bzw', 'ca', 'z', 'b', 'u', 'a', 'mr', 'mrs', 'ms', 'jr', 'sr', 'gen', 'vs', 'etc', 'usw', 'vgl', 'inc', 'co', 'corp', 'no',
  // English titles and offices before a name: "Rep. Wesley Roberts", "Gov. Notte", "Lt. Col. Smith".
  'rep', 'reps', 'sen', 'sens', 'gov', 'lt', 'col', 'capt', 'sgt', 'cpl', 'maj', 'adm', 'cmdr', 'rev', 'supt', 'atty', 'messrs', 'hon', 'dept', 'gens', 'ft', 'mt']);

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
    if (s === '.' && i > 0 && (ABBREVIATIONS.has(tokens[i - 1].l) || /^\d+$/.test(tokens[i - 1].s) || /^\p{L}(?:\.\p{L})+$/u.test(tokens[i - 1].s)) && tokens[i - 1].end === tokens[i].start) {
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
