// Word lists as model features: what a word is *outside* the training data. German capitalises every noun, so the
// hard question for unseen words is "name or common noun?"; a noun lexicon answers it, and lists of first names,
// surnames and places say which kind of name. The lists ship inside the model file (model-file.ts); their sources
// are npm packages read at training time only (scripts/word-list-sources.ts, attribution in NOTICE).
import type { WordHinter } from './features';

/** Every list but `frequent` is sorted by code units (as Array.prototype.sort leaves it). */
export interface WordLists {
  /** Lower-cased first names. */
  first: readonly string[];
  /** Lower-cased surnames. */
  last: readonly string[];
  /** Lower-cased one-word place names. */
  places: readonly string[];
  /** German common nouns in all their inflected forms, case as written ("Regierung", "Regierungen"). */
  nouns: readonly string[];
  /** Lower-cased words of German Wikipedia, most frequent first. */
  frequent: readonly string[];
}

export const WORD_LIST_NAMES = ['first', 'last', 'places', 'nouns', 'frequent'] as const satisfies readonly (keyof WordLists)[];

/** Membership in a list sorted by code units (as Array.prototype.sort leaves it), by binary search. */
function sortedSet(sorted: readonly string[]): { has(w: string): boolean } {
  return {
    has(w) {
      let lo = 0;
      let hi = sorted.length;
      while (lo < hi) {
        const mid = (lo + hi) >>> 1;
        if (sorted[mid] < w) lo = mid + 1;
        else hi = mid;
      }
      return lo < sorted.length && sorted[lo] === w;
    },
  };
}

/** Shortest tail of a compound that is looked up as a noun ("Bundesjustiz|ministerium"). */
const MIN_NOUN_TAIL = 4;
const FREQUENCY_BANDS = [1000, 5000, 20000] as const;

/**
 * Per word: [list class, frequency band]. The class joins what the lists say: 'fn' first name, 'ln' surname, 'pl'
 * place ('lns'/'pls' for a genitive -s form), then 'nn' a known noun form or 'nnc' a compound ending in one.
 */
export function wordListClasses(lists: WordLists): (word: string) => [string | undefined, string] {
  // Sorted lists searched in place: building sets of the 300,000 entries would cost more than the model load.
  const first = sortedSet(lists.first), last = sortedSet(lists.last), places = sortedSet(lists.places), nouns = sortedSet(lists.nouns);
  let rank: Map<string, number> | undefined;
  const rankOf = (w: string): number | undefined => (rank ??= new Map(lists.frequent.map((x, i) => [x, i]))).get(w);
  return (w) => {
    const lw = w.toLowerCase();
    // Genitive of a name ("Erfurts", "Müllers"), unless the form itself is listed.
    const stem = lw.length > 3 && lw.endsWith('s') && !places.has(lw) && !last.has(lw) ? lw.slice(0, -1) : lw;
    const parts: string[] = [];
    if (first.has(lw)) parts.push('fn');
    if (last.has(stem)) parts.push(stem === lw ? 'ln' : 'lns');
    if (places.has(stem)) parts.push(stem === lw ? 'pl' : 'pls');
    if (nouns.has(w)) parts.push('nn');
    else if (/^\p{Lu}/u.test(w)) {
      for (let i = 2; i <= w.length - MIN_NOUN_TAIL; i++) {
        if (nouns.has(w[i].toUpperCase() + w.slice(i + 1))) {
          parts.push('nnc');
          break;
        }
      }
    }
    const r = rankOf(lw);
    const band = r === undefined ? 'f-' : `f${FREQUENCY_BANDS.findIndex((b) => r < b) + 1 || FREQUENCY_BANDS.length + 1}`;
    return [parts.length ? parts.join('+') : undefined, band];
  };
}

/** The word hints extended with the word-list classes (hint positions 4 and 5, see features.ts). */
export function withWordLists(words: WordHinter | undefined, lists: WordLists): WordHinter {
  const classes = wordListClasses(lists);
  return (w) => {
    const base = words ? words(w) : [];
    const [cls, band] = classes(w);
    return [base[0], base[1], base[2], base[3], cls, band];
  };
}
