// What incremental detection keeps of a paragraph: the results that depend on its text alone, and memos of the
// stages that also depend on the rest of the document.
import type { ActorMention, Entity, Figure } from '../model/entities';
import { usesEvidence } from './actors/context';
import { evidenceOf, type FoundForms, type RegistryMatch } from './actors/matcher';
import type { CorpusDetector } from './create';
import { mergeEntities } from './detector';
import { detectFigures } from './figures/index';
import type { Lang } from './figures/numbers';
import type { Block } from './paragraphs';

/** A paragraph's results, in offsets relative to its start. */
export interface Paragraph {
  readonly text: string;
  readonly figures: Figure[];
  /** Registry forms, when some need the document's evidence to pick their actor (usesEvidence). */
  readonly found: FoundForms | undefined;
  /** The registry's mentions, when no form needs evidence from elsewhere. */
  readonly ownMatch: RegistryMatch | undefined;
  /** The evidence here (evidenceOf) in text order, and its actor ids joined: all that other paragraphs see of it. */
  readonly evidence: readonly { id: string; at: number }[];
  readonly evidenceIds: string;
  /** The last resolution of `found`, for the document's evidence (IncrementalDetector's version, how much comes before). */
  resolved?: { version: number; before: number; match: RegistryMatch; mentionsKey: string };
  /** The last actor stage. */
  actors?: ActorStage;
  /** The call that last used the paragraph. */
  used: number;
}

/**
 * The actor stage for registry mentions `key`: suggestions before clustering, the paragraph's entities as
 * mergeEntities leaves them, and the suggestions' types and names, which is all that clustering looks at.
 */
export interface ActorStage {
  readonly key: string;
  readonly suggestions: ActorMention[];
  readonly merged: Entity[];
  readonly clusterKey: string;
}

/**
 * The text-only stage: figures (in the document's language) and registry forms. A paragraph that does not open the
 * document follows a line break, which some figure rules look at ("Juni 2019" at a line's start is no date).
 */
export function scanParagraph(text: string, detector: CorpusDetector, lang: Lang, opensDocument: boolean): Paragraph {
  const matcher = detector.actors.matcher;
  const found = matcher.find(text);
  const evidence = [...evidenceOf(found)].flatMap(([id, ats]) => ats.map((at) => ({ id, at }))).sort((a, b) => a.at - b.at);
  const dependent = found.raw.some((m) => usesEvidence(m.entries));
  return {
    text,
    figures: opensDocument ? detectFigures(text, { lang }) : detectFigures(`\n${text}`, { lang }).map((f) => ({ ...f, start: f.start - 1, end: f.end - 1 })),
    found: dependent ? found : undefined,
    ownMatch: dependent ? undefined : matcher.resolve(found, new Map()),
    evidence,
    evidenceIds: evidence.map((e) => `${e.id}\u0000`).join(''),
    used: 0,
  };
}

/** The actor stage of a paragraph once its registry mentions are known: the model, then the merge with figures. */
export function detectActors(p: Paragraph, detector: CorpusDetector, match: RegistryMatch, key: string): void {
  const { mentions, suggestions } = detector.actors.detectMatched(p.text, match);
  const actors = suggestions.length ? [...mentions, ...suggestions].sort((a, b) => a.start - b.start) : mentions;
  const merged = mergeEntities(p.figures, actors);
  p.actors = { key, suggestions, merged, clusterKey: suggestions.map((m) => `${m.type}|${m.canonical}\u0000`).join('') };
}

/** Every paragraph's evidence at its offset in the document. */
export function documentEvidence(placed: readonly Paragraph[], blocks: readonly Block[]): Map<string, number[]> {
  const out = new Map<string, number[]>();
  placed.forEach((p, i) => {
    for (const { id, at } of p.evidence) {
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
export function ownCopy(s: string): string {
  return s.length < 16 ? s : (JSON.parse(JSON.stringify(s)) as string);
}
