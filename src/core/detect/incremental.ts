// Incremental detection: a document is detected paragraph by paragraph, each paragraph cached by its text, and only
// the document-wide passes run over the whole document again. An edit then costs one paragraph's detection.
import type { ActorMention, Cue, Entity } from '../model/entities';
import { mentionSpans } from './attribution/index';
import { attributeParagraph, type ParagraphCues } from './attribution/paragraph';
import { resolveCues, type MovedParagraphs, type ResolvedCues } from './attribution/resolve';
import { ClusterNames } from './cluster-names';
import type { CorpusDetector } from './create';
import type { EntityDetector } from './detector';
import { guessLanguage, type Lang } from './figures/numbers';
import { detectActors, documentEvidence, ownCopy, scanParagraph, type ActorStage, type Paragraph } from './paragraph-cache';
import { moveEntities } from './moving';
import { commonPrefix, commonSuffix, resplit, type Block, type Resplit } from './paragraphs';

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
  private clusters = new ClusterNames();
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
    const last = this.last;
    const prefix = commonPrefix(last.text, text);
    const suffix = commonSuffix(last.text, text, Math.min(last.text.length, text.length) - prefix);
    const split = resplit(last.text, last.blocks, text, prefix, suffix);
    const { blocks } = split;
    const cachedBefore = this.cache.size + this.openers.size;
    const placed = this.place(text, split, prefix, suffix, call);
    const hits = blocks.length - (this.cache.size + this.openers.size - cachedBefore);
    // Paragraphs shared at both ends are the same entries; whatever the document passes see changed in between.
    const head = sharedHead(last.placed, placed);
    const tail = sharedTail(last.placed, placed, head);
    const between = <T>(xs: readonly T[]): T[] => xs.slice(head, xs.length - tail);
    const sameEvidence = join(between(last.placed), (p) => p.evidenceIds) === join(between(placed), (p) => p.evidenceIds);
    if (!sameEvidence) this.evidenceVersion++;
    const { actors, redetected } = this.detectActors(placed, blocks, sameEvidence ? head : 0, sameEvidence ? tail : 0);
    const clusterKeys = actors.map((a) => a.clusterKey);
    // Without new evidence no paragraph at the ends ran its actor stage again, so their keys stand.
    const sameClusters = sameEvidence ? between(last.clusterKeys).join('') === between(clusterKeys).join('') : last.clusterKeys.join('') === clusterKeys.join('');
    const lastCanonicals = this.clusters.names;
    if (!sameClusters) this.cluster(actors, sameEvidence ? head : -1, tail);
    this.evict(call);
    // The entities of paragraphs before the edit are the last call's, where nothing about them changed.
    let kept = 0;
    for (let k = 0; kept < head && blocks[kept].start === last.blocks[kept].start && actors[kept] === last.actors[kept]; kept++) {
      const n = actors[kept].suggestions.length;
      if (!sameClusters && this.clusters.names.slice(k, k + n).some((c, j) => c !== lastCanonicals[k + j])) break;
      k += n;
    }
    const moved = this.movedTail(actors, blocks, kept, text.length - last.text.length, sameClusters ? undefined : lastCanonicals);
    const { entities, counts } = this.assemble(actors, blocks, kept, moved);
    this.last = { text, blocks, placed, actors, clusterKeys, entities, counts };
    // Cues of the paragraphs whose entities were kept stay too: a source's actor and a quotation's speaker come from before.
    const placedCues = { length: actors.length, offset: (i: number) => blocks[i].start, cues: (i: number) => this.paragraphCues(placed[i].text, actors[i]), text: (i: number) => placed[i].text };
    this.lastCues = resolveCues(text, placedCues, entities, last === NONE ? undefined : this.lastCues, kept, moved);
    this.cuesText = text;
    return { entities, cues: this.lastCues.cues, redetected, paragraphs: blocks.length, hits };
  }

  /**
   * The paragraphs at the end whose entities are the last call's moved by `delta`: the same actor stage, `delta`
   * further on, and (when clustering ran again, `lastCanonicals` given) the same names for their suggestions.
   */
  private movedTail(actors: readonly ActorStage[], blocks: readonly Block[], kept: number, delta: number, lastCanonicals?: readonly string[]): MovedParagraphs | undefined {
    const last = this.last;
    const shift = last.actors.length - actors.length;
    let from = actors.length;
    for (let k = this.clusters.names.length, l = lastCanonicals?.length ?? 0; from > kept && from + shift > 0; from--) {
      const i = from - 1;
      if (actors[i] !== last.actors[i + shift] || blocks[i].start !== last.blocks[i + shift].start + delta) break;
      const n = actors[i].suggestions.length;
      if (lastCanonicals) {
        for (let m = 1; m <= n; m++) if (this.clusters.names[k - m] !== lastCanonicals[l - m]) return moveFrom(from, delta, last.blocks[from + shift]);
        k -= n;
        l -= n;
      }
    }
    return moveFrom(from, delta, last.blocks[from + shift]);
  }

  /**
   * Clusters the suggestions again; when only the stages between the first `head` and the last `tail` changed (`head`
   * -1: any may have), from the last call's names.
   */
  private cluster(actors: readonly ActorStage[], head: number, tail: number): void {
    const all = (): ActorMention[] => actors.flatMap((a) => a.suggestions);
    if (head < 0) {
      this.clusters.all(all());
      return;
    }
    const last = this.last.actors;
    let before = 0;
    for (let i = 0; i < head; i++) before += actors[i].suggestions.length;
    const changed = (stages: readonly ActorStage[]): ActorMention[] => stages.slice(head, stages.length - tail).flatMap((a) => a.suggestions);
    this.clusters.replace(before, changed(last), changed(actors), all);
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
    this.clusters = new ClusterNames();
    return true;
  }

  /**
   * The cached paragraph of each block: the last call's at the ends that resplit kept or moved; in between, where the
   * last call had a block at the same place in the text shared at the start or end, found without hashing its text.
   */
  private place(text: string, { blocks, kept, moved }: Resplit, prefix: number, suffix: number, call: number): Paragraph[] {
    const last = this.last;
    const delta = text.length - last.text.length;
    const shift = last.blocks.length - blocks.length;
    let j = kept;
    return blocks.map((b, i) => {
      let p: Paragraph | undefined;
      if (i < kept) p = last.placed[i];
      else if (i >= blocks.length - moved) {
        // Moved to the start or away from it, a paragraph is detected as the opener or not (scanParagraph).
        if ((last.blocks[i + shift].start === 0) === (b.start === 0)) p = last.placed[i + shift];
      } else {
        const by = b.end <= prefix ? 0 : b.start >= text.length - suffix ? delta : undefined;
        if (by !== undefined) {
          while (j < last.blocks.length && last.blocks[j].start < b.start - by) j++;
          const old = last.blocks[j];
          if (old && old.start === b.start - by && old.end === b.end - by && (old.start === 0) === (b.start === 0)) p = last.placed[j];
        }
      }
      if (p === undefined) return this.lookUp(text.slice(b.start, b.end), call, b.start === 0);
      p.used = call;
      return p;
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
   * The first `head` and last `tail` blocks, whose evidence before them is as in the last call, keep their stages.
   */
  private detectActors(placed: readonly Paragraph[], blocks: readonly Block[], head: number, tail: number): { actors: ActorStage[]; redetected: Block[] } {
    const last = this.last;
    const actors = last.actors.slice(0, head);
    const redetected: Block[] = [];
    let evidence: Map<string, number[]> | undefined;
    let before = 0;
    for (let i = 0; i < head; i++) before += placed[i].evidence.length;
    for (let i = head; i < placed.length - tail; i++) {
      const p = placed[i];
      let match = p.ownMatch;
      let key = '';
      if (match === undefined) {
        // Whom a form names depends only on the ids of the document's evidence in order and on how many come before it.
        if (p.resolved?.version !== this.evidenceVersion || p.resolved.before !== before) {
          evidence ??= documentEvidence(placed, blocks);
          const m = this.detector.actors.matcher.resolve(p.found!, evidence, blocks[i].start);
          p.resolved = { version: this.evidenceVersion, before, match: m, mentionsKey: m.mentions.map((x) => `${x.start},${x.end},${x.actorId}`).join(';') };
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
    }
    for (let i = last.actors.length - tail; i < last.actors.length; i++) actors.push(last.actors[i]);
    return { actors, redetected };
  }

  /**
   * Entities at their offsets in the text, with the clustered names of model suggestions: the first `kept`
   * paragraphs' from the last call, those that `moved` names the last call's moved.
   */
  private assemble(actors: readonly ActorStage[], blocks: readonly Block[], kept: number, moved: MovedParagraphs | undefined): { entities: Entity[]; counts: number[] } {
    const last = this.last;
    const counts = last.counts.slice(0, kept);
    const out = last.entities.slice(0, kept ? counts[kept - 1] : 0);
    const end = moved ? moved.from : actors.length;
    const names = this.clusters.names;
    let k = 0;
    for (let i = 0; i < end; i++) {
      const { suggestions: own, merged } = actors[i];
      if (i >= kept) {
        const at = blocks[i].start;
        let j = 0;
        for (const e of merged) {
          if (j < own.length && e.kind === 'actor' && e.source === 'model') {
            // The merged suggestions are a subsequence of the paragraph's suggestions, both in text order.
            while (own[j] !== e) j++;
            out.push(movedBy(e, at, names[k + j]));
          } else out.push(movedBy(e, at));
        }
        counts.push(out.length);
      }
      k += own.length;
    }
    if (moved) {
      const shift = last.actors.length - actors.length;
      const first = moved.from + shift ? last.counts[moved.from + shift - 1] : 0;
      const added = out.length - first;
      moveEntities(last.entities, first, moved.delta, out);
      for (let i = moved.from + shift; i < last.counts.length; i++) counts.push(last.counts[i] + added);
    }
    return { entities: out, counts };
  }

  /**
   * Keeps the paragraphs of the latest text only, so that the cache stays as large as the document. Before this.last
   * is replaced: the cache holds its paragraphs and the ones this call added, so only its own need looking at.
   */
  private evict(call: number): void {
    for (const p of this.last.placed) {
      if (p.used === call) continue;
      if (this.cache.get(p.text) === p) this.cache.delete(p.text);
      else if (this.openers.get(p.text) === p) this.openers.delete(p.text);
    }
  }
}

/** The paragraphs from `from` on, when there are any, moved by `delta` from `oldStart`. */
function moveFrom(from: number, delta: number, old: Block | undefined): MovedParagraphs | undefined {
  return old ? { from, delta, oldStart: old.start } : undefined;
}

/**
 * An entity `at` further on (a suggestion with its clustered name). Spelled out field by field: twice as fast as a spread, which matters for the entities
 * after an edit in a long document (the tests compare every field with full detection).
 */
function movedBy(e: Entity, at: number, clustered?: string): Entity {
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
