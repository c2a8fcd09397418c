// Attribution and hedging of a whole text: paragraph by paragraph (as incremental detection caches them), then the
// document-wide pass.
import type { ActorMention, Cue, Entity } from '../../model/entities';
import { paragraphs } from '../paragraphs';
import { attributeParagraph, type MentionSpan } from './paragraph';
import { resolveCues, type PlacedCues } from './resolve';

/** The actor mentions among a paragraph's entities, relative to `at`, as the paragraph stage reads them. */
export function mentionSpans(entities: readonly Entity[], at: number, from = 0, to = entities.length): MentionSpan[] {
  const out: MentionSpan[] = [];
  for (let i = from; i < to; i++) {
    const e = entities[i];
    if (e.kind === 'actor') out.push({ start: e.start - at, end: e.end - at, person: e.type === 'person', organisation: (e as ActorMention).type === 'organisation' });
  }
  return out;
}

export function attribute(text: string, entities: readonly Entity[]): Cue[] {
  const placed: PlacedCues[] = [];
  let e = 0;
  for (const block of paragraphs(text)) {
    while (e < entities.length && entities[e].start < block.start) e++;
    let f = e;
    while (f < entities.length && entities[f].end <= block.end) f++;
    placed.push({ at: block.start, ...attributeParagraph(text.slice(block.start, block.end), mentionSpans(entities, block.start, e, f)) });
    e = f;
  }
  return resolveCues(text, placed, entities).cues;
}
