// Derives the link suggester's synonym tables (media/thesaurus/de.txt.gz, en.txt.gz) from the thesauri Debian ships:
// OpenThesaurus (package openthesaurus-de-text, LGPL-2.1) and WordNet 3.0 (package wordnet-base, WordNet 3.0
// licence). Their synonym sets, one-word entries only (OpenThesaurus's qualifiers such as "(ugs.)" dropped), each
// word reduced with the suggester's own stemmer, so that the tables are keyed as the suggester's words are; sets left
// with fewer than two stems are dropped (nothing to meet). Run by a developer after
// `apt-get install openthesaurus-de-text wordnet-base`; the product and CI read the committed files.
// `npx tsx scripts/build-thesaurus.ts [de|en]`
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { isStopWord } from '../src/core/analysis/terms';
import { germanStem, porter } from '../src/core/analysis/stemmer';

const OPENTHESAURUS = '/usr/share/openthesaurus-de/openthesaurus.txt';
const WORDNET = '/usr/share/wordnet';

/** One line per set of distinct stems (sorted), each set once, words that are no single word or too short left out. */
function table(sets: Iterable<string[]>, stem: (lower: string) => string): { lines: string[]; words: number; kept: number } {
  const seen = new Set<string>();
  const lines: string[] = [];
  let words = 0, kept = 0;
  for (const set of sets) {
    const stems = new Set<string>();
    for (const word of set) {
      words++;
      const lower = word.toLowerCase();
      // A phrase, a hyphenated word or an abbreviation never matches one of the suggester's words.
      if (!/^\p{L}+$/u.test(lower) || lower.length < 3 || isStopWord(lower)) continue;
      const s = stem(lower);
      if (s.length < 3) continue;
      stems.add(s);
      kept++;
    }
    const line = [...stems].sort().join(' ');
    if (stems.size < 2 || seen.has(line)) continue;
    seen.add(line);
    lines.push(line);
  }
  return { lines, words, kept };
}

function* openThesaurusSets(text: string): Generator<string[]> {
  for (const line of text.split('\n')) {
    if (line.startsWith('#') || !line.trim()) continue;
    yield line.split(';').map((entry) => entry.replace(/\([^)]*\)/g, '').trim());
  }
}

/** WordNet's data files: `offset lex_filenum ss_type w_cnt (word lex_id){w_cnt} …`, w_cnt in hexadecimal. */
function* wordNetSets(dir: string): Generator<string[]> {
  for (const pos of ['noun', 'verb', 'adj', 'adv']) {
    for (const line of readFileSync(join(dir, `data.${pos}`), 'utf8').split('\n')) {
      if (!line || line.startsWith(' ')) continue; // The licence header lines start with two spaces.
      const fields = line.split(' ');
      const n = parseInt(fields[3]!, 16);
      yield Array.from({ length: n }, (_, k) => fields[4 + 2 * k]!.replace(/\([a-z]+\)$/, '')); // "big(a)": an adjective's position marker
    }
  }
}

function write(name: string, header: string[], built: ReturnType<typeof table>): void {
  const text = [...header, ...built.lines].join('\n') + '\n';
  const gz = gzipSync(Buffer.from(text, 'utf8'), { level: 9 });
  const out = join(__dirname, '..', 'media', 'thesaurus', name);
  writeFileSync(out, gz);
  process.stdout.write(`${out}: ${built.lines.length} sets, ${built.kept}/${built.words} words kept, ${text.length} characters, ${gz.length} bytes gzipped\n`);
}

const only = process.argv[2];
if (only !== 'en') {
  if (!existsSync(OPENTHESAURUS)) throw new Error(`${OPENTHESAURUS} missing: apt-get install openthesaurus-de-text`);
  const text = readFileSync(OPENTHESAURUS, 'utf8');
  const generated = /^# Automatically generated (.*)$/m.exec(text)?.[1] ?? 'unknown';
  write('de.txt.gz', [
    `# Synonym sets of OpenThesaurus (https://www.openthesaurus.de), text export of ${generated}, Debian package openthesaurus-de-text.`,
    '# Copyright (C) 2003-2014 Daniel Naber and the OpenThesaurus contributors. GNU Lesser General Public License 2.1 or later (LICENSE-de.txt beside this file).',
    '# Changes: one-word entries only, qualifiers dropped, each word reduced to its stem (src/core/analysis/stemmer.ts), one set per line; made by scripts/build-thesaurus.ts.',
  ], table(openThesaurusSets(text), germanStem));
}
if (only !== 'de') {
  if (!existsSync(join(WORDNET, 'data.noun'))) throw new Error(`${WORDNET}/data.noun missing: apt-get install wordnet-base`);
  write('en.txt.gz', [
    '# Synonym sets of WordNet 3.0 (https://wordnet.princeton.edu), Debian package wordnet-base. WordNet 3.0 Copyright 2006 by Princeton University. All rights reserved.',
    '# Under the WordNet 3.0 licence (LICENSE-en.txt beside this file).',
    '# Changes: one-word lemmas only, each reduced to its stem (src/core/analysis/stemmer.ts), one set per line, relations and glosses left out; made by scripts/build-thesaurus.ts.',
  ], table(wordNetSets(WORDNET), porter));
}
