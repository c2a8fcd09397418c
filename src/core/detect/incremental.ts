// Incremental detection: a document is detected paragraph by paragraph, each paragraph cached by its text, and only
// the document-wide passes run over the whole document again. An edit then costs one paragraph's detection.
import type { Cue, Entity } from '../model/entities';
import { clusterSuggestions } from './actors/index';
import { mentionSpans } from './attribution/index';
import { attributeParagraph, type ParagraphCues } from './attribution/paragraph';
import { resolveCues, type ResolvedCues } from './attribution/resolve';
import type { CorpusDetector } from './create';
import type { EntityDetector } from './detector';
import { guessLanguage, type Lang } from './figures/numbers';
import { detectActors, documentEvidence, ownCopy, scanParagraph, type ActorStage, type Paragraph } from './paragraph-cache';
import { commonPrefix, commonSuffix, paragraphs, type Block } from './paragraphs';

/** What one call found and redid. */
export interface IncrementalResult {
  entities: Entity[];
  /** Attributions and hedges, as `detector.attribute(text, entities)` finds them: per paragraph from the cache, then the document-wide pass. */
  cues: Cue[];
  /**
   * Ranges of the text whose paragraphs were detected afresh (new text, or registry mentions that the document's
   * evidence resolved differently), in order. Elsewhere entities only moved, except that a model suggestion's
   * canonical name may change anywhere: clustering is document-wide.
   */
  redetected: Block[];
  paragraphs: number;
  /** Paragraphs whose text was in the cache. */
  hits: number;
}

/** The last call: its text, paragraphs, their actor stages and clustering keys, and what it returned. */
interface Last {
  text: string;
  blocks: readonly Block[];
  placed: readonly Paragraph[];
  actors: readonly ActorStage[];
  clusterKeys: readonly string[];
  entities: readonly Entity[];
  /** How many entities the paragraphs up to each one hold. */
  counts: readonly number[];
}

const NONE: Last = { text: '', blocks: [], placed: [], actors: [], clusterKeys: [], entities: [], counts: [] };

/**
 * detect(text) equals `detector.detect(text)`, except where a figure rule reads a token in the paragraph before or after
 * (the number before "300" in "2019\n\n300 000 Menschen", an English score word up to four tokens before a number):
 * here each paragraph's figures are detected alone, after a line break, in the language guessed from the whole text. The cache belongs to one detector: a new
 * registry or model means a new detector and a new IncrementalDetector. Entities before an edit are the objects the
 * last call returned (copying a 1 MB document's would cost more than the edit): treat them as read-only.
 */
export class IncrementalDetector implements EntityDetector {
  private readonly cache = new Map<string, Paragraph>();
  /** The paragraph that opens the document has figures of its own (scanParagraph), so it is cached apart. */
  private readonly openers = new Map<string, Paragraph>();
  private calls = 0;
  private lang: Lang = 'de';
  private langSample: string | undefined;
  private last = NONE;
  /** The text lastCues are of. */
  private cuesText: string | undefined;
  /** Changes whenever the actor ids of the document's evidence, in order, change. */
  private evidenceVersion = 0;
  /** The canonical names of all model suggestions after clustering, in document order. */
  private canonicals: string[] = [];
  /** A paragraph's cues, for the actor stage they were read with (its mentions delimit sources). */
  private readonly cueCache = new WeakMap<ActorStage, ParagraphCues>();
  /** The last call's resolved cues: the paragraphs before an edit keep theirs. */
  private lastCues: ResolvedCues | undefined;

  constructor(readonly detector: CorpusDetector) {}

  detect(text: string): Entity[] {
    return this.update(text).entities;
  }

  /** The cues of the last update() when it was of this text (the usual case: right after detect()), else of a new one. */
  attribute(text: string): Cue[] {
    return this.lastCues && this.cuesText === text ? this.lastCues.cues : this.update(text).cues;
  }

  update(text: string): IncrementalResult {
    const call = ++this.calls;
    if (this.useLanguage(text)) this.last = NONE;
    const blocks = paragraphs(text);
    const cachedBefore = this.cache.size + this.openers.size;
    const placed = this.place(text, blocks, call);
    const hits = blocks.length - (this.cache.size + this.openers.size - cachedBefore);
    // Paragraphs shared at both ends are the same entries; whatever the document passes see changed in between.
    const last = this.last;
    const head = sharedHead(last.placed, placed);
    const tail = sharedTail(last.placed, placed, head);
    const between = <T>(xs: readonly T[]): T[] => xs.slice(head, xs.length - tail);
    const sameEvidence = join(between(last.placed), (p) => p.evidenceIds) === join(between(placed), (p) => p.evidenceIds);
    if (!sameEvidence) this.evidenceVersion++;
    const { actors, redetected } = this.detectActors(placed, blocks);
    const clusterKeys = actors.map((a) => a.clusterKey);
    // Without new evidence no paragraph at the ends ran its actor stage again, so their keys stand.
    const sameClusters = sameEvidence ? between(last.clusterKeys).join('') === between(clusterKeys).join('') : last.clusterKeys.join('') === clusterKeys.join('');
    const lastCanonicals = this.canonicals;
    if (!sameClusters) this.canonicals = clusterSuggestions(actors.flatMap((a) => a.suggestions.map((s) => ({ ...s })))).map((s) => s.canonical);
    this.evict(call);
    // The entities of paragraphs before the edit are the last call's, where nothing about them changed.
    let kept = 0;
    for (let k = 0; kept < head && blocks[kept].start === last.blocks[kept].start && actors[kept] === last.actors[kept]; kept++) {
      const n = actors[kept].suggestions.length;
      if (!sameClusters && this.canonicals.slice(k, k + n).some((c, j) => c !== lastCanonicals[k + j])) break;
      k += n;
    }
    const { entities, counts } = this.assemble(actors, blocks, kept);
    this.last = { text, blocks, placed, actors, clusterKeys, entities, counts };
    // Cues of the paragraphs whose entities were kept stay too: a source's actor and a quotation's speaker come from before.
    const placedCues = { length: actors.length, offset: (i: number) => blocks[i].start, cues: (i: number) => this.paragraphCues(placed[i].text, actors[i]) };
    this.lastCues = resolveCues(text, placedCues, entities, kept ? this.lastCues : undefined, kept);
    this.cuesText = text;
    return { entities, cues: this.lastCues.cues, redetected, paragraphs: blocks.length, hits };
  }

  private paragraphCues(text: string, stage: ActorStage): ParagraphCues {
    let cues = this.cueCache.get(stage);
    if (!cues) {
      cues = attributeParagraph(text, mentionSpans(stage.merged, 0));
      this.cueCache.set(stage, cues);
    }
    return cues;
  }

  /** The figure rules depend on the language guessed from the text's start; another language empties the cache. */
  private useLanguage(text: string): boolean {
    const sample = text.slice(0, 20_000);
    if (sample === this.langSample) return false;
    this.langSample = ownCopy(sample);
    const lang = guessLanguage(text);
    if (lang === this.lang && this.calls > 1) return false;
    this.lang = lang;
    this.cache.clear();
    this.openers.clear();
    return true;
  }

  /**
   * The cached paragraph of each block. Blocks inside the text that the last call shares at the start or end are
   * found by position, without hashing their text (2 ms for a 1 MB document).
   */
  private place(text: string, blocks: readonly Block[], call: number): Paragraph[] {
    const last = this.last;
    const prefix = commonPrefix(last.text, text);
    const suffix = commonSuffix(last.text, text, Math.min(last.text.length, text.length) - prefix);
    const delta = text.length - last.text.length;
    let j = 0;
    return blocks.map((b) => {
      const shift = b.end <= prefix ? 0 : b.start >= text.length - suffix ? delta : undefined;
      if (shift !== undefined) {
        while (j < last.blocks.length && last.blocks[j].start < b.start - shift) j++;
        const old = last.blocks[j];
        if (old && old.start === b.start - shift && old.end === b.end - shift && (old.start === 0) === (b.start === 0)) {
          last.placed[j].used = call;
          return last.placed[j];
        }
      }
      return this.lookUp(text.slice(b.start, b.end), call, b.start === 0);
    });
  }

  private lookUp(slice: string, call: number, opensDocument: boolean): Paragraph {
    const cache = opensDocument ? this.openers : this.cache;
    let p = cache.get(slice);
    if (p === undefined) {
      p = scanParagraph(ownCopy(slice), this.detector, this.lang, opensDocument);
      cache.set(p.text, p);
    }
    p.used = call;
    return p;
  }

  /**
   * Resolves registry forms against the document's evidence and runs the actor stage where its input changed. The
   * result is per block: the same paragraph twice may name different actors ("Clinton" after Hillary, after Bill).
   */
  private detectActors(placed: readonly Paragraph[], blocks: readonly Block[]): { actors: ActorStage[]; redetected: Block[] } {
    const actors: ActorStage[] = [];
    const redetected: Block[] = [];
    let evidence: Map<string, number[]> | undefined;
    let before = 0;
    placed.forEach((p, i) => {
      let match = p.ownMatch;
      let key = '';
      if (match === undefined) {
        // Whom a form names depends only on the ids of the document's evidence in order and on how many come before it.
        const resolveKey = `${this.evidenceVersion}|${before}`;
        if (p.resolved?.key !== resolveKey) {
          evidence ??= documentEvidence(placed, blocks);
          const m = this.detector.actors.matcher.resolve(p.found!, evidence, blocks[i].start);
          p.resolved = { key: resolveKey, match: m, mentionsKey: m.mentions.map((x) => `${x.start},${x.end},${x.actorId}`).join(';') };
        }
        match = p.resolved.match;
        key = p.resolved.mentionsKey;
      }
      before += p.evidence.length;
      if (p.actors?.key !== key) {
        detectActors(p, this.detector, match, key);
        redetected.push(blocks[i]);
      }
      actors.push(p.actors!);
    });
    return { actors, redetected };
  }

  /** Entities at their offsets in the text, with the clustered names of model suggestions; the first `kept` paragraphs' from the last call. */
  private assemble(actors: readonly ActorStage[], blocks: readonly Block[], kept: number): { entities: Entity[]; counts: number[] } {
    const counts = this.last.counts.slice(0, kept);
    const out = this.last.entities.slice(0, kept ? counts[kept - 1] : 0);
    let k = 0;
    for (let i = 0; i < actors.length; i++) {
      const { suggestions: own, merged } = actors[i];
      if (i >= kept) {
        const at = blocks[i].start;
        let j = 0;
        for (const e of merged) {
          if (j < own.length && e.kind === 'actor' && e.source === 'model') {
            // The merged suggestions are a subsequence of the paragraph's suggestions, both in text order.
            while (own[j] !== e) j++;
            out.push(moved(e, at, this.canonicals[k + j]));
          } else out.push(moved(e, at));
        }
        counts.push(out.length);
      }
      k += own.length;
    }
    return { entities: out, counts };
  }

  /** Keeps the paragraphs of the latest text only: the cache stays as large as the document. */
  private evict(call: number): void {
    for (const cache of [this.cache, this.openers]) for (const [key, p] of cache) if (p.used !== call) cache.delete(key);
  }
}

/**
 * An entity `at` further on (a suggestion with its clustered name). Spelled out field by field: twice as fast as a spread, which matters for the entities
 * after an edit in a long document (the tests compare every field with full detection).
 */
function moved(e: Entity, at: number, clustered?: string): Entity {
  const start = e.start + at;
  const end = e.end + at;
  if (e.kind === 'figure') return { kind: 'figure', type: e.type, start, end, text: e.text, value: e.value, unit: e.unit, qualifier: e.qualifier };
  if (e.source === 'registry') return { kind: 'actor', type: e.type, start, end, text: e.text, canonical: e.canonical, source: e.source, actorId: e.actorId };
  return { kind: 'actor', type: e.type, start, end, text: e.text, canonical: clustered ?? e.canonical, source: e.source, confidence: e.confidence };
}

function sharedHead<T>(a: readonly T[], b: readonly T[]): number {
  let n = 0;
  while (n < a.length && n < b.length && a[n] === b[n]) n++;
  return n;
}

/** Equal elements at the ends of a and b, not reaching into the first `head`. */
function sharedTail<T>(a: readonly T[], b: readonly T[], head: number): number {
  let n = 0;
  while (n < a.length - head && n < b.length - head && a[a.length - 1 - n] === b[b.length - 1 - n]) n++;
  return n;
}

const join = (ps: readonly Paragraph[], key: (p: Paragraph) => string): string => ps.map(key).join('');
