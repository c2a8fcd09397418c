// Word tokens for actor matching: maximal runs of letters and digits (Unicode aware, so ä ö ü ß are word characters).
import { alnumWidth } from '../ner/tokenize';

export interface Token {
  text: string;
  start: number;
  end: number;
}

/** The maximal runs of /[\p{L}\p{N}]+/u as objects (alias keys, tests): words() as a list. */
export function tokenize(text: string): Token[] {
  const w = words(text);
  return Array.from({ length: w.count }, (_x, i) => ({ text: wordAt(w, i), start: w.starts[i], end: w.ends[i] }));
}

/**
 * The maximal runs of /[\p{L}\p{N}]+/u, scanned by hand, as parallel typed arrays of offsets: the registry matcher's
 * hot path, which builds no object or string for the tokens that no name starts with.
 */
export interface Words {
  readonly text: string;
  readonly count: number;
  readonly starts: Int32Array;
  readonly ends: Int32Array;
}

/** Token i's text. */
export const wordAt = (w: Words, i: number): string => w.text.slice(w.starts[i], w.ends[i]);

export function words(text: string): Words {
  const n = text.length;
  // German text has a word every seven characters or so: room for one every four, doubled when that is not enough.
  let cap = (n >> 2) + 16;
  let starts = new Int32Array(cap);
  let ends = new Int32Array(cap);
  let count = 0;
  let i = 0;
  while (i < n) {
    let w = alnumWidth(text, i);
    if (w === 0) {
      i++;
      continue;
    }
    const start = i;
    do {
      i += w;
    } while (i < n && (w = alnumWidth(text, i)) > 0);
    if (count === cap) {
      cap *= 2;
      starts = grown(starts, cap);
      ends = grown(ends, cap);
    }
    starts[count] = start;
    ends[count++] = i;
  }
  // A paragraph's words may be cached with it (paragraph-cache.ts): short texts keep arrays of their own size.
  const fit = (a: Int32Array): Int32Array => (n < 65536 ? a.slice(0, count) : a.subarray(0, count));
  return { text, count, starts: fit(starts), ends: fit(ends) };
}

function grown(a: Int32Array, size: number): Int32Array<ArrayBuffer> {
  const b = new Int32Array(size);
  b.set(a);
  return b;
}

/**
 * The separator between two tokens as a trie key prefix: whitespace and hyphens (also en dash with no spaces) are
 * equivalent (' '), so that "Kim Jong-un" and "Kim Jong un" are the same key; anything else is kept literally.
 * Returns null when the gap is too wide or crosses a line break, so that names never span paragraphs.
 */
export function separatorKey(gap: string): string | null {
  if (gap.length === 0) return '';
  if (gap.length > 3) return null;
  if (/^[ \t\u00a0]+$/.test(gap) || gap === '-' || gap === '\u2010' || gap === '\u2011') return ' ';
  if (/[\n\r]/.test(gap)) return null;
  return gap.replace(/[ \t\u00a0]+/g, ' ');
}

/** Splits an alias into trie keys: first token bare, following tokens prefixed with their separator key. */
export function aliasKeys(alias: string): string[] | null {
  const toks = tokenize(alias);
  if (toks.length === 0) return null;
  const keys: string[] = [toks[0].text];
  for (let i = 1; i < toks.length; i++) {
    const sep = separatorKey(alias.slice(toks[i - 1].end, toks[i].start));
    if (sep === null) return null;
    keys.push(sep + toks[i].text);
  }
  return keys;
}
