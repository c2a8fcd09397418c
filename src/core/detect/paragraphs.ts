// Paragraphs: the blocks that incremental detection caches.

export interface Block {
  start: number;
  end: number;
}

/**
 * The paragraphs of a text: maximal runs of lines between blank lines ("\n\n", "\r\n\r\n"), in order, none empty.
 * Registry forms and model sentences never cross a line break; a few figure rules look at the token before or after
 * one (incremental.ts), which a paragraph, unlike a line, keeps for the lines of a hard-wrapped paragraph.
 */
export function paragraphs(text: string): Block[] {
  const out: Block[] = [];
  let start = 0;
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) {
    const next = text.charCodeAt(i + 1);
    const blank = next === 10 ? 2 : next === 13 && text.charCodeAt(i + 2) === 10 ? 3 : 0;
    if (blank === 0) continue;
    if (i > start) out.push({ start, end: i });
    start = Math.max(start, i + blank);
  }
  if (text.length > start) out.push({ start, end: text.length });
  return out;
}

/** Length of the longest common prefix: a binary search over native string comparisons (a loop by character is 30× slower). */
export function commonPrefix(a: string, b: string): number {
  let lo = 0;
  let hi = Math.min(a.length, b.length);
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (a.slice(lo, mid) === b.slice(lo, mid)) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** Length of the longest common suffix of at most `max` characters. */
export function commonSuffix(a: string, b: string, max: number): number {
  let lo = 0;
  let hi = Math.min(a.length, b.length, max);
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (a.slice(a.length - mid, a.length - lo) === b.slice(b.length - mid, b.length - lo)) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}
