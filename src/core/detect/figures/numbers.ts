// Parsing of written numbers: digit forms in German and English notation, and number words.
import { CARDINALS, GERMAN_UNITS } from './lexicon';

export type Lang = 'de' | 'en';

/**
 * Value of a digit core such as "1.000,5", "100.000", "2.5", "1,000", "11". Returns null for forms that are not
 * one number (dates "29.08.2006", codes "1.2.3.4", times "14:30").
 * Ambiguous single separators with three digits after them ("1.252", "1,000") follow the text's language.
 */
export function parseDigits(core: string, lang: Lang): number | null {
  if (/^\d+$/.test(core)) return Number(core);
  // German: 1.000.000,5 ; English: 1,000,000.5
  if (/^\d{1,3}(?:\.\d{3})+,\d+$/.test(core)) return Number(core.replace(/\./g, '').replace(',', '.'));
  if (/^\d{1,3}(?:,\d{3})+\.\d+$/.test(core)) return Number(core.replace(/,/g, ''));
  if (/^\d{1,3}(?:\.\d{3}){2,}$/.test(core)) return Number(core.replace(/\./g, ''));
  if (/^\d{1,3}(?:,\d{3}){2,}$/.test(core)) return Number(core.replace(/,/g, ''));
  const one = /^(\d+)([.,])(\d+)$/.exec(core);
  if (!one) return null;
  const [, int, sep, frac] = one;
  const thousands = frac.length === 3 && int.length <= 3 && !/^0\d/.test(int) && !(int === '0');
  if (thousands) {
    const germanThousands = sep === '.';
    if ((lang === 'de') === germanThousands) return Number(int + frac);
  }
  return Number(`${int}.${frac}`);
}

/** A German or English cardinal number word (lower-case): "drei", "dreiundzwanzig", "zweihundert", "twenty-five". */
export function parseNumberWord(word: string): number | null {
  const w = word.toLowerCase();
  const direct = CARDINALS.get(w);
  if (direct !== undefined) return direct;
  if (/^[a-z]+-[a-z]+$/.test(w)) {
    // English compounds: twenty-five
    const [a, b] = w.split('-');
    const tens = CARDINALS.get(a);
    const unit = CARDINALS.get(b);
    if (tens !== undefined && unit !== undefined && tens >= 20 && tens < 100 && tens % 10 === 0 && unit < 10) return tens + unit;
    return null;
  }
  return parseGermanCompound(w);
}

function parseGermanCompound(w: string): number | null {
  if (w.length < 6 || !/^[a-zäöüß]+$/.test(w)) return null;
  const th = w.indexOf('tausend');
  if (th >= 0) {
    const left = w.slice(0, th);
    const right = w.slice(th + 7);
    const l = left === '' ? 1 : parseBelowThousand(left);
    const r = right === '' ? 0 : parseBelowThousand(right);
    if (l === null || r === null) return null;
    return l * 1000 + r;
  }
  return parseBelowThousand(w);
}

function parseBelowThousand(w: string): number | null {
  const h = w.indexOf('hundert');
  if (h >= 0) {
    const left = w.slice(0, h);
    const right = w.slice(h + 7);
    const l = left === '' ? 1 : GERMAN_UNITS.get(left);
    const r = right === '' ? 0 : parseBelowHundred(right);
    if (l === undefined || r === null) return null;
    return l * 100 + r;
  }
  return parseBelowHundred(w);
}

function parseBelowHundred(w: string): number | null {
  const direct = CARDINALS.get(w);
  if (direct !== undefined && direct < 100) return direct;
  if (w === 'eins' || w === 'ein') return 1;
  const und = w.indexOf('und');
  if (und > 0) {
    const unit = GERMAN_UNITS.get(w.slice(0, und));
    const tens = CARDINALS.get(w.slice(und + 3));
    if (unit !== undefined && tens !== undefined && tens >= 20 && tens < 100 && tens % 10 === 0) return tens + unit;
  }
  return null;
}

/** Guess the language of a text from frequent function words (one linear pass over a prefix). */
/** The function words of guessLanguage: 1 German, 2 English, by word ('für', not all word characters, apart). */
const FUNCTION_WORDS = new Map<string, number>([
  ...['der', 'die', 'das', 'und', 'nicht', 'mit', 'von', 'ist', 'den', 'sich', 'auf', 'dem', 'wurde'].map((w): [string, number] => [w, 1]),
  ...['the', 'and', 'of', 'is', 'was', 'with', 'for', 'that', 'this', 'from', 'were', 'has', 'have', 'than', 'said', 'will', 'to', 'on', 'at', 'by', 'be', 'are', 'its', 'their'].map((w): [string, number] => [w, 2]),
]);
/** The same words by the FNV-1a hash of their text, so that a run of letters is looked up without slicing it. */
const FUNCTION_HASHES = new Map([...FUNCTION_WORDS].map(([w, lang]) => [fnvOf(w, 0, w.length), { w, lang }]));

function fnvOf(s: string, from: number, to: number): number {
  let h = 0x811c9dc5;
  for (let i = from; i < to; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return h;
}

/** A word character of a regex without the u flag (\w): [A-Za-z0-9_]. */
const isW = (c: number): boolean => (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95;

/**
 * German or English by counting function words in the first 20,000 characters: the matches of
 * /\b(?:der|die|…|für|…)\b/g against /\b(?:the|and|…)\b/g, counted by hand. Every such word but 'für' is all word
 * characters, so it matches exactly where a whole run of word characters is that word; 'für' is the run 'f', then
 * 'ü', then the run 'r'.
 */
export function guessLanguage(text: string): Lang {
  const n = Math.min(text.length, 20000);
  let de = 0;
  let en = 0;
  let i = 0;
  while (i < n) {
    if (!isW(text.charCodeAt(i))) {
      i++;
      continue;
    }
    const start = i;
    while (i < n && isW(text.charCodeAt(i))) i++;
    if (i - start === 1 && text.charCodeAt(start) === 102 && i + 1 < n && text.charCodeAt(i) === 0xfc && text.charCodeAt(i + 1) === 114 && (i + 2 >= n || !isW(text.charCodeAt(i + 2)))) {
      de++;
      continue;
    }
    if (i - start < 2 || i - start > 5) continue;
    const f = FUNCTION_HASHES.get(fnvOf(text, start, i));
    if (f !== undefined && f.w.length === i - start && text.startsWith(f.w, start)) {
      if (f.lang === 1) de++;
      else en++;
    }
  }
  return en > de ? 'en' : 'de';
}
