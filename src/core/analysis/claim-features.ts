// A claim as the link suggester sees it: its words, the actors and figures in its passage, who makes it and how.
import type { Figure, Stance } from '../model/entities';
import { termsOf, type Terms } from './terms';

export interface ClaimInput {
  /** "<document>#<annotation id>" */
  key: string;
  document: string;
  /** The passage (the claim's quote). */
  text: string;
  /** The passage as matched by its words (actor names blanked: they match as actors); default `text`. */
  words?: string;
  /** Canonical names of the actors mentioned in the passage. */
  actors: readonly string[];
  figures: readonly Figure[];
  claimant?: string | null;
  /** What the cue of the attribution the passage lies in says (a denial points to `contradicts`). */
  stance?: Stance | null;
  /** Keys of claims it is linked to (either way) or whose suggestion the analyst rejected: never suggested. */
  excluded?: readonly string[];
}

export interface ClaimFeatures extends ClaimInput {
  terms: Terms;
  /** A denial in the passage itself ("bestritten", "denied"), whatever the attribution says. */
  denies: boolean;
}

const DENIAL = /\b(bestr(eit|itt|itten)|zurückgewiesen|zurückweis|wies\b.*\bzurück|dementi|leugne|deni(es|ed|al)|deny|rejected|refuted|dismissed)/i;

/** `terms`: its words as the suggester reads them (with the corpus's compound parts); by default its words alone. */
export function claimFeatures(input: ClaimInput, terms: Terms = termsOf(input.words ?? input.text)): ClaimFeatures {
  return { ...input, terms, denies: input.stance === 'denies' || DENIAL.test(input.text) };
}
