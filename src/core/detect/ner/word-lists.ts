// Word lists as model features: what a word is *outside* the training data. German capitalises every noun, so the
// hard question for unseen words is "name or common noun?"; a noun lexicon answers it, and lists of first names,
// surnames and places say which kind of name. The lists ship inside the model file (model-file.ts); their sources
// are npm packages read at training time only (scripts/word-list-sources.ts, attribution in NOTICE).
import type { WordHinter } from './features';
import { FNV_OFFSET } from './features';
import { hashBack, LineTable } from './line-table';

/** Each list as its entries, or as the model file stores it: the entries joined by newlines. */
export interface WordLists {
  /** Lower-cased first names. */
  first: readonly string[] | string;
  /** Lower-cased surnames. */
  last: readonly string[] | string;
  /** Lower-cased one-word place names. */
  places: readonly string[] | string;
  /** German common nouns in all their inflected forms, case as written ("Regierung", "Regierungen"). */
  nouns: readonly string[] | string;
  /** Lower-cased words of German Wikipedia, most frequent first. */
  frequent: readonly string[] | string;
}

export const WORD_LIST_NAMES = ['first', 'last', 'places', 'nouns', 'frequent'] as const satisfies readonly (keyof WordLists)[];

/** A list as the model file stores it. */
export const joinedList = (list: readonly string[] | string): string => (typeof list === 'string' ? list : list.join('\n'));

/** Shortest tail of a compound that is looked up as a noun ("Bundesjustiz|ministerium"). */
const MIN_NOUN_TAIL = 4;
const FREQUENCY_BANDS = [1000, 5000, 20000] as const;
const UPPER_START = /^\p{Lu}/u;

/** The upper case of each code unit as a string (toUpperCase: 'ß' is 'SS'), filled as met. */
const upperOf = new Map<number, string>();
const upper = (w: string, i: number): string => {
  const c = w.charCodeAt(i);
  let u = upperOf.get(c);
  if (u === undefined) upperOf.set(c, (u = w[i].toUpperCase()));
  return u;
};

/**
 * Does the word end in a known noun after at least two letters, the noun's first letter capitalised
 * ("Bundesjustiz|ministerium" → "Ministerium")? The tails are hashed from the word's end in one pass (LineTable keys
 * hash back to front), so each split costs one probe, not a hash of the whole tail.
 */
function compoundOfNoun(nouns: LineTable, w: string): boolean {
  const n = w.length;
  // The split before w[i + 1]: the tail is upper(w[i]) + w[i + 1…], at least MIN_NOUN_TAIL code units long.
  let i = n - MIN_NOUN_TAIL;
  if (i < 2) return false;
  let h = hashBack(FNV_OFFSET, w, i + 1, n);
  for (; i >= 2; i--) {
    const head = upper(w, i);
    if (nouns.findHashed(hashBack(h, head, 0, head.length), w, i + 1, n, head) >= 0) return true;
    h = Math.imul(h ^ w.charCodeAt(i), 0x01000193);
  }
  return false;
}

const CLASS_NAMES = ['fn', 'ln', 'lns', 'pl', 'pls', 'nn', 'nnc'];
const joinedClasses = new Map<number, string>();
function classNames(mask: number): string {
  let s = joinedClasses.get(mask);
  if (s === undefined) joinedClasses.set(mask, (s = CLASS_NAMES.filter((_c, i) => mask & (1 << i)).join('+')));
  return s;
}

/**
 * Per word: [list class, frequency band]. The class joins what the lists say: 'fn' first name, 'ln' surname, 'pl'
 * place ('lns'/'pls' for a genitive -s form), then 'nn' a known noun form or 'nnc' a compound ending in one.
 */
export function wordListClasses(lists: WordLists): (word: string) => [string | undefined, string] {
  // Hash tables over the joined lists: no string per entry at load, and the lookups of a genitive stem or a compound's
  // tail hash a range of the word instead of slicing it.
  const [first, last, places, nouns, frequent] = WORD_LIST_NAMES.map((name) => new LineTable(joinedList(lists[name])));
  return (w) => {
    const lw = w.toLowerCase();
    // Genitive of a name ("Erfurts", "Müllers"), unless the form itself is listed.
    const n = lw.length;
    const stem = n > 3 && lw.charCodeAt(n - 1) === 115 && !places.has(lw) && !last.has(lw) ? n - 1 : n;
    // The classes as bits in the order of CLASS_NAMES, joined by '+' once per combination.
    let mask = 0;
    if (first.has(lw)) mask |= 1;
    if (last.has(lw, 0, stem)) mask |= stem === n ? 2 : 4;
    if (places.has(lw, 0, stem)) mask |= stem === n ? 8 : 16;
    if (nouns.has(w)) mask |= 32;
    else if (UPPER_START.test(w) && compoundOfNoun(nouns, w)) mask |= 64;
    // The rank of the last line with this word, as a Map built from the list would give it.
    const r = frequent.find(lw);
    const band = r < 0 ? 'f-' : r < FREQUENCY_BANDS[0] ? 'f1' : r < FREQUENCY_BANDS[1] ? 'f2' : r < FREQUENCY_BANDS[2] ? 'f3' : 'f4';
    return [mask === 0 ? undefined : classNames(mask), band];
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
