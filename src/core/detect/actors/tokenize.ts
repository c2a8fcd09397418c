// Word tokens for actor matching: maximal runs of letters and digits (Unicode aware, so ä ö ü ß are word characters).
import { alnumWidth } from '../ner/tokenize';

export interface Token {
  text: string;
  start: number;
  end: number;
}

/** The maximal runs of /[\p{L}\p{N}]+/u, scanned by hand: a regex match costs an array and a string per token more. */
export function tokenize(text: string): Token[] {
  const out: Token[] = [];
  const n = text.length;
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
    out.push({ text: text.slice(start, i), start, end: i });
  }
  return out;
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
