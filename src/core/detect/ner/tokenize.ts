// Tokens and sentences in the GermEval style: words (hyphen compounds kept whole), numbers, single punctuation marks.
// A hand-written linear scanner equivalent to /[\p{L}\p{N}]+(?:[-'’.&][\p{L}\p{N}]+)*\.?|\S/gu, with a lazily filled
// table of character classes, so that it allocates only the tokens.

export interface NerToken {
  text: string;
  start: number;
  end: number;
}

const ABBREV = /^(?:[\p{L}]\.|[\p{Lu}][\p{L}]{0,3}\.|(?:Dr|Prof|Nr|St|bzw|ca|vgl|usw|etc|Mio|Mrd|Jh|Jhd)\.)$/u;
const INNER_DOT = /\.[\p{L}\p{N}]/u;
const ALNUM = /^[\p{L}\p{N}]$/u;
const SPACE = /^\s$/u;
const SENTENCE_START = /^[\p{Lu}„"«]/u;

const SPACE_C = 1;
const ALNUM_C = 2;
const OTHER_C = 3;
/** Class of each BMP code unit (0: not computed yet). */
const classes = new Uint8Array(65536);
for (let c = 0; c < 128; c++) {
  classes[c] = (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) ? ALNUM_C : (c >= 9 && c <= 13) || c === 32 ? SPACE_C : OTHER_C;
}

function classAt(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
    const d = text.charCodeAt(i + 1);
    if (d >= 0xdc00 && d <= 0xdfff) return ALNUM.test(text.slice(i, i + 2)) ? ALNUM_C : OTHER_C;
  }
  let k = classes[c];
  if (k === 0) {
    const ch = String.fromCharCode(c);
    k = ALNUM.test(ch) ? ALNUM_C : SPACE.test(ch) ? SPACE_C : OTHER_C;
    classes[c] = k;
  }
  return k;
}

/** Code units of the code point at i (2 for a surrogate pair). */
function width(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
    const d = text.charCodeAt(i + 1);
    if (d >= 0xdc00 && d <= 0xdfff) return 2;
  }
  return 1;
}

/** Word joiners inside a token: - ' ’ . & */
const isJoiner = (c: number): boolean => c === 45 || c === 39 || c === 0x2019 || c === 46 || c === 38;

/** Tokens as parallel arrays (what the tagger's hot path uses: no object per token). */
export interface TokenArrays {
  words: string[];
  starts: number[];
  ends: number[];
}

export function tokenArrays(text: string): TokenArrays {
  const words: string[] = [];
  const starts: number[] = [];
  const ends: number[] = [];
  const push = (a: number, b: number, w: string): void => {
    words.push(w);
    starts.push(a);
    ends.push(b);
  };
  const n = text.length;
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    const k = c < 128 ? classes[c] : classAt(text, i);
    if (k === SPACE_C) {
      i++;
      continue;
    }
    const start = i;
    if (k !== ALNUM_C) {
      i += width(text, i);
      push(start, i, text.slice(start, i));
      continue;
    }
    i += width(text, i);
    for (;;) {
      while (i < n) {
        const d = text.charCodeAt(i);
        if (d < 128) {
          if (classes[d] !== ALNUM_C) break;
          i++;
        } else if (classAt(text, i) === ALNUM_C) i += width(text, i);
        else break;
      }
      if (i + 1 < n && isJoiner(text.charCodeAt(i)) && classAt(text, i + 1) === ALNUM_C) {
        i++;
        continue;
      }
      break;
    }
    if (i < n && text.charCodeAt(i) === 46) {
      // A trailing full stop belongs to the token only for abbreviations ("Dr.", "z.B."); otherwise split it off.
      const w = text.slice(start, i + 1);
      if (ABBREV.test(w) || INNER_DOT.test(text.slice(start, i))) {
        i++;
        push(start, i, w);
        continue;
      }
      push(start, i, text.slice(start, i));
      push(i, i + 1, '.');
      i++;
      continue;
    }
    push(start, i, text.slice(start, i));
  }
  return { words, starts, ends };
}

export function nerTokens(text: string): NerToken[] {
  const { words, starts, ends } = tokenArrays(text);
  return words.map((w, i) => ({ text: w, start: starts[i], end: ends[i] }));
}

/**
 * Sentences: split at line breaks and after . ! ? followed by an upper-case or quoted start (at most 120 tokens).
 * Returns the token index just past each sentence.
 */
export function sentenceEnds(text: string, toks: TokenArrays): number[] {
  const { words, starts, ends } = toks;
  const out: number[] = [];
  let first = 0;
  for (let i = 0; i < words.length; i++) {
    if (i > first) {
      for (let j = ends[i - 1]; j < starts[i]; j++) {
        if (text.charCodeAt(j) === 10) {
          out.push(i);
          first = i;
          break;
        }
      }
    }
    const w = words[i];
    if ((w === '.' || w === '!' || w === '?') && i + 1 < words.length && i > first && SENTENCE_START.test(words[i + 1])) {
      out.push(i + 1);
      first = i + 1;
    } else if (i + 1 - first >= 120) {
      out.push(i + 1);
      first = i + 1;
    }
  }
  if (first < words.length) out.push(words.length);
  return out;
}

export function nerSentences(text: string): NerToken[][] {
  const toks = tokenArrays(text);
  const out: NerToken[][] = [];
  let first = 0;
  for (const end of sentenceEnds(text, toks)) {
    const sent: NerToken[] = [];
    for (let i = first; i < end; i++) sent.push({ text: toks.words[i], start: toks.starts[i], end: toks.ends[i] });
    out.push(sent);
    first = end;
  }
  return out;
}
