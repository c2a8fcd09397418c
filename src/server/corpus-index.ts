// The cross-document index: per document, its detections summarised (actor mentions by canonical name, counts),
// built in the background, a document at a time with the event loop free in between, so requests stay answered.
import { boilerplateOf } from '../core/corpus/article-text';
import { detectSourceMeta, type DetectedMeta } from '../core/source/detect-meta';
import { comparableFigures, type IndexedFigure } from '../core/analysis/figure-groups';
import { figureInputsOf } from '../core/analysis/inputs';
import type { Corpus } from '../core/corpus/corpus';
import type { Entity } from '../core/model/entities';
import { sameStamp } from '../core/ports';
import { givingWayTo, nextTurn, SLICE_MS } from '../core/event-loop';
import type { DetectPool, WireSummary } from './detect-pool';
import { contentKey, sidecarMetaKey, type CachedSummary } from './index-cache';
import { eachActor, internedMentions, mentionsNamed, packEntities, type Mention, type PackedMentions } from './packed-mentions';

export type { Mention } from './packed-mentions';

export interface DocumentSummary {
  figures: number;
  actors: number;
  /** Its actor mentions by canonical name. */
  readonly mentions: PackedMentions;
  /** The article as a source, as its text says (the sidecar's record applies on top). */
  readonly meta?: DetectedMeta;
  /** Its comparable figures with where their sentences are. */
  readonly quantities?: readonly IndexedFigure[];
}

export function summarise(document: string, entities: readonly Entity[], meta?: DetectedMeta, text?: string): DocumentSummary {
  return { ...packEntities(entities), meta, quantities: text === undefined ? undefined : comparableFigures(figureInputsOf({ path: document, text, entities })) };
}

export interface IndexProgress {
  report(done: number, total: number): void;
  readonly cancelled: boolean;
  /** Messages the client has sent so far: detection in this thread lets each be answered before its next slice. */
  heardFromClient?(): number;
}

export class CorpusIndex {
  private readonly summaries = new VersionedMap<string, CachedSummary>();
  /** Summaries from the persisted index, taken when an article's text still has the same key. */
  private candidates = new Map<string, CachedSummary>();
  private run = 0;
  /** Documents whose detections stay cached while indexing (the open ones). */
  private keep = new Set<string>();
  /**
   * Since the last clear(): how many summaries came from the persisted index, how many of them only after hashing
   * their text (their file's stamp changed, not their text: the persisted index should learn the new stamp), and how
   * many were detected.
   */
  readonly stats = { reused: 0, hashed: 0, detected: 0 };

  constructor(private readonly corpus: Corpus) {}

  get(document: string): DocumentSummary | undefined {
    return this.summaries.get(document)?.summary;
  }

  /** Changes whenever a summary is added, replaced or dropped: what is derived from all of them is stale. */
  get version(): number {
    return this.summaries.version;
  }

  /** Every indexed document with its summary. */
  entries(): IterableIterator<[string, CachedSummary]> {
    return this.summaries.entries();
  }

  /** Offers summaries from the persisted index (made by the current detector). */
  restore(candidates: Map<string, CachedSummary>): void {
    this.candidates = candidates;
  }

  /** What to persist. */
  snapshot(): ReadonlyMap<string, CachedSummary> {
    return this.summaries;
  }

  size(): number {
    return this.summaries.size;
  }

  /**
   * Re-summarises one document from its current text (after an edit, or when it is opened). Detections of
   * documents nobody looks at are not kept: only the summary, so that 10,000 articles fit in memory.
   */
  refresh(document: string, keepDetections = true): DocumentSummary | undefined {
    const state = this.corpus.get(document);
    if (!state?.text) {
      this.summaries.delete(document);
      return undefined;
    }
    const summary = summarise(document, keepDetections ? this.corpus.entities(document) : this.corpus.detectOnce(document), detectSourceMeta(state.text, boilerplateOf(state)), state.text);
    this.summaries.set(document, { key: contentKey(state.text), metaKey: sidecarMetaKey(state.sidecar.meta), stamp: state.stamp, summary });
    this.stats.detected++;
    return summary;
  }

  /** Takes the persisted summaries of every unchanged article not yet indexed; yields every few ms. Resolves with those taken. */
  async reuseAll(): Promise<string[]> {
    const taken: string[] = [];
    let lastYield = Date.now();
    for (const { path } of this.corpus.documents()) {
      if (!this.summaries.has(path) && this.reuse(path)) taken.push(path);
      if (Date.now() - lastYield > SLICE_MS) {
        await nextTurn();
        lastYield = Date.now();
      }
    }
    return taken;
  }

  /**
   * Takes the persisted summary when the article is unchanged: its text was read from a file with the stamp the
   * summary was made from, else (another stamp, or the editor's text) its text hashes to the summary's key.
   */
  private reuse(document: string): boolean {
    const state = this.corpus.get(document);
    const candidate = this.candidates.get(document);
    // Boilerplate lines or source fields recorded since (git pull, a hand edit) change what the summary holds.
    if (state?.text === undefined || !candidate || candidate.metaKey !== sidecarMetaKey(state.sidecar.meta)) return false;
    if (sameStamp(state.stamp, candidate.stamp)) this.summaries.set(document, candidate);
    else if (candidate.key === contentKey(state.text)) {
      this.summaries.set(document, { ...candidate, stamp: state.stamp });
      this.stats.hashed++;
    } else return false;
    this.stats.reused++;
    return true;
  }

  /** The persisted summary when the text is unchanged, else detection in this thread. */
  private index(document: string): boolean {
    return this.reuse(document) || this.refresh(document, this.keep.has(document)) !== undefined;
  }

  forget(document: string): void {
    this.summaries.delete(document);
  }

  /** Drops everything (a new detector): the next build starts over. */
  clear(): void {
    this.summaries.clear();
    this.candidates = new Map();
    this.stats.reused = this.stats.hashed = this.stats.detected = 0;
    this.run++;
  }

  /**
   * Indexes every document not yet indexed, `first` (the open ones) before the rest. This thread and the pool's
   * threads (when there is a pool) take articles from one queue, so that every core detects. A newer build or
   * clear() ends an older one. Resolves with how many documents it covered.
   */
  async build(first: readonly string[], progress: IndexProgress, onBatch: (documents: string[]) => void, pool?: DetectPool): Promise<number> {
    const run = ++this.run;
    this.keep = new Set(first);
    const order = [...new Set([...first, ...this.corpus.documents().map((d) => d.path)])].filter((p) => !this.summaries.has(p));
    const stale = (): boolean => progress.cancelled || run !== this.run;
    const giveWay = givingWayTo(progress.heardFromClient);
    let done = 0;
    const finished = (documents: string[], count = documents.length): void => {
      done += count;
      progress.report(done, order.length);
      onBatch(documents);
    };
    // Unchanged articles (the persisted index) and the open ones first, here; the rest is queued.
    const queue: string[] = [];
    let ready: string[] = [];
    let lastYield = Date.now();
    for (const document of order) {
      if (stale()) return order.length;
      if (!this.keep.has(document) && this.reuse(document)) ready.push(document);
      else if (this.keep.has(document) && this.index(document)) ready.push(document);
      else if (!this.keep.has(document)) queue.push(document);
      // Restoring 10,000 summaries must not hold up the answers to requests.
      if (Date.now() - lastYield > SLICE_MS) {
        finished(ready, 0);
        ready = [];
        await giveWay();
        lastYield = Date.now();
      }
    }
    finished(ready, order.length - queue.length);
    let next = 0;
    const take = (n: number): string[] => queue.slice(next, (next += n));
    // Smaller batches as the queue empties, so that no thread is left with a long last batch while the others wait.
    const batchSize = (most: number, threads: number): number => Math.max(1, Math.min(most, Math.floor((queue.length - next) / (4 * threads))));
    await Promise.all([this.drainHere(take, stale, finished, giveWay), pool ? this.drainOnPool(pool, (most) => take(batchSize(most, pool.size + 1)), stale, finished) : undefined]);
    progress.report(order.length, order.length);
    return order.length;
  }

  /** Detects queued articles in this thread, a slice at a time, giving way to the client in between. */
  private async drainHere(take: (n: number) => string[], stale: () => boolean, finished: (documents: string[]) => void, giveWay: () => Promise<void>): Promise<void> {
    let batch: string[] = [];
    let lastYield = Date.now();
    for (let [document] = take(1); document !== undefined && !stale(); [document] = take(1)) {
      if (this.index(document)) batch.push(document);
      if (Date.now() - lastYield > SLICE_MS) {
        finished(batch);
        batch = [];
        await giveWay();
        lastYield = Date.now();
      }
    }
    finished(batch);
  }

  /** Batches of queued articles to the pool, two per thread in flight. */
  private async drainOnPool(pool: DetectPool, take: (n: number) => string[], stale: () => boolean, finished: (documents: string[]) => void): Promise<void> {
    const BATCH = 32;
    const inFlight = new Set<Promise<void>>();
    for (let documents = take(BATCH); documents.length > 0 && !stale(); documents = take(BATCH)) {
      const batch = documents.filter((d) => this.corpus.get(d)?.text !== undefined);
      const texts = batch.map((d) => this.corpus.get(d)!.text!);
      const stamps = batch.map((d) => this.corpus.get(d)!.stamp);
      const metas = batch.map((d) => this.corpus.get(d)!.sidecar.meta);
      const job: Promise<void> = pool.summarise(batch.map((_d, k) => ({ text: texts[k]!, lines: metas[k] }))).then((summaries) => {
        if (stale()) return;
        batch.forEach((document, k) => {
          // An article edited meanwhile was summarised in this thread already, from its newer text.
          if (this.corpus.get(document)?.text !== texts[k] || this.summaries.has(document)) return;
          this.summaries.set(document, { key: contentKey(texts[k]!), metaKey: sidecarMetaKey(metas[k]), stamp: stamps[k], summary: fromWire(summaries[k]!) });
          this.stats.detected++;
        });
        finished(batch);
      });
      inFlight.add(job);
      void job.finally(() => inFlight.delete(job)).catch(() => undefined);
      if (inFlight.size >= pool.size * 2) await Promise.race(inFlight);
    }
    await Promise.all(inFlight);
  }

  /** Every mention of a canonical actor across the indexed corpus. */
  mentionsOf(canonical: string): Mention[] {
    const out: Mention[] = [];
    for (const [document, { summary }] of this.summaries) out.push(...mentionsNamed(summary.mentions, document, canonical));
    return out;
  }

  /** Every canonical actor with its mentions (for workspace symbols). */
  actors(): Map<string, Mention[]> {
    const out = new Map<string, Mention[]>();
    for (const [document, { summary }] of this.summaries) {
      for (const [name, ms] of eachActor(summary.mentions, document)) {
        const list = out.get(name);
        if (list) list.push(...ms);
        else out.set(name, [...ms]);
      }
    }
    return out;
  }
}

/** A Map that counts its changes. */
class VersionedMap<K, V> extends Map<K, V> {
  version = 0;
  override set(key: K, value: V): this {
    this.version++;
    return super.set(key, value);
  }
  override delete(key: K): boolean {
    this.version++;
    return super.delete(key);
  }
  override clear(): void {
    this.version++;
    super.clear();
  }
}

const fromWire = (wire: WireSummary): DocumentSummary => ({ ...wire, mentions: internedMentions(wire.mentions) });
