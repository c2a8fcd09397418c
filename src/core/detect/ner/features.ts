// Hashed features of the discovery model. Training and inference share this file; change FEATURE_VERSION with it.

export const FEATURE_VERSION = 1;

/** 32-bit FNV-1a. */
export function hash(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

export function shape(w: string): string {
  let out = '';
  let last = '';
  for (const ch of w) {
    const c = /\p{Lu}/u.test(ch) ? 'X' : /\p{Ll}/u.test(ch) ? 'x' : /\p{N}/u.test(ch) ? 'd' : ch;
    if (c !== last) out += c;
    last = c;
  }
  return out;
}

const lower = (w: string): string => w.toLocaleLowerCase('de');

interface TokenInfo {
  w: string;
  l: string;
  sh: string;
}

/**
 * Feature ids for each token of a sentence, masked to `buckets` (a power of two). `hints[k][i]` is an optional hint of
 * layer k for token i (layer 0: the registry, 'B-state'; layer 1: the training lexicon, 'B-PER').
 */
export function sentenceFeatures(tokens: readonly string[], buckets: number, hints: readonly (readonly (string | undefined)[] | undefined)[] = []): Uint32Array[] {
  const mask = buckets - 1;
  const info: TokenInfo[] = tokens.map((w) => ({ w, l: lower(w), sh: shape(w) }));
  const at = (i: number): TokenInfo => info[i] ?? (i < 0 ? { w: '<S>', l: '<s>', sh: '<S>' } : { w: '</S>', l: '</s>', sh: '</S>' });
  return info.map((t, i) => {
    const f: string[] = ['b', `w=${t.w}`, `l=${t.l}`, `sh=${t.sh}`, `len=${Math.min(t.w.length, 12)}`];
    for (let k = 1; k <= 4 && k <= t.l.length; k++) f.push(`p${k}=${t.l.slice(0, k)}`, `s${k}=${t.l.slice(-k)}`);
    const p1 = at(i - 1), p2 = at(i - 2), n1 = at(i + 1), n2 = at(i + 2);
    f.push(
      `w-1=${p1.w}`, `w+1=${n1.w}`, `l-2=${p2.l}`, `l+2=${n2.l}`,
      `sh-1=${p1.sh}`, `sh+1=${n1.sh}`, `sh3=${p1.sh}|${t.sh}|${n1.sh}`,
      `l-1|l=${p1.l}|${t.l}`, `l|l+1=${t.l}|${n1.l}`, `l-2|l-1=${p2.l}|${p1.l}`, `l+1|l+2=${n1.l}|${n2.l}`,
      `s3-1=${p1.l.slice(-3)}`, `s3+1=${n1.l.slice(-3)}`,
      `first|sh=${i === 0}|${t.sh}`,
    );
    const hy = t.w.indexOf('-');
    if (hy > 0 && hy < t.w.length - 1) f.push(`hy0=${t.w.slice(0, hy)}`, `hyN=${lower(t.w.slice(t.w.lastIndexOf('-') + 1))}`);
    hints.forEach((h, k) => {
      if (!h) return;
      const g = h[i];
      if (g) f.push(`h${k}=${g}`, `h${k}|sh=${g}|${t.sh}`, `h${k}|l=${g}|${t.l}`);
      if (h[i - 1]) f.push(`h${k}-1=${h[i - 1]}`);
      if (h[i + 1]) f.push(`h${k}+1=${h[i + 1]}`);
    });
    const ids = new Uint32Array(f.length);
    for (let k = 0; k < f.length; k++) ids[k] = hash(f[k]) & mask;
    return ids;
  });
}
