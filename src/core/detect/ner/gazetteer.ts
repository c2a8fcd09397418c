// Registry hints as model features: which tokens of a sentence the shipped registry recognises, and as what.
import type { RegistryMatcher } from '../actors/matcher';
import { buildRegistry, matcherOf } from '../actors/index';

/** Hints per token; undefined when there are none in the sentence. */
export type Gazetteer = (tokens: readonly string[]) => (string | undefined)[] | undefined;

/** 'state', 'person', … for tokens a registry mention covers whole ('B-'/'I-' by position); '-part' for a partial cover ("EU-Staaten"). */
export function registryGazetteer(matcher: RegistryMatcher = matcherOf(buildRegistry())): Gazetteer {
  return (tokens) => {
    const starts: number[] = [];
    let text = '';
    for (const t of tokens) {
      starts.push(text.length);
      text += `${t} `;
    }
    const out = new Array<string | undefined>(tokens.length).fill(undefined);
    let k = 0;
    for (const m of matcher.match(text).mentions) {
      while (k < tokens.length && starts[k] + tokens[k].length <= m.start) k++;
      for (let i = k; i < tokens.length && starts[i] < m.end; i++) {
        const whole = starts[i] >= m.start && starts[i] + tokens[i].length <= m.end;
        out[i] = whole ? `${starts[i] === m.start ? 'B' : 'I'}-${m.type}` : `${m.type}-part`;
      }
    }
    return out;
  };
}

/** A registry mention as the hints need it. */
export interface TypedSpan {
  start: number;
  end: number;
  type: string;
}

/** The registry's mentions over a whole text (inference: one matcher pass per document, not per sentence). */
export function registryMentions(matcher: RegistryMatcher = matcherOf(buildRegistry())): (text: string) => TypedSpan[] {
  return (text) => matcher.match(text).mentions;
}

/** 'B-type', 'I-type', 'type-part' by type, made once each. */
const typeHints = new Map<string, readonly [string, string, string]>();
function typeHint(type: string, k: 0 | 1 | 2): string {
  let h = typeHints.get(type);
  if (h === undefined) typeHints.set(type, (h = [`B-${type}`, `I-${type}`, `${type}-part`]));
  return h[k];
}

/**
 * The same hints as registryGazetteer, from mentions over the text: for tokens first…end-1 (offsets in starts/ends,
 * text order) and mentions sorted by start; `from` is the index of the first mention that may still matter, returned
 * updated for the next sentence. Writes out[0…end-first-1].
 */
export function hintsFromMentions(
  starts: ArrayLike<number>,
  ends: ArrayLike<number>,
  first: number,
  end: number,
  mentions: readonly TypedSpan[],
  from: number,
  out: (string | undefined)[],
): number {
  let k = from;
  out.length = end - first;
  for (let i = first; i < end; i++) {
    const ts = starts[i];
    const te = ends[i];
    while (k < mentions.length && mentions[k].end <= ts) k++;
    let hint: string | undefined;
    for (let j = k; j < mentions.length && mentions[j].start < te; j++) {
      const m = mentions[j];
      if (m.end <= ts) continue;
      const whole = ts >= m.start && te <= m.end;
      hint = whole ? typeHint(m.type, ts === m.start ? 0 : 1) : typeHint(m.type, 2);
    }
    out[i - first] = hint;
  }
  return k;
}
