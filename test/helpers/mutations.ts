// Text mutations for measuring re-anchoring: each returns the edited text and where the claim now is
// (computed independently of the code under test), or null when the claim's text was deleted.
import type { Rng } from './prng';

export interface Span { start: number; end: number }
export interface Mutated { text: string; expected: Span | null }
export type MutationKind =
  | 'insert-elsewhere' | 'delete-elsewhere' | 'edit-next-to-claim' | 'move-paragraph' | 'scattered-edits'
  | 'typo-inside' | 'typo-and-move' | 'delete-claim' | 'delete-paragraph' | 'delete-claim-keep-similar';
export const MUTATION_KINDS: readonly MutationKind[] = [
  'insert-elsewhere', 'delete-elsewhere', 'edit-next-to-claim', 'move-paragraph', 'scattered-edits',
  'typo-inside', 'typo-and-move', 'delete-claim', 'delete-paragraph', 'delete-claim-keep-similar',
];
/** Kinds that leave the claim's text intact, and kinds that delete it. */
export const ELSEWHERE_KINDS: readonly MutationKind[] = ['insert-elsewhere', 'delete-elsewhere', 'edit-next-to-claim', 'move-paragraph', 'scattered-edits'];
export const INSIDE_KINDS: readonly MutationKind[] = ['typo-inside', 'typo-and-move'];
export const DELETING_KINDS: readonly MutationKind[] = ['delete-claim', 'delete-paragraph', 'delete-claim-keep-similar'];

/** Sentences (within paragraphs) of the given length range, occurring once in the text. */
export function sentenceSpans(text: string, minLength = 30, maxLength = 300): Span[] {
  const spans: Span[] = [];
  const re = /[^\n]+?(?:[.!?]["“”»«]?(?=\s|$)|$)/gm;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    let start = m.index, end = m.index + m[0].length;
    while (start < end && /\s/.test(text[start])) start++;
    while (end > start && /\s/.test(text[end - 1])) end--;
    const s = text.slice(start, end);
    if (s.length >= minLength && s.length <= maxLength && text.indexOf(s) === text.lastIndexOf(s)) spans.push({ start, end });
    if (m[0].length === 0) re.lastIndex++;
  }
  return spans;
}

/** A single replace edit; moves the claim span as a careful human would judge it. */
function edit(text: string, span: Span, at: number, deleteLength: number, insert: string): Mutated {
  const out = text.slice(0, at) + insert + text.slice(at + deleteLength);
  const delta = insert.length - deleteLength;
  const to = at + deleteLength;
  if (to <= span.start) return { text: out, expected: { start: span.start + delta, end: span.end + delta } };
  if (at >= span.end) return { text: out, expected: span };
  if (at >= span.start && to <= span.end) return { text: out, expected: { start: span.start, end: span.end + delta } };
  throw new Error('edit overlaps the claim boundary');
}

/** A position outside the claim (boundaries allowed) and a deletion length that stays outside it. */
function outside(rng: Rng, text: string, span: Span, maxDelete: number): { at: number; length: number } {
  const before = rng.next() < span.start / Math.max(1, text.length - (span.end - span.start));
  if (before && span.start > 0) {
    const at = rng.int(0, span.start);
    return { at, length: Math.min(rng.int(1, maxDelete + 1), span.start - at) };
  }
  const at = rng.int(span.end, text.length + 1);
  return { at, length: Math.min(rng.int(1, maxDelete + 1), text.length - at) };
}

const FILLER = [
  'Ein Sprecher wollte sich dazu nicht äußern. ', 'Update: ', '\n\nWeitere Informationen folgen.\n\n',
  ' (dpa)', 'Die Lage bleibt angespannt, sagte ein Diplomat. ', '„', ' – ', '\n',
];

export function mutate(kind: MutationKind, text: string, span: Span, rng: Rng): Mutated {
  switch (kind) {
    case 'insert-elsewhere': {
      const { at } = outside(rng, text, span, 0);
      return edit(text, span, at, 0, rng.pick(FILLER));
    }
    case 'delete-elsewhere': {
      const { at, length } = outside(rng, text, span, 80);
      return edit(text, span, at, length, '');
    }
    case 'scattered-edits': {
      let cur: Mutated = { text, expected: span };
      for (let n = 0; n < 5; n++) {
        const s = cur.expected as Span;
        const { at, length } = outside(rng, cur.text, s, 40);
        cur = edit(cur.text, s, at, rng.next() < 0.5 ? length : 0, rng.next() < 0.5 ? rng.pick(FILLER) : '');
      }
      return cur;
    }
    case 'edit-next-to-claim': {
      // Within the stored prefix/suffix: the context changes, the claim does not.
      const after = rng.next() < 0.5 || span.start < 2;
      const at = after ? Math.min(text.length, span.end + rng.int(0, 20)) : Math.max(0, span.start - rng.int(1, 20));
      const length = after ? Math.min(rng.int(0, 10), text.length - at) : Math.min(rng.int(0, 10), span.start - at);
      return edit(text, span, at, length, rng.pick(FILLER));
    }
    case 'move-paragraph':
      return moveParagraph(text, span, rng);
    case 'typo-inside':
      return typo(text, span, rng);
    case 'typo-and-move': {
      const t = typo(text, span, rng);
      return moveParagraph(t.text, t.expected as Span, rng);
    }
    case 'delete-claim-keep-similar': {
      // The claim is deleted, and a similar sentence (several longer words changed, i.e. a different statement
      // sharing most of its wording) appears in another paragraph: the claim must not move onto it.
      const claim = text.slice(span.start, span.end);
      const words = [...new Set([...claim.matchAll(/\p{L}{5,}/gu)].map((w) => w[0]))];
      let similar = claim;
      for (let n = 0; n < Math.max(3, Math.ceil(words.length / 4)) && words.length > 0; n++) {
        const w = words.splice(rng.int(0, words.length), 1)[0];
        similar = similar.replace(w, w.split('').reverse().join(''));
      }
      const removed = mutate('delete-claim', text, span, rng).text;
      // Another paragraph than the claim's own (rewriting a claim in place is a different question).
      const breaks = [...removed.matchAll(/\n\n/g)].map((m) => (m.index as number) + 2).filter((b) => Math.abs(b - span.start) > 8);
      const at = breaks.length > 0 ? rng.pick(breaks) : removed.length;
      return { text: removed.slice(0, at) + similar + '\n\n' + removed.slice(at), expected: null };
    }
    case 'delete-paragraph': {
      let start = span.start, end = span.end;
      while (start > 0 && text[start - 1] !== '\n') start--;
      while (end < text.length && text[end] !== '\n') end++;
      while (end < text.length && text[end] === '\n') end++;
      return { text: text.slice(0, start) + text.slice(end), expected: null };
    }
    case 'delete-claim': {
      // The sentence and the whitespace after it, as an editor would remove it.
      let end = span.end;
      while (end < text.length && text[end] === ' ') end++;
      return { text: text.slice(0, span.start) + text.slice(end), expected: null };
    }
  }
}

function moveParagraph(text: string, span: Span, rng: Rng): Mutated {
  const paras: Span[] = [];
  const re = /[^\n]+/g;
  for (let m = re.exec(text); m; m = re.exec(text)) paras.push({ start: m.index, end: m.index + m[0].length });
  if (paras.length < 3) return { text, expected: span };
  const from = rng.int(0, paras.length);
  let to = rng.int(0, paras.length);
  if (to === from) to = (to + 1) % paras.length;
  const p = paras[from];
  const moved = text.slice(p.start, p.end);
  // Remove the paragraph with its following line break(s), then insert it before paragraph `to`.
  let cutEnd = p.end;
  while (cutEnd < text.length && text[cutEnd] === '\n') cutEnd++;
  const cutLength = cutEnd - p.start;
  const removed = text.slice(0, p.start) + text.slice(cutEnd);
  const target = paras[to];
  const insertAt = target.start > p.start ? target.start - cutLength : target.start;
  const block = moved + '\n\n';
  const out = removed.slice(0, insertAt) + block + removed.slice(insertAt);
  const map = (x: number, inMoved: boolean): number => {
    if (inMoved) return insertAt + (x - p.start);
    const afterCut = x >= cutEnd ? x - cutLength : x;
    return afterCut >= insertAt ? afterCut + block.length : afterCut;
  };
  const inMoved = span.start >= p.start && span.end <= p.end;
  const start = map(span.start, inMoved);
  return { text: out, expected: { start, end: start + (span.end - span.start) } };
}

/** A small edit inside the claim: a letter replaced, dropped, doubled, two letters swapped, or a word changed. */
function typo(text: string, span: Span, rng: Rng): Mutated {
  const len = span.end - span.start;
  const kind = rng.int(0, 5);
  const at = span.start + rng.int(1, len - 2);
  const letter = (): string => rng.pick([...'aeinrstuölm']);
  if (kind === 0) return edit(text, span, at, 1, text[at] === 'e' ? 'a' : 'e');
  if (kind === 1) return edit(text, span, at, 1, '');
  if (kind === 2) return edit(text, span, at, 0, letter());
  if (kind === 3) return edit(text, span, at, 2, text[at + 1] + text[at]);
  // Replace one word (not the first or last, so the claim's boundaries stay where they were).
  const inner = text.slice(span.start, span.end);
  const words = [...inner.matchAll(/\p{L}+/gu)].filter((w) => (w.index as number) > 0 && (w.index as number) + w[0].length < inner.length);
  if (words.length === 0) return edit(text, span, at, 1, letter());
  const w = rng.pick(words);
  const replacement = w[0].length > 4 ? w[0].slice(0, -2) + letter() + letter() : w[0] + letter();
  return edit(text, span, span.start + (w.index as number), w[0].length, replacement);
}
