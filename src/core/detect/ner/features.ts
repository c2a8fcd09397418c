// Hashed features of the discovery model. Training and inference share this file; change FEATURE_VERSION with it.
//
// The features are split by what they depend on, so that inference can cache them per word type (model.ts):
// - word features: the token alone (its form, lower case, shape, affixes, training-data word statistics);
// - neighbour features: one neighbour alone at offset -2, -1, +1 or +2 (its form, shape, suffix, statistics);
// - pair features: two or three neighbouring words, hashed numerically from the words' own hashes (no strings);
// - sequence hints: registry and lexicon matches, which depend on the sentence.

export const FEATURE_VERSION = 5;

/** 32-bit FNV-1a of s[from, to) (the tokenizer hashes tokens in place, without slicing them). */
export function hash(s: string, from = 0, to = s.length): number {
  return fnv(FNV_OFFSET, s, from, to) >>> 0;
}

/** Combines two 32-bit hashes (murmur3 finaliser over a mix). */
export function mix(a: number, b: number): number {
  let h = Math.imul(a ^ 0x27d4eb2d, 0x165667b1) ^ b;
  h = Math.imul(h ^ (h >>> 15), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

const UPPER = /\p{Lu}/u;
const LOWER = /\p{Ll}/u;
const DIGIT = /\p{N}/u;

export function shape(w: string): string {
  let out = '';
  let last = '';
  for (const ch of w) {
    const code = ch.charCodeAt(0);
    let c: string;
    if (code < 128) c = code >= 65 && code <= 90 ? 'X' : code >= 97 && code <= 122 ? 'x' : code >= 48 && code <= 57 ? 'd' : ch;
    else c = UPPER.test(ch) ? 'X' : LOWER.test(ch) ? 'x' : DIGIT.test(ch) ? 'd' : ch;
    if (c !== last) out += c;
    last = c;
  }
  return out;
}

/** Lower case; for German the same as toLocaleLowerCase('de') (only tr, az and lt have special rules), and faster. */
export const lower = (w: string): string => w.toLowerCase();

/**
 * Hints about a word: [label statistics, capitalisation] from training-data statistics (lexicon.ts), [fine, coarse]
 * word cluster (clusters.ts), then [list class, frequency band] from word lists (word-lists.ts).
 */
export type WordHinter = (word: string) => readonly (string | undefined)[];

/** Everything the model needs to know about one word type; ids are masked to the bucket count. */
export interface WordFeats {
  /** Hash of the lower-cased form and of the shape, for pair features. */
  hl: number;
  hsh: number;
  /** Features of the word itself. */
  self: number[];
  /** The extra feature when the word starts the sentence, and when it does not. */
  first: number;
  rest: number;
  /** Features the word contributes as the neighbour at offset -2, -1, +1, +2. */
  ctx: [number[], number[], number[], number[]];
}

export type WordHashes = Pick<WordFeats, 'hl' | 'hsh'>;

export const CTX_OFFSETS = [-2, -1, 1, 2] as const;

/** FNV-1a state after s[from, to), continuing from state h (hash(a + b) === fnv(fnv(FNV_OFFSET, a), b) >>> 0). */
export function fnv(h: number, s: string, from = 0, to = s.length): number {
  for (let i = from; i < to; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return h;
}
export const FNV_OFFSET = 0x811c9dc5;
const pre = (p: string): number => fnv(FNV_OFFSET, p);
const P_W = pre('w='), P_L = pre('l='), P_SH = pre('sh='), P_LEN = pre('len='), P_HY0 = pre('hy0='), P_HYN = pre('hyN=');
const P_PK = [0, 1, 2, 3, 4, 5].map((k) => pre(`p${k}=`)), P_SK = [0, 1, 2, 3, 4, 5].map((k) => pre(`s${k}=`));
const P_H2 = pre('h2='), P_H2SH = pre('h2|sh='), P_H2L = pre('h2|l='), P_CAP = pre('cap='), P_CAPSH = pre('cap|sh=');
const P_CTX = ['l-2=', 'sh-2=', 'w-1=', 'sh-1=', 's3-1=', 'w+1=', 'sh+1=', 's3+1=', 'l+2=', 'sh+2=', 'h2-1=', 'h2+1=', 'cap-1=', 'cap+1='].map(pre);
const P_CF = pre('cf='), P_CC = pre('cc='), P_CFSH = pre('cf|sh='), P_CLU = ['cf-1=', 'cc-1=', 'cf+1=', 'cc+1='].map(pre);
const P_NL = pre('nl='), P_NLSH = pre('nl|sh='), P_FQ = pre('fq='), P_WL = ['nl-1=', 'fq-1=', 'nl+1=', 'fq+1='].map(pre);
const P_NG3 = pre('ng3=');
const P_FIRST = pre('first|sh=true|'), P_REST = pre('first|sh=false|');
const H_B = hash('b');
const BAR = '|';

/**
 * The features of a word (see WordFeats), hashed from the template prefixes without building the feature strings.
 * The ids are those of the templates 'w=…', 'l=…', 'sh=…', 'len=…', 'p1=…'…'p5=…', 's1=…'…'s5=…' (affixes of the
 * lower case in code points), 'hy0=…', 'hyN=…', 'h2=…', 'h2|sh=…|…', 'h2|l=…|…', 'cap=…', 'cap|sh=…|…', 'cf=…', 'cf|sh=…|…',
 * 'cc=…', 'nl=…', 'nl|sh=…|…', 'fq=…', 'ng3=…' (trigrams of '^lower$' for capitalised words); as neighbours 'l-2', 'sh-2', 'w-1', 'sh-1', 's3-1', 'h2-1', 'cap-1', 'cf-1', 'cc-1',
 * 'nl-1', 'fq-1' and their mirror images.
 */
function feats(w: string, l: string, sh: string, hints: readonly (string | undefined)[], mask: number): WordFeats {
  const m = (h: number): number => (h >>> 0) & mask;
  const self: number[] = [H_B & mask, m(fnv(P_W, w)), m(fnv(P_L, l)), m(fnv(P_SH, sh)), m(fnv(P_LEN, String(Math.min(w.length, 12))))];
  // Code-unit offsets of the first and last 5 code points of l.
  const heads: number[] = [0];
  for (let i = 0; heads.length <= 5 && i < l.length; ) {
    const c = l.charCodeAt(i);
    const d = i + 1 < l.length ? l.charCodeAt(i + 1) : 0;
    i += c >= 0xd800 && c <= 0xdbff && d >= 0xdc00 && d <= 0xdfff ? 2 : 1;
    heads.push(i);
  }
  const tails: number[] = [l.length];
  for (let i = l.length; tails.length <= 5 && i > 0; ) {
    const c = l.charCodeAt(i - 1);
    i -= c >= 0xdc00 && c <= 0xdfff && i - 2 >= 0 && l.charCodeAt(i - 2) >= 0xd800 && l.charCodeAt(i - 2) <= 0xdbff ? 2 : 1;
    tails.push(i);
  }
  const ncp = Math.min(heads.length, tails.length) - 1;
  for (let k = 1; k <= 5 && k <= ncp; k++) self.push(m(fnv(P_PK[k], l, 0, heads[k])), m(fnv(P_SK[k], l, tails[k])));
  // Character trigrams of capitalised words, for names never seen whole ("-kylä", "-hütte", "Ko-", "-ow-").
  if (w.length > 0 && w[0] !== l[0]) {
    const padded = `^${l}$`;
    for (let i = 0; i + 3 <= padded.length; i++) self.push(m(fnv(P_NG3, padded, i, i + 3)));
  }
  const hy = w.indexOf('-');
  if (hy > 0 && hy < w.length - 1) self.push(m(fnv(P_HY0, w, 0, hy)), m(fnv(P_HYN, lower(w.slice(w.lastIndexOf('-') + 1)))));
  const [stats, caps] = hints;
  if (stats) self.push(m(fnv(P_H2, stats)), m(fnv(fnv(fnv(P_H2SH, stats), BAR), sh)), m(fnv(fnv(fnv(P_H2L, stats), BAR), l)));
  if (caps) self.push(m(fnv(P_CAP, caps)), m(fnv(fnv(fnv(P_CAPSH, caps), BAR), sh)));
  const [, , cf, cc] = hints;
  if (cf) self.push(m(fnv(P_CF, cf)), m(fnv(fnv(fnv(P_CFSH, cf), BAR), sh)));
  if (cc) self.push(m(fnv(P_CC, cc)));
  const [, , , , nl, fq] = hints;
  if (nl) self.push(m(fnv(P_NL, nl)), m(fnv(fnv(fnv(P_NLSH, nl), BAR), sh)));
  if (fq) self.push(m(fnv(P_FQ, fq)));
  const s3from = tails[Math.min(3, tails.length - 1)];
  const ctx: [number[], number[], number[], number[]] = [
    [m(fnv(P_CTX[0], l)), m(fnv(P_CTX[1], sh))],
    [m(fnv(P_CTX[2], w)), m(fnv(P_CTX[3], sh)), m(fnv(P_CTX[4], l, s3from))],
    [m(fnv(P_CTX[5], w)), m(fnv(P_CTX[6], sh)), m(fnv(P_CTX[7], l, s3from))],
    [m(fnv(P_CTX[8], l)), m(fnv(P_CTX[9], sh))],
  ];
  // Each hint also describes the word as the neighbour just before (-1) and just after (+1) a token.
  const asNeighbour = (hint: string | undefined, before: number, after: number): void => {
    if (!hint) return;
    ctx[1].push(m(fnv(before, hint)));
    ctx[2].push(m(fnv(after, hint)));
  };
  asNeighbour(stats, P_CTX[10], P_CTX[11]);
  asNeighbour(caps, P_CTX[12], P_CTX[13]);
  asNeighbour(cf, P_CLU[0], P_CLU[2]);
  asNeighbour(cc, P_CLU[1], P_CLU[3]);
  asNeighbour(nl, P_WL[0], P_WL[2]);
  asNeighbour(fq, P_WL[1], P_WL[3]);
  return { hl: hash(l), hsh: hash(sh), self, first: m(fnv(P_FIRST, sh)), rest: m(fnv(P_REST, sh)), ctx };
}

export function wordFeats(w: string, hints: readonly (string | undefined)[], mask: number): WordFeats {
  return feats(w, lower(w), shape(w), hints, mask);
}

/** The pseudo-words before the start (offsets -1, -2) and after the end of a sentence. */
export function boundaryFeats(start: boolean, mask: number): WordFeats {
  return start ? feats('<S>', '<s>', '<S>', [], mask) : feats('</S>', '</s>', '</S>', [], mask);
}

const P_PREV = hash('l-1|l');
const P_NEXT = hash('l|l+1');
const P_PREV2 = hash('l-2|l-1');
const P_NEXT2 = hash('l+1|l+2');
const P_SH3 = hash('sh3');
const H_SH = hash('h|sh');
const H_L = hash('h|l');

/** The first halves of the pair hashes that a word starts (pairIds = mix(partial, second word) & mask). */
export function pairPartials(w: WordHashes): [number, number, number, number, number] {
  return [mix(P_PREV, w.hl), mix(P_NEXT, w.hl), mix(P_PREV2, w.hl), mix(P_NEXT2, w.hl), mix(P_SH3, w.hsh)];
}

/** Pair features of token t with neighbours p2 p1 _ n1 n2; writes 5 ids into out at off. */
export function pairIds(p2: WordHashes, p1: WordHashes, t: WordHashes, n1: WordHashes, n2: WordHashes, mask: number, out: number[] | Uint32Array, off: number): void {
  out[off] = mix(mix(P_PREV, p1.hl), t.hl) & mask;
  out[off + 1] = mix(mix(P_NEXT, t.hl), n1.hl) & mask;
  out[off + 2] = mix(mix(P_PREV2, p2.hl), p1.hl) & mask;
  out[off + 3] = mix(mix(P_NEXT2, n1.hl), n2.hl) & mask;
  out[off + 4] = mix(mix(mix(P_SH3, p1.hsh), t.hsh), n1.hsh) & mask;
}

/** Per layer, hash of each hint as the token's own ('h0=…'), the previous token's and the next token's hint. */
const hintHashes: Map<string, number>[][] = [];
const hintHash = (k: number, part: number, g: string): number => {
  const layer = (hintHashes[k] ??= [new Map(), new Map(), new Map()]);
  let h = layer[part].get(g);
  if (h === undefined) {
    h = hash(`h${k}${part === 0 ? '' : part === 1 ? '-1' : '+1'}=${g}`);
    if (layer[part].size < 10000) layer[part].set(g, h);
  }
  return h;
};

/** Sequence hint features of layer k for token i (g: hint at i, gp/gn: at i-1/i+1); pushes masked ids. */
export function hintIds(k: number, g: string | undefined, gp: string | undefined, gn: string | undefined, t: WordHashes, mask: number, out: number[]): void {
  if (g) {
    const h = hintHash(k, 0, g);
    out.push(h & mask, mix(h ^ H_SH, t.hsh) & mask, mix(h ^ H_L, t.hl) & mask);
  }
  if (gp) out.push(hintHash(k, 1, gp) & mask);
  if (gn) out.push(hintHash(k, 2, gn) & mask);
}

/**
 * Feature ids for each token of a sentence (training and reference path), masked to `buckets` (a power of two).
 * `words` gives the word-statistics hints of a word; `seq[k][i]` is the sequence hint of layer k for token i
 * (layer 0: the registry, 'B-state'; layer 1: the training lexicon, 'B-PER').
 */
export function sentenceFeatures(
  tokens: readonly string[],
  buckets: number,
  words: WordHinter | undefined,
  seq: readonly (readonly (string | undefined)[] | undefined)[] = [],
): Uint32Array[] {
  const mask = buckets - 1;
  const info = tokens.map((w) => wordFeats(w, words ? words(w) : [], mask));
  const bos = boundaryFeats(true, mask);
  const eos = boundaryFeats(false, mask);
  const at = (i: number): WordFeats => info[i] ?? (i < 0 ? bos : eos);
  return info.map((t, i) => {
    const f: number[] = [...t.self, i === 0 ? t.first : t.rest];
    CTX_OFFSETS.forEach((o, k) => f.push(...at(i + o).ctx[k]));
    const pairs = new Array<number>(5);
    pairIds(at(i - 2), at(i - 1), t, at(i + 1), at(i + 2), mask, pairs, 0);
    f.push(...pairs);
    seq.forEach((h, k) => {
      if (h) hintIds(k, h[i], h[i - 1], h[i + 1], t, mask, f);
    });
    return Uint32Array.from(f);
  });
}
