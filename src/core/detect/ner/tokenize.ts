// Tokens and sentences in the GermEval style: words (hyphen compounds kept whole), numbers, single punctuation marks.

export interface NerToken {
  text: string;
  start: number;
  end: number;
}

const TOKEN = /[\p{L}\p{N}]+(?:[-'’.&][\p{L}\p{N}]+)*\.?|\S/gu;
const ABBREV = /^(?:[\p{L}]\.|[\p{Lu}][\p{L}]{0,3}\.|(?:Dr|Prof|Nr|St|bzw|ca|vgl|usw|etc|Mio|Mrd|Jh|Jhd)\.)$/u;

export function nerTokens(text: string): NerToken[] {
  const out: NerToken[] = [];
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(text); m !== null; m = TOKEN.exec(text)) {
    let w = m[0];
    // A trailing full stop belongs to the token only for abbreviations ("Dr.", "z.B."); otherwise split it off.
    if (w.length > 1 && w.endsWith('.') && !ABBREV.test(w) && !/\.[\p{L}\p{N}]/u.test(w.slice(0, -1))) {
      w = w.slice(0, -1);
      out.push({ text: w, start: m.index, end: m.index + w.length });
      out.push({ text: '.', start: m.index + w.length, end: m.index + w.length + 1 });
      continue;
    }
    out.push({ text: w, start: m.index, end: m.index + w.length });
  }
  return out;
}

/** Sentences: split at line breaks and after . ! ? followed by an upper-case or quoted start. */
export function nerSentences(text: string): NerToken[][] {
  const toks = nerTokens(text);
  const out: NerToken[][] = [];
  let cur: NerToken[] = [];
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i];
    if (cur.length > 0 && /\n/.test(text.slice(cur[cur.length - 1].end, t.start))) {
      out.push(cur);
      cur = [];
    }
    cur.push(t);
    const next = toks[i + 1];
    if ((t.text === '.' || t.text === '!' || t.text === '?') && next && /^[\p{Lu}„"«]/u.test(next.text) && cur.length > 1) {
      out.push(cur);
      cur = [];
    }
    if (cur.length >= 120) {
      out.push(cur);
      cur = [];
    }
  }
  if (cur.length > 0) out.push(cur);
  return out;
}
