// Paragraphs: the blocks that incremental detection caches.
import { plain } from './moving';

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
  scan(text, 0, out);
  return out;
}

/**
 * Appends the paragraphs from `from` on, a position where the scan of the whole text has just begun a paragraph (or
 * 0). Stops early, returning the position where it stopped, when `stop` accepts a paragraph that starts there.
 */
function scan(text: string, from: number, out: Block[], stop?: (start: number) => boolean): number {
  let start = from;
  for (let i = text.indexOf('\n', from); i >= 0; i = text.indexOf('\n', i + 1)) {
    const next = text.charCodeAt(i + 1);
    const blank = next === 10 ? 2 : next === 13 && text.charCodeAt(i + 2) === 10 ? 3 : 0;
    if (blank === 0) continue;
    if (i > start) {
      if (stop?.(start)) return start;
      out.push({ start, end: i });
    }
    start = Math.max(start, i + blank);
  }
  if (text.length > start) {
    if (stop?.(start)) return start;
    out.push({ start, end: text.length });
  }
  return -1;
}

/** paragraphs(text) from the last text's paragraphs: how many were kept at the start, and how many moved at the end. */
export interface Resplit {
  blocks: Block[];
  /** The first `kept` blocks are the old ones (the same objects). */
  kept: number;
  /** The last `moved` blocks are the old ones shifted by the change in length. */
  moved: number;
}

/**
 * paragraphs(text) given paragraphs(old) and the lengths of their common prefix and suffix: scans only from the last
 * paragraph that begins in the prefix to the first one that begins in the suffix, instead of the whole text. A
 * paragraph break is decided by the two characters after a line break, hence the margins.
 */
export function resplit(old: string, oldBlocks: readonly Block[], text: string, prefix: number, suffix: number): Resplit {
  // The last old paragraph that starts two characters or more inside the prefix: the scan reaches it as before.
  const restart = firstStartingAt(oldBlocks, prefix - 1) - 1;
  const kept = Math.max(0, restart);
  const blocks = oldBlocks.slice(0, kept);
  const delta = text.length - old.length;
  const tailFrom = text.length - suffix + 4;
  let j = firstStartingAt(oldBlocks, tailFrom - delta);
  // A paragraph that starts in the suffix where an old one started: from there the scan would go on as the old one did.
  const stop = (start: number): boolean => {
    if (start < tailFrom) return false;
    while (j < oldBlocks.length && oldBlocks[j].start < start - delta) j++;
    return j < oldBlocks.length && oldBlocks[j].start === start - delta;
  };
  const stopped = scan(text, restart < 0 ? 0 : oldBlocks[restart].start, blocks, stop) >= 0;
  for (let k = j; stopped && k < oldBlocks.length; k++) blocks.push(new MovedBlock(oldBlocks[k], delta));
  return { blocks, kept, moved: stopped ? oldBlocks.length - j : 0 };
}

/** A block `delta` further on (moving.ts says why not a literal). */
const MovedBlock = plain(function (this: Block, b: Block, delta: number) {
  this.start = b.start + delta;
  this.end = b.end + delta;
});

/** Index of the first block starting at or after `pos`. */
function firstStartingAt(blocks: readonly Block[], pos: number): number {
  let lo = 0;
  let hi = blocks.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (blocks[mid].start < pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
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
