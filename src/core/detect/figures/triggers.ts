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

/** FNV-1a of every trigger, and the first three code units of every number word (all have at least three). */
const fnv = (h: number, c: number): number => Math.imul(h ^ c, 0x01000193);
const TRIGGER_HASHES = new Set<number>();
for (const t of TRIGGERS) {
  let h = 0x811c9dc5;
  for (let i = 0; i < t.length; i++) h = fnv(h, t.charCodeAt(i));
  TRIGGER_HASHES.add(h);
}
/** A small integer of three code units (a filter: keys of other letters may collide, which only lets more through). */
const key3 = (a: number, b: number, c: number): number => ((a << 20) ^ (b << 10) ^ c) & 0x3fffffff;
const NUMBER_STARTS = new Set(NUMBER_WORD_START.source.slice('^(?:'.length, -1).split('|').map((w) => key3(w.charCodeAt(0), w.charCodeAt(1), w.charCodeAt(2))));

/**
 * The lower case of each code unit + 1 when it is one code unit whose lower case does not depend on its neighbours,
 * -1 when it is not (a surrogate, 'İ', 'Σ'), 0 not computed yet.
 */
const lowerUnits = new Int32Array(65536);
function lowerUnit(c: number): number {
  let k = lowerUnits[c];
  if (k === 0) {
    const l = String.fromCharCode(c).toLowerCase();
    k = lowerUnits[c] = (c >= 0xd800 && c <= 0xdfff) || c === 0x3a3 || l.length !== 1 ? -1 : l.charCodeAt(0) + 1;
  }
  return k - 1;
}

/**
 * False when the word text[start, end) cannot start a figure (mayStartFigure of its lower case is false); true: maybe.
 * Its lower case is hashed unit by unit, without slicing or lower-casing the word: a trigger must hash as one, a number
 * word must begin with one's first three letters.
 */
export function mayStartFigureAt(text: string, start: number, end: number): boolean {
  let h = 0x811c9dc5;
  let a = 0;
  let b = 0;
  let c = 0;
  for (let i = start; i < end; i++) {
    const l = lowerUnit(text.charCodeAt(i));
    if (l < 0) return true;
    h = fnv(h, l);
    const k = i - start;
    if (k === 0) a = l;
    else if (k === 1) b = l;
    else if (k === 2) c = l;
  }
  return TRIGGER_HASHES.has(h) || (end - start >= 3 && NUMBER_STARTS.has(key3(a, b, c)));
}
