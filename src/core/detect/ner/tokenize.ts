// Tokens and sentences in the GermEval style: words (hyphen compounds kept whole), numbers, single punctuation marks.
// A hand-written linear scanner equivalent to /[\p{L}\p{N}]+(?:[-'’.&][\p{L}\p{N}]+)*\.?|\S/gu, with a lazily filled
// table of character classes, so that it allocates only the tokens.
import { hash } from './features';

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

/** Code units of the letter or digit ([\p{L}\p{N}]) at i, 0 when there is none (the actor matcher's word scanner). */
export function alnumWidth(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c < 128) return classes[c] === ALNUM_C ? 1 : 0;
  return classAt(text, i) === ALNUM_C ? width(text, i) : 0;
}

/** Word joiners inside a token: - ' ’ . & */
const isJoiner = (c: number): boolean => c === 45 || c === 39 || c === 0x2019 || c === 46 || c === 38;

/**
 * Tokens as parallel typed arrays of offsets and FNV-1a hashes of their text (the tagger's hot path: no string or
 * object per token, and a few MB of typed arrays instead of growing arrays of numbers, whose copies and boxed hashes
 * cost more in fresh memory than the scan itself).
 */
export interface TokenSpans {
  starts: Int32Array;
  ends: Int32Array;
  hashes: Uint32Array;
}

export function tokenSpans(text: string): TokenSpans {
  // German text has a token every six characters or so: room for one every four, doubled when that is not enough.
  let cap = (text.length >> 2) + 16;
  let starts = new Int32Array(cap);
  let ends = new Int32Array(cap);
  let hashes = new Uint32Array(cap);
  let count = 0;
  const push = (a: number, b: number): void => {
    if (count === cap) {
      cap *= 2;
      starts = grown(starts, cap);
      ends = grown(ends, cap);
      hashes = grown(hashes, cap);
    }
    starts[count] = a;
    ends[count] = b;
    hashes[count] = hash(text, a, b);
    count++;
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
      push(start, i);
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
      if (ABBREV.test(text.slice(start, i + 1)) || INNER_DOT.test(text.slice(start, i))) {
        i++;
        push(start, i);
        continue;
      }
      push(start, i);
      push(i, i + 1);
      i++;
      continue;
    }
    push(start, i);
  }
  return { starts: starts.subarray(0, count), ends: ends.subarray(0, count), hashes: hashes.subarray(0, count) };
}

function grown<T extends Int32Array | Uint32Array>(a: T, size: number): T {
  const b = new (a.constructor as new (n: number) => T)(size);
  b.set(a);
  return b;
}

export function nerTokens(text: string): NerToken[] {
  const { starts, ends } = tokenSpans(text);
  return Array.from(starts, (s, i) => ({ text: text.slice(s, ends[i]), start: s, end: ends[i] }));
}

/** Is the token a single . ! or ? */
const isStop = (text: string, s: number, e: number): boolean => {
  if (e - s !== 1) return false;
  const c = text.charCodeAt(s);
  return c === 46 || c === 33 || c === 63;
};

/** A full stop set apart from an abbreviation or initial, as in tokenised text ("St . Peter", "Robert R . Livingston"). */
const spacedAbbreviation = (text: string, starts: ArrayLike<number>, ends: ArrayLike<number>, i: number): boolean =>
  text.charCodeAt(starts[i]) === 46 && starts[i] > ends[i - 1] && ABBREV.test(`${text.slice(starts[i - 1], ends[i - 1])}.`);

/**
 * Sentences: split at line breaks and after . ! ? followed by an upper-case or quoted start (at most 120 tokens).
 * Returns the token index just past each sentence.
 */
export function sentenceEnds(text: string, toks: Pick<TokenSpans, 'starts' | 'ends'>): number[] {
  const { starts, ends } = toks;
  const count = starts.length;
  const out: number[] = [];
  let first = 0;
  for (let i = 0; i < count; i++) {
    if (i > first) {
      for (let j = ends[i - 1]; j < starts[i]; j++) {
        if (text.charCodeAt(j) === 10) {
          out.push(i);
          first = i;
          break;
        }
      }
    }
    if (isStop(text, starts[i], ends[i]) && i + 1 < count && i > first && !spacedAbbreviation(text, starts, ends, i) && SENTENCE_START.test(text.slice(starts[i + 1], Math.min(ends[i + 1], starts[i + 1] + 2)))) {
      out.push(i + 1);
      first = i + 1;
    } else if (i + 1 - first >= 120) {
      out.push(i + 1);
      first = i + 1;
    }
  }
  if (first < count) out.push(count);
  return out;
}

export function nerSentences(text: string): NerToken[][] {
  const toks = tokenSpans(text);
  const out: NerToken[][] = [];
  let first = 0;
  for (const end of sentenceEnds(text, toks)) {
    const sent: NerToken[] = [];
    for (let i = first; i < end; i++) sent.push({ text: text.slice(toks.starts[i], toks.ends[i]), start: toks.starts[i], end: toks.ends[i] });
    out.push(sent);
    first = end;
  }
  return out;
}
