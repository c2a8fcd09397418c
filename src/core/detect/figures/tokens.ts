// Tokenizer for the figure detector: one linear pass.
import { found, scan } from './scan';

export type TokKind = 'num' | 'word' | 'sym';

export interface Tok {
  kind: TokKind;
  text: string;
  /** Lower-cased text. */
  lower: string;
  start: number;
  end: number;
  /** For numbers: the digit core ("1.000,5", "1948-1957"); the rest is `suffix` ("er", "-Jährige"). */
  core: string;
  suffix: string;
  /** A line break lies between the previous token and this one. */
  nlBefore: boolean;
  /** Whitespace separates this token from the previous one. */
  spaceBefore: boolean;
}

const KINDS: readonly TokKind[] = ['num', 'word', 'sym'];
const NL_BEFORE = 1;
const SPACE_BEFORE = 2;

/** A token of a TokList: its strings are sliced (and lower-cased) when first read. */
class ListTok implements Tok {
  private s: string | undefined;
  private l: string | undefined;

  constructor(
    private readonly src: string,
    readonly kind: TokKind,
    readonly start: number,
    private readonly coreEnd: number,
    readonly end: number,
    readonly nlBefore: boolean,
    readonly spaceBefore: boolean,
  ) {}

  get text(): string {
    return (this.s ??= this.src.slice(this.start, this.end));
  }

  get lower(): string {
    return (this.l ??= this.kind === 'sym' ? this.text : this.text.toLowerCase());
  }

  get core(): string {
    return this.kind === 'num' ? this.src.slice(this.start, this.coreEnd) : '';
  }

  get suffix(): string {
    return this.kind === 'num' && this.coreEnd < this.end ? this.src.slice(this.coreEnd, this.end) : '';
  }
}

/**
 * The tokens (scan.ts) of a text: num, digit groups joined by . , : / and optional ranges (1948-1957), then an optional
 * letter suffix (1950er, 68-Jährige); word, letters (with digits and inner hyphens/apostrophes: Hwasong-11, US-Dollar,
 * S650); sym, any other single character. Kept as parallel typed arrays: a figure starts at few tokens, and only the
 * tokens the recognisers look at become objects (get), so that a long text costs no object or string per token.
 */
export class TokList {
  readonly length: number;
  /** Index into KINDS, per token. */
  readonly kinds: Uint8Array;
  readonly starts: Int32Array;
  readonly ends: Int32Array;
  private readonly coreEnds: Int32Array;
  private readonly flags: Uint8Array;
  /**
   * The tokens made so far, by index, in blocks of 64 made as needed: one array as long as the text is slow to fill, and
   * the recognisers look at a few tokens around each candidate.
   */
  private readonly made: (Tok | undefined)[][] = [];

  constructor(readonly text: string) {
    // The scratch arrays, grown to room for a token every three characters, then doubled when that is not enough.
    if (scratch.starts.length < text.length / 3) grow((text.length / 3) | 0);
    let n = 0;
    let prevEnd = 0;
    for (let start = scan(text, 0); start >= 0; start = scan(text, found.end)) {
      if (n === scratch.starts.length) grow(2 * n);
      // The gap is scanned in place: a slice per token costs more than the rest of the loop.
      let nl = 0;
      for (let k = prevEnd; k < start && nl === 0; k++) if (text.charCodeAt(k) === 10) nl = NL_BEFORE;
      scratch.kinds[n] = found.kind === 'num' ? 0 : found.kind === 'word' ? 1 : 2;
      scratch.starts[n] = start;
      scratch.coreEnds[n] = found.coreEnd;
      scratch.ends[n] = found.end;
      scratch.flags[n] = nl | (start > prevEnd ? SPACE_BEFORE : 0);
      prevEnd = found.end;
      n++;
    }
    this.length = n;
    ({ kinds: this.kinds, starts: this.starts, ends: this.ends, coreEnds: this.coreEnds, flags: this.flags } = scratch);
  }

  /** Token i; undefined outside the list, as an array's element (typed as Tok the same way). */
  get(i: number): Tok {
    if (!(i >= 0 && i < this.length)) return undefined as unknown as Tok;
    const block = (this.made[i >> 6] ??= new Array<Tok | undefined>(64).fill(undefined));
    let t = block[i & 63];
    if (t === undefined) {
      const f = this.flags[i];
      t = block[i & 63] = new ListTok(this.text, KINDS[this.kinds[i]], this.starts[i], this.coreEnds[i], this.ends[i], (f & NL_BEFORE) !== 0, (f & SPACE_BEFORE) !== 0);
    }
    return t;
  }
}

/**
 * The arrays of the latest TokList, reused by the next one: detection is synchronous and keeps no TokList, and fresh
 * typed arrays for every text cost more than the scan. Only tokens made by get() outlive the next list.
 */
const scratch = { kinds: new Uint8Array(0), starts: new Int32Array(0), coreEnds: new Int32Array(0), ends: new Int32Array(0), flags: new Uint8Array(0) };

function grow(size: number): void {
  const more = <T extends Uint8Array | Int32Array>(a: T, b: T): T => {
    b.set(a);
    return b;
  };
  scratch.kinds = more(scratch.kinds, new Uint8Array(size));
  scratch.starts = more(scratch.starts, new Int32Array(size));
  scratch.coreEnds = more(scratch.coreEnds, new Int32Array(size));
  scratch.ends = more(scratch.ends, new Int32Array(size));
  scratch.flags = more(scratch.flags, new Uint8Array(size));
}

/** The tokens as objects (tests). */
export function tokenize(text: string): Tok[] {
  const list = new TokList(text);
  return Array.from({ length: list.length }, (_x, i) => list.get(i));
}

export function isCapitalized(t: Tok | undefined): boolean {
  if (!t || t.kind !== 'word') return false;
  const c = t.text[0];
  return c !== c.toLowerCase() && c === c.toUpperCase();
}

/** At least two upper-case letters: WM, CeBIT, GLS, KEL. */
export function isAcronymLike(t: Tok | undefined): boolean {
  if (!t || t.kind !== 'word') return false;
  let n = 0;
  for (const c of t.text) {
    if (c !== c.toLowerCase() && c === c.toUpperCase()) n++;
    if (n >= 2) return true;
  }
  return t.text.length === 1 && isCapitalized(t);
}

/** The token begins a sentence: nothing before it, a line break, or sentence-final punctuation before it. */
export function isSentenceStart(toks: TokList, i: number): boolean {
  if (i === 0 || toks.get(i).nlBefore) return true;
  let j = i - 1;
  while (j >= 0 && toks.get(j).kind === 'sym' && /^["„“”»«'‚‘’(]$/.test(toks.get(j).text)) j--;
  if (j < 0) return true;
  const p = toks.get(j);
  return p.kind === 'sym' && /^[.!?:;–—-]$/.test(p.text);
}
