// A cheap pre-filter: can a figure start at a word token? Keeps detection fast on long texts.
import {
  CURRENCY_WORDS, ENGLISH_ORDINALS, INDEFINITE, MONTHS, QUALIFIERS, RANK_WORDS, VAGUE_COUNTS, VAGUE_DETERMINERS,
} from './lexicon';

const TRIGGERS = new Set<string>([
  ...MONTHS.keys(), ...VAGUE_COUNTS.keys(), ...VAGUE_DETERMINERS, ...INDEFINITE, ...RANK_WORDS, ...ENGLISH_ORDINALS.keys(),
  ...QUALIFIERS.map((q) => q.words[0]), ...CURRENCY_WORDS.keys(), 'minus', 'plus', 'hälfte', 'half', 'q1', 'q2', 'q3', 'q4',
]);

const NUMBER_WORD_START =
  /^(?:zwei|drei|dritt|sechs|vier|fünf|sechs|sieb|acht|neun|zehn|elf|zwölf|zwanzig|dreißig|vierzig|fünfzig|sechzig|siebzig|achtzig|neunzig|hundert|tausend|ein|erst|first|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirt|fourt|fift|sixt|sevent|ninet|twent|thirty|forty|hundred|thousand)/;

export function mayStartFigure(lower: string): boolean {
  return TRIGGERS.has(lower) || NUMBER_WORD_START.test(lower);
}

/**
 * A bit per pair of lower-case ASCII code units that a trigger or a number word starts with (the second 0 for a
 * one-letter trigger): a word whose first two code units are ASCII and form no such pair cannot start a figure, which
 * tokens.ts checks without slicing or lower-casing the word.
 */
const PAIRS = new Uint8Array(128 * 128);
for (const s of [...TRIGGERS, ...NUMBER_WORD_START.source.slice('^(?:'.length, -1).split('|')]) {
  const a = s.charCodeAt(0);
  const b = s.length > 1 ? s.charCodeAt(1) : 0;
  if (a < 128 && b < 128) PAIRS[a * 128 + b] = 1;
}
const lowerAscii = (c: number): number => (c >= 65 && c <= 90 ? c + 32 : c);

/** False when the word text[start, end) cannot start a figure (mayStartFigure of its lower case is false); true: maybe. */
export function mayStartFigureAt(text: string, start: number, end: number): boolean {
  const a = text.charCodeAt(start);
  const b = end - start > 1 ? text.charCodeAt(start + 1) : 0;
  return a >= 128 || b >= 128 || PAIRS[lowerAscii(a) * 128 + lowerAscii(b)] === 1;
}
