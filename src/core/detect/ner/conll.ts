// Readers for the GermEval 2014 files: the two-column BIOES train conversion and the four-column dev TSV.
// Only the outer PER/ORG/LOC/OTH level is kept; the *deriv/*part labels become O. OTH (works, events, …) is learned as
// its own type so that the model tells such names apart from PER/ORG/LOC, but never reported or scored.
import type { TagLabel } from './types';

export interface Sentence {
  tokens: string[];
  /** BIOES tags over PER/ORG/LOC/OTH, e.g. 'B-PER', 'S-LOC', 'O'. */
  tags: string[];
}

const KEEP = new Set<string>(['PER', 'ORG', 'LOC', 'OTH']);

function outer(tag: string): string | null {
  const m = /^([BIES])-(.+)$/.exec(tag);
  return m && KEEP.has(m[2].toUpperCase()) ? m[2].toUpperCase() : null;
}

/** Two columns "token tag", blank line between sentences, tags already BIOES. */
export function readBioes(text: string): Sentence[] {
  const out: Sentence[] = [];
  let cur: Sentence = { tokens: [], tags: [] };
  for (const line of text.split('\n')) {
    const t = line.trimEnd();
    if (t === '') {
      if (cur.tokens.length > 0) out.push(cur);
      cur = { tokens: [], tags: [] };
      continue;
    }
    const sp = t.lastIndexOf(' ');
    if (sp <= 0) continue;
    const tag = t.slice(sp + 1);
    const type = outer(tag);
    cur.tokens.push(t.slice(0, sp));
    cur.tags.push(type ? `${tag[0]}-${type}` : 'O');
  }
  if (cur.tokens.length > 0) out.push(cur);
  return out;
}

/** Four columns "index token outer inner" with '#' source lines, tags in BIO; converted to BIOES. */
export function readGermEvalTsv(text: string): Sentence[] {
  const out: Sentence[] = [];
  let toks: string[] = [];
  let bio: string[] = [];
  const flush = (): void => {
    if (toks.length > 0) out.push({ tokens: toks, tags: bioToBioes(bio) });
    toks = [];
    bio = [];
  };
  for (const line of text.split('\n')) {
    if (line.startsWith('#')) continue;
    const cols = line.split('\t');
    if (cols.length < 3 || line.trim() === '') {
      flush();
      continue;
    }
    toks.push(cols[1]);
    const m = /^([BI])-(.+)$/.exec(cols[2]);
    bio.push(m && KEEP.has(m[2]) ? `${m[1]}-${m[2]}` : 'O');
  }
  flush();
  return out;
}

export function bioToBioes(bio: readonly string[]): string[] {
  return bio.map((t, i) => {
    if (t === 'O') return 'O';
    const type = t.slice(2);
    const begins = t[0] === 'B' || (bio[i - 1] !== `B-${type}` && bio[i - 1] !== `I-${type}`);
    const continues = bio[i + 1] === `I-${type}`;
    if (begins) return continues ? `B-${type}` : `S-${type}`;
    return continues ? `I-${type}` : `E-${type}`;
  });
}

export interface TagSpan {
  first: number;
  last: number;
  label: TagLabel;
}

/** Entity spans of a BIOES sequence (lenient: a stray I/E opens a span). */
export function spansOf(tags: readonly string[]): TagSpan[] {
  const out: TagSpan[] = [];
  let open: TagSpan | null = null;
  tags.forEach((t, i) => {
    const p = t[0];
    const label = t.slice(2) as TagLabel;
    if (p === 'O' || p === 'B' || p === 'S' || (open && open.label !== label)) {
      if (open) out.push(open);
      open = null;
    }
    if (p === 'O') return;
    open ??= { first: i, last: i, label };
    open.last = i;
    if (p === 'S' || p === 'E') {
      out.push(open);
      open = null;
    }
  });
  if (open) out.push(open);
  return out;
}
