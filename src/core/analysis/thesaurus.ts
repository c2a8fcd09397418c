// Synonym sets for the link suggester, so that claims worded apart still meet ("Streik" and "Ausstand", "Waffen" and
// "Munition" where the thesaurus says so). Read from the shipped tables (media/thesaurus/, derived by
// scripts/build-thesaurus.ts from OpenThesaurus): one set per line, its words as stems of the suggester's stemmer,
// so that a claim's words find their sets without stemming the thesaurus again.
import { inflateIfGzipped, type Gunzip } from '../gzip';
import type { Language } from './stemmer';

export class Thesaurus {
  /** Per language, stem → the ids of the sets it belongs to ("de17"); a language's table is read when first asked for. */
  private readonly sets = new Map<Language, Map<string, string[]>>();

  /** `tables`: per language, the table's text (comment lines start with '#'). */
  constructor(private readonly tables: Partial<Record<Language, string>>) {}

  /** The synonym sets a stem of `language` belongs to (several for an ambiguous word), or undefined. */
  synsets(stem: string, language: Language): readonly string[] | undefined {
    let sets = this.sets.get(language);
    if (!sets) this.sets.set(language, (sets = parseTable(language, this.tables[language] ?? '')));
    return sets.get(stem);
  }
}

function parseTable(language: Language, text: string): Map<string, string[]> {
  let n = 0;
  const sets = new Map<string, string[]>();
  for (const line of text.split('\n')) {
    if (!line || line.startsWith('#')) continue;
    const id = `${language}${n++}`;
    for (const stem of line.split(' ')) {
      const list = sets.get(stem);
      if (list) list.push(id);
      else sets.set(stem, [id]);
    }
  }
  return sets;
}

/** The thesaurus from the shipped tables' bytes, gzipped or not; `gunzip` defaults to fflate's (pure JavaScript). */
export function loadThesaurus(files: Partial<Record<Language, Uint8Array>>, gunzip?: Gunzip): Thesaurus {
  const decoder = new TextDecoder();
  const tables: Partial<Record<Language, string>> = {};
  for (const [language, bytes] of Object.entries(files) as Array<[Language, Uint8Array]>) {
    tables[language] = decoder.decode(inflateIfGzipped(bytes, gunzip));
  }
  return new Thesaurus(tables);
}

/** The shipped tables, by language, relative to the extension's (or package's) folder. */
export const THESAURUS_FILES: Readonly<Partial<Record<Language, string>>> = { de: 'media/thesaurus/de.txt.gz', en: 'media/thesaurus/en.txt.gz' };
