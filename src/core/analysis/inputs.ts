// From a document's text, detections and sidecar to what the cross-source analysis compares: its claims (with
// the actors, figures and attribution of their passages) and its figures (with their sentences).
import { claimAttribution } from '../attribution-view';
import type { Sidecar } from '../model/annotation';
import type { Cue, Entity, Figure } from '../model/entities';
import { resolveLinkTarget } from '../model/links';
import type { ClaimInput } from './claim-features';
import { statesByAdjective } from './demonyms';
import type { FigureInput } from './figure-groups';

export interface AnalysedDocument {
  /** The path keys are made of (relative to the export root in the CLI, absolute in the server). */
  path: string;
  text: string;
  sidecar: Sidecar;
  /** Detections of the text with its boilerplate blanked. */
  entities: readonly Entity[];
  cues: readonly Cue[];
}

export const claimKey = (document: string, id: string): string => `${document}#${id}`;

/** The anchored claims of a document. */
export function claimInputsOf(d: AnalysedDocument): ClaimInput[] {
  return d.sidecar.annotations.filter((a) => a.anchor === 'anchored').map((a) => {
    const { start, end } = a.target.selector[1];
    const inside = d.entities.filter((e) => e.start < end && start < e.end);
    const cited = claimAttribution(d.cues, start, end);
    const excluded = [...a.links.map((l) => resolveLinkTarget(d.path, l.target)).map((t) => claimKey(t.document, t.id)), ...(a.dismissed ?? []).map((t) => {
      const r = resolveLinkTarget(d.path, t);
      return claimKey(r.document, r.id);
    })];
    const text = d.text.slice(start, end);
    // Actor names match as actors, not again as words.
    let words = text;
    for (const e of inside) if (e.kind === 'actor' && e.start >= start && e.end <= end) words = words.slice(0, e.start - start) + ' '.repeat(e.end - e.start) + words.slice(e.end - start);
    return {
      key: claimKey(d.path, a.id),
      document: d.path,
      text,
      words,
      actors: [...inside.flatMap((e) => (e.kind === 'actor' ? [e.canonical] : [])), ...statesByAdjective(text)],
      figures: inside.filter((e): e is Figure => e.kind === 'figure'),
      claimant: a.body.claimant ?? cited?.source ?? null,
      stance: cited?.stance ?? null,
      excluded,
    };
  });
}

/** The document's figures, each with its sentence and the actors of that sentence. */
export function figureInputsOf(d: Pick<AnalysedDocument, 'path' | 'text' | 'entities'>): FigureInput[] {
  const out: FigureInput[] = [];
  for (const e of d.entities) {
    if (e.kind !== 'figure') continue;
    const [start, end] = sentenceAround(d.text, e.start, e.end);
    const actors = d.entities.filter((x) => x.kind === 'actor' && x.start >= start && x.end <= end).map((x) => (x.kind === 'actor' ? x.canonical : ''));
    out.push({ document: d.path, figure: e, context: d.text.slice(start, end), sentence: [start, end], actors });
  }
  return out;
}

/** Where the sentences of a text are (over 20 characters, trimmed): passages that may state a claim. */
export function sentenceSpans(text: string): Array<[start: number, end: number]> {
  const out: Array<[number, number]> = [];
  const boundary = /(?<=[.!?“"»])\s+(?=[\p{Lu}„"»(])|\n\s*\n/gu;
  let from = 0;
  const push = (end: number): void => {
    const piece = text.slice(from, end);
    const start = from + (piece.length - piece.trimStart().length);
    const stop = end - (piece.length - piece.trimEnd().length);
    if (stop - start > 20) out.push([start, stop]);
  };
  for (const m of text.matchAll(boundary)) {
    push(m.index);
    from = m.index + m[0].length;
  }
  push(text.length);
  return out;
}

/** The sentences of a text, as passages (for word rarity). */
export function sentencesOf(text: string): string[] {
  return text.split(/(?<=[.!?“"»])\s+(?=[\p{Lu}„"»(])|\n\s*\n/u).map((s) => s.trim()).filter((s) => s.length > 20);
}

function sentenceAround(text: string, start: number, end: number): [number, number] {
  let s = start;
  while (s > 0 && !/[.!?\n]/.test(text[s - 1]!)) s--;
  let e = end;
  while (e < text.length && !/[.!?\n]/.test(text[e]!)) e++;
  return [s, Math.min(text.length, e + 1)];
}
