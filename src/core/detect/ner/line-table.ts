// The lines of a newline-joined list (the model file stores its word lists and word table so) found by key without
// splitting the list into strings: building the table is one pass over the text, and a lookup hashes the key in place,
// so that a caller asks about part of a word, or a word with its first letter replaced, without slicing it.
import { FNV_OFFSET } from './features';

/**
 * FNV-1a state after s[from, to) read from its last code unit to its first, continuing from state h. Keys are hashed
 * back to front so that a caller can extend a key at its front: every tail of a word is hashed in one pass
 * (word-lists.ts, compound tails).
 */
export function hashBack(h: number, s: string, from: number, to: number): number {
  for (let i = to - 1; i >= from; i--) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return h;
}

export class LineTable {
  /** Line k is text[starts[k], starts[k + 1] - 1) (the last one ends at the text's end). */
  private readonly starts: Int32Array;
  /** Where line k's key ends: at its first tab when keyed by tab, else at the line's end. */
  private readonly keyEnds: Int32Array;
  /**
   * Open addressing with linear probing, at most half full: per slot, line index + 1 (0: empty) and the key's hash,
   * side by side, so that a probe past another key is one memory access, without reading that key's text.
   */
  private readonly slots: Int32Array;
  private readonly mask: number;
  /**
   * A bit per key hash (about eight bits per key, 6 % of them set): most look-ups are of words not in the list (a
   * compound's tails, mostly), and the filter, an eighth of the size of the slots, answers them with one read that the
   * processor's cache still holds more often than not.
   */
  private readonly filter: Int32Array;
  private readonly filterShift: number;

  /** `text`: lines joined by '\n' ('' has none); `keyedByTab`: a line's key is what precedes its first tab. */
  constructor(readonly text: string, keyedByTab = false) {
    let n = text === '' ? 0 : 1;
    for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) n++;
    this.starts = new Int32Array(n + 1);
    this.keyEnds = new Int32Array(n);
    let size = 2;
    while (size < 2 * n) size *= 2;
    this.slots = new Int32Array(2 * size);
    this.mask = size - 1;
    // size ≥ 2n: 4·size bits are at least 8 per key.
    this.filter = new Int32Array(size >> 3 || 1);
    this.filterShift = 32 - Math.log2(32 * this.filter.length);
    let start = 0;
    for (let k = 0; k < n; k++) {
      let end = text.indexOf('\n', start);
      if (end < 0) end = text.length;
      const tab = keyedByTab ? text.indexOf('\t', start) : -1;
      this.starts[k] = start;
      this.keyEnds[k] = tab >= 0 && tab < end ? tab : end;
      this.insert(k);
      start = end + 1;
    }
    this.starts[n] = text.length + 1;
  }

  get size(): number {
    return this.keyEnds.length;
  }

  /** Index of the line whose key is head + s[from, to), or -1; the last such line when keys repeat (as a Map keeps it). */
  find(s: string, from = 0, to = s.length, head = ''): number {
    return this.findHashed(hashBack(hashBack(FNV_OFFSET, s, from, to), head, 0, head.length), s, from, to, head);
  }

  /** find() with the key's hash given: h is hashBack of s[from, to), then of head, from FNV_OFFSET. */
  findHashed(h: number, s: string, from: number, to: number, head = ''): number {
    const b = Math.imul(h, 0x9e3779b1) >>> this.filterShift;
    if ((this.filter[b >>> 5] & (1 << (b & 31))) === 0) return -1;
    const slots = this.slots;
    let slot = this.slotOf(h);
    for (let e = slots[2 * slot]; e !== 0; e = slots[2 * slot]) {
      if (slots[2 * slot + 1] === h && this.keyIs(e - 1, head, s, from, to)) return e - 1;
      slot = (slot + 1) & this.mask;
    }
    return -1;
  }

  has(s: string, from = 0, to = s.length, head = ''): boolean {
    return this.find(s, from, to, head) >= 0;
  }

  /** Offset of the end of line k's key (its first tab, when keyed by tab). */
  keyEnd(k: number): number {
    return this.keyEnds[k];
  }

  /** Offset of the end of line k. */
  lineEnd(k: number): number {
    return this.starts[k + 1] - 1;
  }

  private slotOf(h: number): number {
    return (h ^ (h >>> 15)) & this.mask;
  }

  private insert(k: number): void {
    const text = this.text;
    const start = this.starts[k];
    const h = hashBack(FNV_OFFSET, text, start, this.keyEnds[k]);
    let slot = this.slotOf(h);
    for (let e = this.slots[2 * slot]; e !== 0; e = this.slots[2 * slot]) {
      if (this.slots[2 * slot + 1] === h && this.keyIs(e - 1, '', text, start, this.keyEnds[k])) break;
      slot = (slot + 1) & this.mask;
    }
    this.slots[2 * slot] = k + 1;
    this.slots[2 * slot + 1] = h;
    const b = Math.imul(h, 0x9e3779b1) >>> this.filterShift;
    this.filter[b >>> 5] |= 1 << (b & 31);
  }

  /** Is line k's key head + s[from, to)? */
  private keyIs(k: number, head: string, s: string, from: number, to: number): boolean {
    const text = this.text;
    const start = this.starts[k];
    const h = head.length;
    if (this.keyEnds[k] - start !== h + to - from) return false;
    for (let i = 0; i < h; i++) if (text.charCodeAt(start + i) !== head.charCodeAt(i)) return false;
    for (let i = from, j = start + h; i < to; i++, j++) if (text.charCodeAt(j) !== s.charCodeAt(i)) return false;
    return true;
  }
}
