// Base forms of German and English words for matching claims, by published rules rather than ad-hoc suffixes:
// CISTEM for German (Weissweiler and Fraser, GSCL 2017, drawn from a comparison of German stemmers) with the
// event-noun suffix -ung and the ge- of separable verbs' participles removed ("Lieferung", "liefern", "lieferte",
// "geliefert" → "liefer"; "ausgeweitet", "Ausweitung" → "auswei"), and Porter's algorithm (1980) for English. The
// language of a passage is guessed from its function words.

// Words of one language only ("will", "was", "in", "an", "war" are words of both).
const GERMAN_FUNCTION = new Set('der die das den dem des ein eine einen einem einer und oder nicht ist sind hat haben wird werden mit von zu auf für im ins vom zum zur sich auch dass als bei nach über wie'.split(' '));
const ENGLISH_FUNCTION = new Set('the a and or not is are were has have had would with of to on for into by that as at from it its this which who be been'.split(' '));

export type Language = 'de' | 'en';

/** German unless more of its function words are English ("the", "of", "has", …); a word with ä, ö, ü or ß counts as German. */
export function guessLanguage(words: readonly string[]): Language {
  let de = 0, en = 0;
  for (const w of words) {
    const lower = w.toLowerCase();
    if (GERMAN_FUNCTION.has(lower) || /[äöüß]/.test(lower)) de++;
    if (ENGLISH_FUNCTION.has(lower)) en++;
  }
  return en > de ? 'en' : 'de';
}

export function stemWord(word: string, language: Language): string {
  return language === 'en' ? porter(word.toLowerCase()) : germanStem(word.toLowerCase());
}

/** Separable prefixes whose participle puts ge- inside ("an-ge-griffen", "aus-ge-weitet"). */
const PARTICLE_GE = /^(ab|an|auf|aus|bei|ein|fest|her|hin|los|mit|nach|vor|weg|zu|zurück|zusammen)ge(.{4,})$/;

/** -ung, then CISTEM (its case-insensitive variant). */
export function germanStem(lower: string): string {
  let w = lower.replace(PARTICLE_GE, '$1$2').replace(/^(.{4,})ung(en|s)?$/, '$1').replace(/ü/g, 'u').replace(/ö/g, 'o').replace(/ä/g, 'a').replace(/ß/g, 'ss');
  w = w.replace(/^ge(.{4,})$/, '$1').replace(/sch/g, '$').replace(/ei/g, '%').replace(/ie/g, '&').replace(/(.)\1/g, '$1*');
  while (w.length > 3) {
    if (w.length > 5 && /e[mr]$/.test(w)) w = w.slice(0, -2);
    else if (w.length > 5 && w.endsWith('nd')) w = w.slice(0, -2);
    else if (/[tesn]$/.test(w)) w = w.slice(0, -1);
    else break;
  }
  return w.replace(/(.)\*/g, '$1$1').replace(/%/g, 'ei').replace(/&/g, 'ie').replace(/\$/g, 'sch');
}

// Porter (1980), as published: m is the number of vowel-consonant sequences of the stem.
const consonant = (w: string, i: number): boolean => {
  const c = w[i]!;
  if ('aeiou'.includes(c)) return false;
  return c === 'y' ? i === 0 || !consonant(w, i - 1) : true;
};
function measure(stem: string): number {
  let m = 0, i = 0;
  const n = stem.length;
  while (i < n && consonant(stem, i)) i++;
  while (i < n) {
    while (i < n && !consonant(stem, i)) i++;
    if (i >= n) break;
    m++;
    while (i < n && consonant(stem, i)) i++;
  }
  return m;
}
const hasVowel = (stem: string): boolean => [...stem].some((_, i) => !consonant(stem, i));
const doubleConsonant = (w: string): boolean => w.length >= 2 && w[w.length - 1] === w[w.length - 2] && consonant(w, w.length - 1);
const cvc = (w: string): boolean => {
  const n = w.length;
  return n >= 3 && consonant(w, n - 3) && !consonant(w, n - 2) && consonant(w, n - 1) && !'wxy'.includes(w[n - 1]!);
};

/** Replace `suffix` by `to` when the stem before it has measure above `min`; undefined when the suffix does not end the word. */
function swap(w: string, suffix: string, to: string, min: number): string | undefined {
  if (!w.endsWith(suffix)) return undefined;
  const stem = w.slice(0, -suffix.length);
  return measure(stem) > min ? stem + to : w;
}

const STEP2: ReadonlyArray<[string, string]> = [
  ['ational', 'ate'], ['tional', 'tion'], ['enci', 'ence'], ['anci', 'ance'], ['izer', 'ize'], ['abli', 'able'], ['alli', 'al'],
  ['entli', 'ent'], ['eli', 'e'], ['ousli', 'ous'], ['ization', 'ize'], ['ation', 'ate'], ['ator', 'ate'], ['alism', 'al'],
  ['iveness', 'ive'], ['fulness', 'ful'], ['ousness', 'ous'], ['aliti', 'al'], ['iviti', 'ive'], ['biliti', 'ble'],
];
const STEP3: ReadonlyArray<[string, string]> = [['icate', 'ic'], ['ative', ''], ['alize', 'al'], ['iciti', 'ic'], ['ical', 'ic'], ['ful', ''], ['ness', '']];
const STEP4 = ['al', 'ance', 'ence', 'er', 'ic', 'able', 'ible', 'ant', 'ement', 'ment', 'ent', 'ion', 'ou', 'ism', 'ate', 'iti', 'ous', 'ive', 'ize'];

export function porter(lower: string): string {
  let w = lower.replace(/[’']s$/, '');
  if (w.length <= 2) return w;
  // Step 1a: plurals.
  if (w.endsWith('sses')) w = w.slice(0, -2);
  else if (w.endsWith('ies')) w = w.slice(0, -2);
  else if (w.endsWith('s') && !w.endsWith('ss')) w = w.slice(0, -1);
  // Step 1b: -ed, -ing.
  if (w.endsWith('eed')) w = swap(w, 'eed', 'ee', 0)!;
  else {
    const suffix = ['ed', 'ing'].find((s) => w.endsWith(s) && hasVowel(w.slice(0, -s.length)));
    if (suffix) {
      w = w.slice(0, -suffix.length);
      if (/(at|bl|iz)$/.test(w)) w += 'e';
      else if (doubleConsonant(w) && !/[lsz]$/.test(w)) w = w.slice(0, -1);
      else if (measure(w) === 1 && cvc(w)) w += 'e';
    }
  }
  // Step 1c: y → i.
  if (w.endsWith('y') && hasVowel(w.slice(0, -1))) w = w.slice(0, -1) + 'i';
  for (const [suffix, to] of STEP2) if (w.endsWith(suffix)) { w = swap(w, suffix, to, 0)!; break; }
  for (const [suffix, to] of STEP3) if (w.endsWith(suffix)) { w = swap(w, suffix, to, 0)!; break; }
  for (const suffix of STEP4) {
    if (!w.endsWith(suffix)) continue;
    const stem = w.slice(0, -suffix.length);
    if (measure(stem) > 1 && (suffix !== 'ion' || /[st]$/.test(stem))) w = stem;
    break;
  }
  // Step 5: a final -e, a double l.
  if (w.endsWith('e')) {
    const stem = w.slice(0, -1);
    if (measure(stem) > 1 || (measure(stem) === 1 && !cvc(stem))) w = stem;
  }
  if (w.endsWith('ll') && measure(w) > 1) w = w.slice(0, -1);
  return w;
}
