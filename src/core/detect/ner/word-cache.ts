// The tagger's cache per word type (model.ts): for each word seen, the sums of its weights and the hashes its pair
// features need, in flat typed arrays indexed by entry number. No object or typed array per word: on varied text a
// fifth of the tokens are new types, and one small typed array each cost more in allocation and GC than the sums.
import { hash } from './features';
export class WordCache {
  /** Token lookups answered by the cache, and entries built (the bench reports the hit rate). */
  readonly stats = { hits: 0, misses: 0 };
  /** Entry e's sums are v[e·width, (e + 1)·width). */
  v = new Float32Array(0);
  /** Hashes of the lower case and the shape (features.ts WordFeats). */
  hl = new Uint32Array(0);
  hsh = new Uint32Array(0);
  /** The longest lexicon entry that starts with the word, in tokens. */
  lex = new Int32Array(0);
  /** writePairPartials of the word (5 per entry): l-1|l, l|l+1, l-2|l-1, l+1|l+2 and sh3 hashes as the first word. */
  pp = new Uint32Array(0);
  /** Look-ups answered by each entry since it was built or last kept (saturating at 255). */
  private hits = new Uint8Array(0);
  readonly words: string[] = [];
  /** Entry + 1 by the FNV-1a hash of its word (0: empty), probed linearly, so that a token is found without slicing it. */
  private readonly table: Int32Array;
  private count = 0;
  /** Entries kept when the cache starts over (the sentence boundaries). */
  private pinned = 0;

  /**
   * `limit`: word types cached before the cache starts over; `width`: floats of sums per entry; `build(word, e)`
   * fills entry e.
   */
  constructor(private readonly limit: number, private readonly width: number, private readonly build: (word: string, e: number) => void) {
    let slots = 2;
    while (slots < 2 * limit) slots *= 2;
    this.table = new Int32Array(slots);
  }

  /** A new entry that is never looked up or evicted (the sentence boundaries). */
  pin(word: string): number {
    const e = this.push(word, true);
    this.pinned = this.count;
    return e;
  }

  /**
   * Makes room for n new entries when the cache would pass its limit (between sentences only): the entries looked up
   * again since they were built stay, at most half the cache, the most used first; the rest go. Most new words in
   * news are met once, and starting over threw out the common words with them, which then were all built again (on
   * varied text the kept words save an eighth to a quarter of the entries built).
   */
  reserve(n: number): void {
    if (this.count - this.pinned + n <= this.limit) return;
    // The fewest hits an entry needs to stay, so that at most half the limit stays.
    const perHits = new Int32Array(256);
    for (let e = this.pinned; e < this.count; e++) perHits[this.hits[e]]++;
    let least = 256;
    for (let kept = 0; least > 1 && kept + perHits[least - 1] <= this.limit >> 1; ) kept += perHits[--least];
    this.table.fill(0);
    const { v, width } = this;
    let k = this.pinned;
    for (let e = this.pinned; e < this.count; e++) {
      if (this.hits[e] < least) continue;
      if (k !== e) {
        v.copyWithin(k * width, e * width, (e + 1) * width);
        this.hl[k] = this.hl[e];
        this.hsh[k] = this.hsh[e];
        this.lex[k] = this.lex[e];
        this.pp.copyWithin(5 * k, 5 * e, 5 * e + 5);
        this.words[k] = this.words[e];
      }
      this.hits[k] = 0;
      this.table[this.freeSlot(this.words[k])] = k + 1;
      k++;
    }
    this.words.length = k;
    this.count = k;
  }

  /** The empty slot where a word not in the table goes. */
  private freeSlot(word: string): number {
    const m = this.table.length - 1;
    let slot = this.home(hash(word));
    while (this.table[slot] !== 0) slot = (slot + 1) & m;
    return slot;
  }

  /** The first slot probed for a word whose FNV-1a hash is h. */
  private home(h: number): number {
    return (h ^ (h >>> 17)) & (this.table.length - 1);
  }

  /** The entry of text[start, end), whose FNV-1a hash is h; built on a miss. */
  at(text: string, start: number, end: number, h: number): number {
    const table = this.table;
    const m = table.length - 1;
    const len = end - start;
    let slot = this.home(h);
    for (let e = table[slot]; e !== 0; e = table[slot]) {
      const w = this.words[e - 1];
      if (w.length === len && sameText(w, text, start)) {
        this.stats.hits++;
        if (this.hits[e - 1] < 255) this.hits[e - 1]++;
        return e - 1;
      }
      slot = (slot + 1) & m;
    }
    this.stats.misses++;
    const word = text.slice(start, end);
    const e = this.push(word);
    this.hits[e] = 0;
    this.build(word, e);
    table[slot] = e + 1;
    return e;
  }

  private push(word: string, pinning = false): number {
    const e = this.count++;
    // The pinned entries one by one (at load, so that a loaded model holds no room for words it has not seen), then
    // room for the whole cache at once: its memory is only touched as entries fill, where growing by copies would
    // touch fresh memory twice over (page faults cost more than the sums on a busy machine).
    if (e >= this.hl.length) this.grow(pinning ? e + 1 : Math.max(e + 1, this.limit + this.pinned));
    this.words[e] = word;
    return e;
  }

  private grow(n: number): void {
    const more = <T extends Float32Array | Uint32Array | Int32Array | Uint8Array>(a: T, size: number, make: new (n: number) => T): T => {
      const b = new make(n * size);
      b.set(a);
      return b;
    };
    this.v = more(this.v, this.width, Float32Array);
    this.hl = more(this.hl, 1, Uint32Array);
    this.hsh = more(this.hsh, 1, Uint32Array);
    this.lex = more(this.lex, 1, Int32Array);
    this.pp = more(this.pp, 5, Uint32Array);
    this.hits = more(this.hits, 1, Uint8Array);
  }
}

/** Does text continue at start with word? */
function sameText(word: string, text: string, start: number): boolean {
  for (let k = 0; k < word.length; k++) if (word.charCodeAt(k) !== text.charCodeAt(start + k)) return false;
  return true;
}
