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
