// Word tokens for actor matching: maximal runs of letters and digits (Unicode aware, so ä ö ü ß are word characters).

export interface Token {
  text: string;
  start: number;
  end: number;
}

const WORD = /[\p{L}\p{N}]+/gu;

export function tokenize(text: string): Token[] {
  const out: Token[] = [];
  WORD.lastIndex = 0;
  for (let m = WORD.exec(text); m !== null; m = WORD.exec(text)) {
    out.push({ text: m[0], start: m.index, end: m.index + m[0].length });
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
