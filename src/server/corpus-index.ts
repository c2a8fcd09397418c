// The cross-document index: per document, its detections summarised (actor mentions by canonical name, counts),
// built in the background, a document at a time with the event loop free in between, so requests stay answered.
import type { Corpus } from '../core/corpus/corpus';
import type { Entity } from '../core/model/entities';
import { contentKey, type CachedSummary } from './index-cache';

export interface Mention {
  document: string;
  start: number;
  end: number;
}

export interface DocumentSummary {
  figures: number;
  actors: number;
  /** canonical name → mentions in this document */
  mentions: Map<string, Mention[]>;
}

export function summarise(document: string, entities: readonly Entity[]): DocumentSummary {
  const mentions = new Map<string, Mention[]>();
  let figures = 0;
  let actors = 0;
  for (const e of entities) {
    if (e.kind === 'figure') {
      figures++;
      continue;
    }
    actors++;
    const list = mentions.get(e.canonical);
    if (list) list.push({ document, start: e.start, end: e.end });
    else mentions.set(e.canonical, [{ document, start: e.start, end: e.end }]);
  }
  return { figures, actors, mentions };
}

export interface IndexProgress {
  report(done: number, total: number): void;
  readonly cancelled: boolean;
}

export class CorpusIndex {
  private readonly summaries = new Map<string, CachedSummary>();
  /** Summaries from the persisted index, taken when an article's text still has the same key. */
  private candidates = new Map<string, CachedSummary>();
  private run = 0;
  /** Documents whose detections stay cached while indexing (the open ones). */
  private keep = new Set<string>();
  /** How many summaries came from the persisted index, and how many were detected, since the last clear(). */
  readonly stats = { reused: 0, detected: 0 };

  constructor(private readonly corpus: Corpus) {}

  get(document: string): DocumentSummary | undefined {
    return this.summaries.get(document)?.summary;
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
    const summary = summarise(document, keepDetections ? this.corpus.entities(document) : this.corpus.detectOnce(document));
    this.summaries.set(document, { key: contentKey(state.text), summary });
    this.stats.detected++;
    return summary;
  }

  /** Takes the persisted summary when the text is unchanged, else detects. */
  private index(document: string): boolean {
    const text = this.corpus.get(document)?.text;
    if (text === undefined) return false;
    const candidate = this.candidates.get(document);
    if (candidate && candidate.key === contentKey(text)) {
      this.summaries.set(document, candidate);
      this.stats.reused++;
      return true;
    }
    return this.refresh(document, this.keep.has(document)) !== undefined;
  }

  forget(document: string): void {
    this.summaries.delete(document);
  }

  /** Drops everything (a new detector): the next build starts over. */
  clear(): void {
    this.summaries.clear();
    this.candidates = new Map();
    this.stats.reused = this.stats.detected = 0;
    this.run++;
  }

  /**
   * Indexes every document not yet indexed, `first` before the rest. A newer build or clear() ends an older one.
   * Resolves with how many documents it indexed.
   */
  async build(first: readonly string[], progress: IndexProgress, onBatch: (documents: string[]) => void): Promise<number> {
    const run = ++this.run;
    this.keep = new Set(first);
    const order = [...new Set([...first, ...this.corpus.documents().map((d) => d.path)])].filter((p) => !this.summaries.has(p));
    let batch: string[] = [];
    let lastYield = Date.now();
    for (let i = 0; i < order.length; i++) {
      if (progress.cancelled || run !== this.run) break;
      if (!this.summaries.has(order[i]!) && this.index(order[i]!)) batch.push(order[i]!);
      // Yield every ~20 ms so that requests (a hover, the open article's highlights) are served between documents.
      if (Date.now() - lastYield > 20) {
        progress.report(i + 1, order.length);
        onBatch(batch);
        batch = [];
        await new Promise((r) => setTimeout(r, 0)); // setTimeout, not setImmediate: the browser build runs in a Web Worker.
        lastYield = Date.now();
      }
    }
    onBatch(batch);
    progress.report(order.length, order.length);
    return order.length;
  }

  /** Every mention of a canonical actor across the indexed corpus. */
  mentionsOf(canonical: string): Mention[] {
    const out: Mention[] = [];
    for (const { summary } of this.summaries.values()) out.push(...(summary.mentions.get(canonical) ?? []));
    return out;
  }

  /** Every canonical actor with its mentions (for workspace symbols). */
  actors(): Map<string, Mention[]> {
    const out = new Map<string, Mention[]>();
    for (const { summary } of this.summaries.values()) {
      for (const [name, ms] of summary.mentions) {
        const list = out.get(name);
        if (list) list.push(...ms);
        else out.set(name, [...ms]);
      }
    }
    return out;
  }
}
