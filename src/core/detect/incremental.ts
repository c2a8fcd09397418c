// Incremental detection: a document is detected paragraph by paragraph, each paragraph cached by its text, and only
// the document-wide passes run over the whole document again. An edit then costs one paragraph's detection.
import type { ActorMention, Entity, Figure } from '../model/entities';
import { clusterSuggestions } from './actors/index';
import { usesEvidence } from './actors/context';
import { evidenceOf, type FoundForms, type RegistryMatch } from './actors/matcher';
import type { CorpusDetector } from './create';
import { mergeEntities, type EntityDetector } from './detector';
import { detectFigures } from './figures/index';
import { guessLanguage, type Lang } from './figures/numbers';
import { paragraphs, type Block } from './paragraphs';

/** What one call found and redid. */
export interface IncrementalResult {
  entities: Entity[];
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

/** A paragraph's text-only results, in offsets relative to its start. */
interface Cached {
  readonly text: string;
  readonly figures: Figure[];
  /** Registry forms whose actor depends on evidence elsewhere in the document (usesEvidence), else undefined. */
  readonly found: FoundForms | undefined;
  /** The registry's mentions when no form needs evidence from elsewhere. */
  readonly ownMatch: RegistryMatch | undefined;
  /** Evidence (evidenceOf) in text order, and its actor ids joined, which is all that other paragraphs see of it. */
  readonly evidence: readonly { id: string; at: number }[];
  readonly evidenceIds: string;
  /** The last resolution of `found`: for the document's evidence sequence `key`. */
  resolved?: { key: string; match: RegistryMatch; mentionsKey: string };
  /** The last actor stage: registry mentions, suggestions before clustering, and the merged entities, for `key`. */
  actors?: { key: string; suggestions: ActorMention[]; merged: Entity[] };
  /** The call that last used the paragraph. */
  used: number;
}

/**
 * detect(text) equals `detector.detect(text)`, except where a figure rule looks at a token across a blank line (the
 * token before "300" in "2019\n\n300 Menschen" or a score word before a number): here each paragraph's figures are
 * detected alone, in the language guessed from the whole text. The cache belongs to one detector: a new registry or
 * model means a new detector and a new IncrementalDetector.
 */
export class IncrementalDetector implements EntityDetector {
  private readonly cache = new Map<string, Cached>();
  private calls = 0;
  private lang: Lang | undefined;
  private langSample = '';
  /** The document's evidence ids in text order, and a version that changes with them. */
  private evidenceSeq = '';
  private evidenceVersion = 0;

  constructor(readonly detector: CorpusDetector) {}

  detect(text: string): Entity[] {
    return this.update(text).entities;
  }

  update(text: string): IncrementalResult {
    const call = ++this.calls;
    this.useLanguage(text);
    const blocks = paragraphs(text);
    const cachedBefore = this.cache.size;
    const placed = blocks.map((b) => this.lookUp(text.slice(b.start, b.end), call));
    const hits = blocks.length - (this.cache.size - cachedBefore);
    const seq = placed.map((c) => c.evidenceIds).join('');
    if (seq !== this.evidenceSeq) {
      this.evidenceSeq = seq;
      this.evidenceVersion++;
    }
    const redetected: Block[] = [];
    let evidence: Map<string, number[]> | undefined;
    let before = 0;
    placed.forEach((c, i) => {
      let match = c.ownMatch;
      let key = '';
      if (match === undefined) {
        // Whom a form names depends on the ids of the document's evidence in order and on how many come before it.
        const resolveKey = `${this.evidenceVersion}|${before}`;
        if (c.resolved?.key !== resolveKey) {
          evidence ??= documentEvidence(placed, blocks);
          const m = this.detector.actors.matcher.resolve(c.found!, evidence, blocks[i].start);
          c.resolved = { key: resolveKey, match: m, mentionsKey: m.mentions.map((x) => `${x.start},${x.end},${x.actorId}`).join(';') };
        }
        match = c.resolved.match;
        key = c.resolved.mentionsKey;
      }
      before += c.evidence.length;
      if (c.actors?.key !== key) {
        const { mentions, suggestions } = this.detector.actors.detectMatched(c.text, match);
        const actors = suggestions.length ? [...mentions, ...suggestions].sort((a, b) => a.start - b.start) : mentions;
        c.actors = { key, suggestions, merged: mergeEntities(c.figures, actors) };
        redetected.push(blocks[i]);
      }
    });
    this.evict(call);
    return { entities: this.assemble(placed, blocks), redetected, paragraphs: blocks.length, hits };
  }

  /** The figure rules depend on the language guessed from the text's start: another language, other figures. */
  private useLanguage(text: string): void {
    const sample = text.slice(0, 20_000);
    if (sample === this.langSample && this.lang !== undefined) return;
    this.langSample = sample;
    const lang = guessLanguage(text);
    if (lang !== this.lang) this.cache.clear();
    this.lang = lang;
  }

  private lookUp(slice: string, call: number): Cached {
    let c = this.cache.get(slice);
    if (c === undefined) {
      c = this.scan(ownCopy(slice));
      this.cache.set(c.text, c);
    }
    c.used = call;
    return c;
  }

  /** The text-only stage of a new paragraph: figures and registry forms. */
  private scan(text: string): Cached {
    const figures = detectFigures(text, { lang: this.lang });
    const matcher = this.detector.actors.matcher;
    const found = matcher.find(text);
    const evidence = [...evidenceOf(found)].flatMap(([id, ats]) => ats.map((at) => ({ id, at }))).sort((a, b) => a.at - b.at);
    const dependent = found.raw.some((m) => usesEvidence(m.entries));
    return {
      text,
      figures,
      found: dependent ? found : undefined,
      ownMatch: dependent ? undefined : matcher.resolve(found, new Map()),
      evidence,
      evidenceIds: evidence.map((e) => `${e.id}\u0000`).join(''),
      used: 0,
    };
  }

  /** Entities at their offsets in the text, model suggestions clustered over the whole document. */
  private assemble(placed: readonly Cached[], blocks: readonly Block[]): Entity[] {
    const suggestions: ActorMention[] = [];
    placed.forEach((c, i) => {
      const at = blocks[i].start;
      for (const s of c.actors!.suggestions) suggestions.push({ ...s, start: s.start + at, end: s.end + at });
    });
    clusterSuggestions(suggestions);
    const out: Entity[] = [];
    let k = 0;
    placed.forEach((c, i) => {
      const at = blocks[i].start;
      const own = c.actors!.suggestions;
      let j = 0;
      for (const e of c.actors!.merged) {
        if (j < own.length && e.kind === 'actor' && e.source === 'model') {
          // The merged suggestions are a subsequence of the paragraph's suggestions, both in text order.
          while (own[j] !== e) j++;
          out.push(suggestions[k + j]);
        } else out.push({ ...e, start: e.start + at, end: e.end + at });
      }
      k += own.length;
    });
    return out;
  }

  /** Keeps the paragraphs of the latest text only: the cache stays as large as the document. */
  private evict(call: number): void {
    if (this.cache.size === 0) return;
    for (const [key, c] of this.cache) if (c.used !== call) this.cache.delete(key);
  }
}

/** Every paragraph's evidence at its offset in the document. */
function documentEvidence(placed: readonly Cached[], blocks: readonly Block[]): Map<string, number[]> {
  const out = new Map<string, number[]>();
  placed.forEach((c, i) => {
    for (const { id, at } of c.evidence) {
      const list = out.get(id);
      if (list) list.push(at + blocks[i].start);
      else out.set(id, [at + blocks[i].start]);
    }
  });
  return out;
}

/**
 * A copy of a string that does not share the document's storage: V8 makes a slice a view of the whole text, so a
 * cached paragraph would keep every version of a 1 MB document alive.
 */
function ownCopy(s: string): string {
  return s.length < 16 ? s : (JSON.parse(JSON.stringify(s)) as string);
}
