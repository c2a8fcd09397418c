// The model file (little endian): 'SANR', uint32 header length, UTF-8 JSON header, float32 codebook[256],
// float32 transitions[(L+1)·L], then the weights[buckets·L] as indices into the codebook: version 1 one byte each;
// version 2 the same bytes with every run of zeros (most weights) written as a 0 byte and the run length as a LEB128
// varint. The whole file is then gzipped (the word lists are text); the core inflates with fflate, which runs in a web
// extension host too, and Node callers pass node:zlib.
import { CodedRows } from './coded-rows';
import { gzipSync } from 'fflate';
import { inflateIfGzipped, type Gunzip } from '../../gzip';
import { FEATURE_VERSION, type WordHinter } from './features';
import { registryGazetteer, type Gazetteer } from './gazetteer';
import { lexiconGazetteer, wordHinter } from './lexicon';
import { withClusters } from './clusters';
import { joinedList, WORD_LIST_NAMES, withWordLists, type WordLists } from './word-lists';
import type { RegistryMatcher } from '../actors/matcher';
import { buildRegistry, matcherOf } from '../actors/index';
import { L, LABELS, PerceptronNer, type ModelHeader } from './model';

const lines = (x: string[] | string): string[] => (typeof x === 'string' ? x.split('\n') : x);

/** n little-endian float32 values at off. (Not a closure in loadNerModel: V8 would keep the inflated file alive.) */
function readF32(view: DataView, off: number, n: number): Float32Array {
  const a = new Float32Array(n);
  for (let i = 0; i < n; i++) a[i] = view.getFloat32(off + 4 * i, true);
  return a;
}

/**
 * Reads the shipped model file (bytes from workspace.fs or node:fs), gzipped or not. `gunzip` defaults to fflate's
 * (pure JavaScript); on Node, pass node:zlib's (platform/gunzip.ts), which is twice as fast.
 */
export function loadNerModel(file: Uint8Array, gunzip?: Gunzip): PerceptronNer {
  const steps = loadingSteps(file, gunzip);
  for (let step = steps.next(); ; step = steps.next()) if (step.done) return step.value;
}

/**
 * The same, a step at a time with `turn()` awaited between steps (a few tens of milliseconds each): a language server
 * loading the model on the thread that answers requests lets them in between.
 */
export async function loadNerModelInTurns(file: Uint8Array, turn: () => Promise<void>, gunzip?: Gunzip): Promise<PerceptronNer> {
  const steps = loadingSteps(file, gunzip);
  for (let step = steps.next(); ; step = steps.next()) {
    if (step.done) return step.value;
    await turn();
  }
}

function* loadingSteps(file: Uint8Array, gunzip?: Gunzip): Generator<void, PerceptronNer> {
  const bytes = inflateIfGzipped(file, gunzip);
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const magic = String.fromCharCode(bytes[0], bytes[1], bytes[2], bytes[3]);
  if (magic !== 'SANR') throw new Error('not a Source Annotator NER model');
  const hlen = view.getUint32(4, true);
  const header = JSON.parse(new TextDecoder().decode(bytes.subarray(8, 8 + hlen))) as ModelHeader;
  if (header.featureVersion !== FEATURE_VERSION || header.labels.join() !== LABELS.join()) {
    throw new Error(`NER model features v${header.featureVersion} do not match the code (v${FEATURE_VERSION})`);
  }
  yield;
  let off = 8 + hlen;
  const codebook = readF32(view, off, 256);
  off += 4 * codebook.length;
  const transitions = readF32(view, off, (L + 1) * L);
  off += 4 * transitions.length;
  // Kept as codes (one byte per weight, not four; code 0 is the weight 0), the empty rows left out (coded-rows.ts).
  let rows: CodedRows;
  if (header.version === 2) rows = CodedRows.unpackZeroRuns(bytes, off, header.buckets, L);
  else {
    const q = bytes.subarray(off, off + header.buckets * L);
    if (q.length !== header.buckets * L) throw new Error('truncated NER model');
    rows = CodedRows.pack(q, L);
  }
  yield;
  const useRegistry = header.gazetteer === 'registry';
  const counts = header.words ? wordHinter(header.words) : undefined;
  yield;
  const words = composeWordHints(counts, header.clusters ? lines(header.clusters) : undefined, header.lists ? readWordLists(header.lists) : undefined);
  yield;
  const lexicon = header.lexicon ? lexiconGazetteer(lines(header.lexicon)) : undefined;
  yield;
  let matcher: RegistryMatcher | undefined;
  let tokenHints: Gazetteer | undefined;
  const shipped = (): RegistryMatcher => (matcher ??= matcherOf(buildRegistry()));
  return new PerceptronNer({ rows, codebook }, transitions, header.buckets, {
    // Built on first use: ActorDetector passes its own registry mentions to tag().
    registry: useRegistry ? (tokens) => (tokenHints ??= registryGazetteer(shipped()))(tokens) : undefined,
    registryText: useRegistry ? (text) => shipped().match(text).mentions : undefined,
    lexicon,
    words,
  });
}

/** The word hints in their slot order (features.ts): training counts, clusters, word lists. Training uses it too. */
export function composeWordHints(counts: WordHinter | undefined, clusters?: readonly string[], lists?: WordLists): WordHinter | undefined {
  const clustered = clusters ? withClusters(counts, clusters) : counts;
  return lists ? withWordLists(clustered, lists) : clustered;
}

/** The stored lists as they are (newline-joined strings): word-lists.ts looks words up in them without splitting. */
function readWordLists(stored: Record<string, string>): WordLists {
  return Object.fromEntries(WORD_LIST_NAMES.map((name) => [name, stored[name] ?? ''])) as Record<keyof WordLists, string>;
}

/** Word lists as the model header stores them: one newline-joined string per list. */
export function storedWordLists(lists: WordLists): Record<string, string> {
  return Object.fromEntries(WORD_LIST_NAMES.map((name) => [name, joinedList(lists[name])]));
}

/**
 * Quantises weights to a 256-entry codebook: 0, then 127 magnitudes spaced evenly in log scale between the 0.5th
 * percentile and the maximum of |w|, for each sign (relative error under 10 %), and writes the file.
 */
export function encodeNerModel(weights: ArrayLike<number>, transitions: ArrayLike<number>, header: ModelHeader, options: { pruneRows?: number } = {}): Uint8Array {
  const abs: number[] = [];
  for (let i = 0; i < weights.length; i++) if (weights[i] !== 0) abs.push(Math.abs(weights[i]));
  abs.sort((x, y) => x - y);
  const lo = abs.length ? Math.max(abs[Math.floor(abs.length * 0.005)], 1e-9) : 1;
  const hi = abs.length ? Math.max(abs[abs.length - 1], lo * 1.0001) : 1;
  const step = Math.log(hi / lo) / 126;
  const codebook = new Float32Array(256);
  for (let k = 0; k < 127; k++) {
    const m = lo * Math.exp(k * step);
    codebook[1 + k] = m;
    codebook[128 + k] = -m;
  }
  // Rows pruned after the codebook is fitted to every weight: the kept rows are coded as they were without pruning.
  const kept = options.pruneRows ? Float32Array.from(weights) : weights;
  if (options.pruneRows) pruneWeakRows(kept as Float32Array, L, options.pruneRows);
  const q = new Uint8Array(weights.length);
  for (let i = 0; i < weights.length; i++) {
    const w = kept[i];
    if (w === 0) continue;
    const a = Math.abs(w);
    if (a < lo / 2) continue;
    const k = Math.min(126, Math.max(0, Math.round(Math.log(a / lo) / step)));
    q[i] = (w > 0 ? 1 : 128) + k;
  }
  const body = header.version === 2 ? zeroRuns(q) : q;
  const head = new TextEncoder().encode(JSON.stringify(header));
  const out = new Uint8Array(8 + head.length + 4 * (256 + transitions.length) + body.length);
  const view = new DataView(out.buffer);
  out.set([0x53, 0x41, 0x4e, 0x52], 0);
  view.setUint32(4, head.length, true);
  out.set(head, 8);
  let off = 8 + head.length;
  for (const v of [...codebook, ...Array.from(transitions)]) {
    view.setFloat32(off, v, true);
    off += 4;
  }
  out.set(body, off);
  // The word lists and the runs of small weights compress well: gzip halves the file.
  return gzipSync(out, { level: 9, mtime: 0 });
}

/**
 * Zeroes, in place, the weight rows (width weights per bucket) whose largest |w| is below the `fraction` quantile of
 * the non-empty rows' largest |w|; returns how many rows it emptied. Most rows hold only small weights of rare
 * features: emptying the weakest 70 % left GermEval dev F1 where it was (78.97 → 78.97; 80 %: 78.68), and the rows
 * the tagger reads from memory for every token and word fell from 6.7 to 2.0 MB, so that more of them stay in the
 * processor's cache (coded-rows.ts).
 */
export function pruneWeakRows(weights: Float32Array | Float64Array, width: number, fraction: number): number {
  if (fraction <= 0) return 0;
  const rows = weights.length / width;
  const strength = new Float32Array(rows);
  for (let r = 0; r < rows; r++) {
    let s = 0;
    for (let y = 0; y < width; y++) s = Math.max(s, Math.abs(weights[r * width + y]));
    strength[r] = s;
  }
  const nonEmpty = strength.filter((s) => s > 0).sort();
  if (nonEmpty.length === 0) return 0;
  const threshold = nonEmpty[Math.min(nonEmpty.length - 1, Math.floor(nonEmpty.length * fraction))];
  let emptied = 0;
  for (let r = 0; r < rows; r++) {
    if (strength[r] > 0 && strength[r] < threshold) {
      weights.fill(0, r * width, (r + 1) * width);
      emptied++;
    }
  }
  return emptied;
}

/** Version 2 weight bytes: each run of zeros as 0 and its length (LEB128). */
export function zeroRuns(q: Uint8Array): Uint8Array {
  const out: number[] = [];
  for (let i = 0; i < q.length; ) {
    if (q[i] !== 0) {
      out.push(q[i++]);
      continue;
    }
    let run = 0;
    while (i < q.length && q[i] === 0) {
      run++;
      i++;
    }
    out.push(0);
    for (; run >= 0x80; run = Math.floor(run / 0x80)) out.push((run & 0x7f) | 0x80);
    out.push(run);
  }
  return Uint8Array.from(out);
}
