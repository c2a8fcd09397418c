// Re-anchoring and live-tracking cost at scale: 1,000 claims on a 1 MB document.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { mapOffsets, type ContentChange } from '../core/anchor/map-offsets';
import { reanchor } from '../core/anchor/reanchor';
import { makeSelectors, type Selectors } from '../core/anchor/selectors';
import { sentenceSpans } from '../../test/helpers/mutations';
import { rng, type Rng } from '../../test/helpers/prng';

const DOC_SIZE = 1_000_000;
const CLAIMS = 1000;
const EDITS = 200;
const RUNS = 5;
const KEYSTROKES = 2000;

/** A 1 MB article-like text: seed sentences shuffled into numbered paragraphs. */
function bigDocument(random: Rng, seedsDir: string): string {
  const sentences: string[] = [];
  for (const f of readdirSync(seedsDir).filter((n) => n.endsWith('.txt'))) {
    const text = readFileSync(join(seedsDir, f), 'utf8');
    for (const s of sentenceSpans(text, 20, 400)) sentences.push(text.slice(s.start, s.end));
  }
  const parts: string[] = [];
  let size = 0;
  for (let p = 1; size < DOC_SIZE; p++) {
    const para = `[§${p}] ` + Array.from({ length: random.int(1, 5) }, () => random.pick(sentences)).join(' ') + '\n\n';
    parts.push(para);
    size += para.length;
  }
  return parts.join('').slice(0, DOC_SIZE);
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

export function benchReanchor(seedsDir = join(__dirname, '..', 'seeds')): string[] {
  const random = rng(1234);
  const text = bigDocument(random, seedsDir);
  const spans = sentenceSpans(text, 30, 300);
  const claims: Selectors[] = [];
  for (let i = 0; i < CLAIMS; i++) {
    const s = spans[Math.floor((i * spans.length) / CLAIMS)];
    claims.push(makeSelectors(text, s.start, s.end));
  }
  // Scattered edits: insertions and deletions anywhere (some land inside claims and force fuzzy matching).
  let edited = text;
  for (let e = 0; e < EDITS; e++) {
    const at = random.int(0, edited.length - 50);
    edited = random.next() < 0.5 ? edited.slice(0, at) + 'Eingefügt. ' + edited.slice(at) : edited.slice(0, at) + edited.slice(at + random.int(1, 40));
  }
  const times: number[] = [];
  const methods: Record<string, number> = { position: 0, exact: 0, fuzzy: 0, orphaned: 0 };
  for (let run = 0; run < RUNS; run++) {
    const t0 = performance.now();
    for (const c of claims) {
      const r = reanchor(edited, c);
      if (run === 0) methods[r.status === 'anchored' ? r.method : 'orphaned']++;
    }
    times.push(performance.now() - t0);
  }

  // Live tracking: one keystroke (insert or delete one character) mapped through all 1,000 ranges.
  const ranges = claims.map(([, p]) => ({ start: p.start, end: p.end }));
  const perKey: number[] = [];
  for (let k = 0; k < KEYSTROKES; k++) {
    const change: ContentChange = random.next() < 0.8
      ? { rangeOffset: random.int(0, text.length), rangeLength: 0, text: 'x' }
      : { rangeOffset: random.int(0, text.length - 1), rangeLength: 1, text: '' };
    const t0 = performance.now();
    mapOffsets(ranges, [change]);
    perKey.push((performance.now() - t0) * 1000);
  }

  return [
    `anchor: re-anchor ${CLAIMS} claims on a ${(text.length / 1e6).toFixed(1)} MB document after ${EDITS} scattered edits: median ${median(times).toFixed(0)} ms over ${RUNS} runs ` +
      `(position ${methods.position}, exact ${methods.exact}, fuzzy ${methods.fuzzy}, orphaned ${methods.orphaned})`,
    `anchor: live offset mapping, ${CLAIMS} claims: median ${median(perKey).toFixed(1)} µs per keystroke (p99 ${[...perKey].sort((a, b) => a - b)[Math.floor(KEYSTROKES * 0.99)].toFixed(1)} µs)`,
  ];
}
