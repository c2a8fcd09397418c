// The figure tokenizer's scanner: the tokens of
//   /(\d+(?:[.,:/]\d+)*(?:[-–]\d+(?:[.,]\d+)*)*)((?:-?\p{L}[\p{L}\p{M}]*)(?:-\p{L}[\p{L}\p{M}]*)*)?|(\p{L}[\p{L}\p{M}\d]*(?:['’-][\p{L}\d][\p{L}\p{M}\d]*)*)|(\S)/gu
// written out by hand (about three times faster than the regex on long texts). Every repetition in it is greedy and
// nothing after it can fail, so the first match is the greedy one, which a linear scan finds.

const LETTER = 1;
const MARK = 2;
const SPACE = 4;
/** 1 + the classes of each BMP code unit (0: not computed yet). */
const table = new Uint8Array(65536);

function classesOf(ch: string): number {
  return (/\p{L}/u.test(ch) ? LETTER : 0) | (/\p{M}/u.test(ch) ? MARK : 0) | (/\s/u.test(ch) ? SPACE : 0);
}

/** The classes of the code point at i (0 past the end); its width in code units is widthAt(text, i). */
function classAt(text: string, i: number): number {
  if (i >= text.length) return 0;
  const c = text.charCodeAt(i);
  if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
    const d = text.charCodeAt(i + 1);
    if (d >= 0xdc00 && d <= 0xdfff) return classesOf(text.slice(i, i + 2));
  }
  let k = table[c];
  if (k === 0) k = table[c] = 1 + classesOf(String.fromCharCode(c));
  return k - 1;
}

function widthAt(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
    const d = text.charCodeAt(i + 1);
    if (d >= 0xdc00 && d <= 0xdfff) return 2;
  }
  return 1;
}

const isDigit = (text: string, i: number): boolean => {
  const c = text.charCodeAt(i);
  return c >= 48 && c <= 57;
};

/** Past the run of code points at i whose classes meet `mask`, or of ASCII digits too when `digits`. */
function skip(text: string, i: number, mask: number, digits: boolean): number {
  for (;;) {
    if (digits && isDigit(text, i)) i++;
    else if (classAt(text, i) & mask) i += widthAt(text, i);
    else return i;
  }
}

function skipDigits(text: string, i: number): number {
  while (isDigit(text, i)) i++;
  return i;
}

/** Kind, digit core end and end of the token found by scan(). */
export const found = { kind: 'sym' as 'num' | 'word' | 'sym', coreEnd: 0, end: 0 };

/** The next token at or after i (found), or -1 when only white space is left; returns the token's start. */
export function scan(text: string, i: number): number {
  const n = text.length;
  while (i < n && classAt(text, i) & SPACE) i++;
  if (i >= n) return -1;
  const start = i;
  if (isDigit(text, i)) {
    i = skipDigits(text, i);
    while (i + 1 < n && ':/.,'.includes(text[i]) && isDigit(text, i + 1)) i = skipDigits(text, i + 1);
    while (i + 1 < n && (text[i] === '-' || text[i] === '–') && isDigit(text, i + 1)) {
      i = skipDigits(text, i + 1);
      while (i + 1 < n && (text[i] === '.' || text[i] === ',') && isDigit(text, i + 1)) i = skipDigits(text, i + 1);
    }
    found.kind = 'num';
    found.coreEnd = i;
    // The letter suffix: "-Jährige", "er".
    const lead = text[i] === '-' && classAt(text, i + 1) & LETTER ? 1 : 0;
    if (classAt(text, i + lead) & LETTER) {
      i = skip(text, i + lead, LETTER | MARK, false);
      while (text[i] === '-' && classAt(text, i + 1) & LETTER) i = skip(text, i + 1, LETTER | MARK, false);
    }
    found.end = i;
    return start;
  }
  if (classAt(text, i) & LETTER) {
    i = skip(text, i, LETTER | MARK, true);
    while (i + 1 < n && "'’-".includes(text[i]) && (isDigit(text, i + 1) || classAt(text, i + 1) & LETTER)) i = skip(text, i + 1, LETTER | MARK, true);
    found.kind = 'word';
    found.coreEnd = start;
    found.end = i;
    return start;
  }
  found.kind = 'sym';
  found.coreEnd = start;
  found.end = i + widthAt(text, i);
  return start;
}
