// Date recognisers: day-month-year, month-year, bare months, years, decades, centuries, quarters, seasons.
import type { Ctx, Match } from './context';
import { gluedPeriod, lowerAt, pad, plainInt, sameLine } from './context';
import {
  CURRENCY_SYMBOLS, CURRENCY_WORDS, DURATION_UNITS, MEASURE_UNITS, MONTH_ABBREVIATIONS, MONTH_CONTEXT, MONTHS,
  NAME_BEFORE_YEAR, ORDINAL_STEMS, PERCENT_WORDS, QUALIFIERS, QUARTER_WORDS, SCALES, YEAR_CONTEXT, ENGLISH_ORDINALS,
} from './lexicon';
import { isAcronymLike, isCapitalized } from './tokens';

const RANGE_WORDS = new Set(['und', 'bis', 'oder', '-', '–', '/', 'to', 'and', 'or']);

function date(ctx: Ctx, i: number, j: number, value: string): Match {
  return { start: ctx.toks.get(i).start, end: ctx.toks.get(j).end, type: 'date', value, unit: null, qualifier: null };
}

function isYear(n: number | null): n is number {
  return n !== null && n >= 1000 && n <= 2100;
}

function year4(n: number): string {
  return pad(n, 4);
}

/** Month number of token `i` if it is a capitalised month name (abbreviations only with `allowAbbrev`). Returns [month, lastTokenIndex]. */
function monthAt(ctx: Ctx, i: number, allowAbbrev: boolean): [number, number] | null {
  const t = ctx.toks.get(i);
  if (t === undefined || t.kind !== 'word' || !isCapitalized(t) || !sameLine(ctx, i)) return null;
  const m = MONTHS.get(t.lower);
  if (m === undefined) return null;
  if (MONTH_ABBREVIATIONS.has(t.lower)) {
    if (!allowAbbrev) return null;
    return gluedPeriod(ctx, i + 1) ? [m, i + 1] : null;
  }
  return [m, i];
}

/** Day of month at token i ("18" followed by a glued "."), German. Returns [day, index of the period]. */
function germanDayAt(ctx: Ctx, i: number): [number, number] | null {
  const d = plainInt(ctx, i);
  if (d === null || d < 1 || d > 31 || ctx.toks.get(i).core.length > 2 || !gluedPeriod(ctx, i + 1)) return null;
  return [d, i + 1];
}

function md(month: number, day: number, year: number | null): string {
  return year === null ? `--${pad(month, 2)}-${pad(day, 2)}` : `${year4(year)}-${pad(month, 2)}-${pad(day, 2)}`;
}

/** Year after a month: a plain integer of 3–4 digits on the same line. */
function yearAfter(ctx: Ctx, i: number, minDigits: number): number | null {
  const y = plainInt(ctx, i);
  if (y === null || !sameLine(ctx, i) || ctx.toks.get(i).core.length < minDigits || y > 2100 || y < 1) return null;
  return y;
}

function germanDayDate(ctx: Ctx, i: number): Match | null {
  const d1 = germanDayAt(ctx, i);
  if (!d1) return null;
  let k = d1[1] + 1;
  // range: "19. und 20. Juni", "4. bis 6. Juni"
  let d2: [number, number] | null = null;
  if (RANGE_WORDS.has(lowerAt(ctx, k)) && sameLine(ctx, k)) {
    d2 = germanDayAt(ctx, k + 1);
    if (d2) k = d2[1] + 1;
  }
  const mon = monthAt(ctx, k, true);
  if (!mon) return null;
  let end = mon[1];
  const y = yearAfter(ctx, end + 1, 3);
  if (y !== null && !followsAsQuantity(ctx, end + 1)) end = end + 1;
  const yy = y !== null && end === mon[1] + 1 ? y : null;
  const value = d2 ? `${md(mon[0], d1[0], yy)}/${md(mon[0], d2[0], yy)}` : md(mon[0], d1[0], yy);
  return date(ctx, i, end, value);
}

/** English "18 June 2019", "19 to 20 June 2024". */
function englishDayDate(ctx: Ctx, i: number): Match | null {
  const t = ctx.toks.get(i);
  const d1 = plainInt(ctx, i) ?? (/^(st|nd|rd|th)$/.test(t.suffix) && /^\d{1,2}$/.test(t.core) ? Number(t.core) : null);
  if (d1 === null || d1 < 1 || d1 > 31 || t.core.length > 2) return null;
  let k = i + 1;
  let d2: number | null = null;
  if (RANGE_WORDS.has(lowerAt(ctx, k)) && sameLine(ctx, k)) {
    const x = plainInt(ctx, k + 1);
    if (x !== null && x >= 1 && x <= 31 && monthAt(ctx, k + 2, true)) {
      d2 = x;
      k += 2;
    }
  }
  const mon = monthAt(ctx, k, true);
  if (!mon) return null;
  let end = mon[1];
  const y = yearAfter(ctx, end + 1, 4);
  const yy = y !== null ? y : null;
  if (yy !== null) end++;
  const value = d2 !== null ? `${md(mon[0], d1, yy)}/${md(mon[0], d2, yy)}` : md(mon[0], d1, yy);
  return date(ctx, i, end, value);
}

/** True when the number at i is followed by a unit, currency or scale (then it is no year). */
function followsAsQuantity(ctx: Ctx, i: number): boolean {
  const n = ctx.toks.get(i + 1);
  if (n === undefined || n.nlBefore) return false;
  const l = n.lower;
  if (n.kind === 'sym') return l === '%' || CURRENCY_SYMBOLS.has(l);
  return CURRENCY_WORDS.has(l) || PERCENT_WORDS.has(l) || SCALES.has(l) || DURATION_UNITS.has(l) || MEASURE_UNITS.has(l) || l === 'uhr';
}

function precededByQualifier(ctx: Ctx, i: number): boolean {
  for (const q of QUALIFIERS) {
    const n = q.words.length;
    if (i - n < 0) continue;
    let ok = true;
    for (let k = 0; k < n; k++) if (ctx.toks.get(i - n + k).lower !== q.words[k]) ok = false;
    if (ok) return true;
  }
  return false;
}

function yearDate(ctx: Ctx, i: number): Match | null {
  const t = ctx.toks.get(i);
  const y = plainInt(ctx, i);
  if (!isYear(y) || t.core.length !== 4) return null;
  if (followsAsQuantity(ctx, i) || precededByQualifier(ctx, i)) return null;
  const prev = ctx.toks.get(i - 1);
  const prevOnLine = prev !== undefined && !t.nlBefore;
  if (prevOnLine && prev.kind === 'word') {
    if (NAME_BEFORE_YEAR.has(prev.lower) || /-(?:wm|em)$/.test(prev.lower) || (isAcronymLike(prev) && prev.text.length > 1)) return null;
  }
  if (prevOnLine && prev.kind === 'sym' && (prev.text === '#' || prev.text === '/' || prev.text === '-') && !t.spaceBefore) return null;
  const next = ctx.toks.get(i + 1);
  // era: "68 n. Chr." handled in eraDate
  const contextual = prevOnLine && YEAR_CONTEXT.has(prev.lower);
  if (!contextual && next !== undefined && !next.nlBefore && isCapitalized(next) && !MONTHS.has(next.lower)) {
    // "2000 Personen" (German: a count), "2006 World Cup" (English: a name)
    return null;
  }
  return date(ctx, i, i, year4(y));
}

function eraDate(ctx: Ctx, i: number): Match | null {
  const y = plainInt(ctx, i);
  if (y === null || y < 1 || y > 2100 || ctx.toks.get(i).core.length > 4) return null;
  const a = lowerAt(ctx, i + 1);
  if ((a === 'n' || a === 'v') && gluedPeriod(ctx, i + 2) && lowerAt(ctx, i + 3) === 'chr' && gluedPeriod(ctx, i + 4)) {
    return date(ctx, i, i + 4, a === 'n' ? year4(y) : `-${year4(y)}`);
  }
  if ((a === 'ad' || a === 'bc') && ctx.toks.get(i + 1).text === ctx.toks.get(i + 1).text.toUpperCase()) {
    return date(ctx, i, i + 1, a === 'ad' ? year4(y) : `-${year4(y)}`);
  }
  return null;
}

function centuryValue(n: number): string {
  return `${pad(n - 1, 2)}XX`;
}

function isCenturyWord(l: string): boolean {
  return l === 'jahrhundert' || l === 'jahrhunderts' || l === 'century' || l === 'jahrhunderte';
}

/** "19. Jahrhundert" → 18XX, and the bare first endpoint of "13. und 14. Jahrhundert". */
function centuryDate(ctx: Ctx, i: number): Match | null {
  const t = ctx.toks.get(i);
  let n: number | null = null;
  let k: number;
  if (plainInt(ctx, i) !== null && gluedPeriod(ctx, i + 1)) {
    n = plainInt(ctx, i);
    k = i + 2;
  } else if (t.kind === 'num' && /^(st|nd|rd|th)$/.test(t.suffix) && /^\d{1,2}$/.test(t.core)) {
    n = Number(t.core);
    k = i + 1;
  } else {
    return null;
  }
  if (n === null || n < 1 || n > 21) return null;
  if (isCenturyWord(lowerAt(ctx, k)) && sameLine(ctx, k)) return date(ctx, i, k, centuryValue(n));
  if (RANGE_WORDS.has(lowerAt(ctx, k)) && sameLine(ctx, k)) {
    for (let j = k + 1; j < k + 8 && j < ctx.toks.length && sameLine(ctx, j); j++) {
      const m = plainInt(ctx, j);
      if (m !== null && gluedPeriod(ctx, j + 1)) {
        if (isCenturyWord(lowerAt(ctx, j + 2))) return date(ctx, i, k - 1, centuryValue(n));
        break;
      }
    }
  }
  return null;
}

function ordinalWordValue(l: string): number | null {
  const en = ENGLISH_ORDINALS.get(l);
  if (en !== undefined) return en;
  for (const [stem, v] of ORDINAL_STEMS) {
    if (l.startsWith(stem) && /^(?:e|en|er|es|em)$/.test(l.slice(stem.length))) return v;
  }
  if (/^erst(?:e|en|er|es|em)$/.test(l) || l === 'first') return 1;
  return null;
}

/** "zwanzigsten Jahrhunderts", "nineteenth century", "vierten Quartal 2007", "second quarter of 2019". */
function wordOrdinalDate(ctx: Ctx, i: number): Match | null {
  const t = ctx.toks.get(i);
  if (t.kind !== 'word') return null;
  const n = ordinalWordValue(t.lower);
  if (n === null) return null;
  const next = lowerAt(ctx, i + 1);
  if (isCenturyWord(next) && n <= 21 && n !== 1) return date(ctx, i, i + 1, centuryValue(n));
  if (QUARTER_WORDS.has(next) && n <= 4) {
    let k = i + 2;
    if (lowerAt(ctx, k) === 'des' && lowerAt(ctx, k + 1) === 'jahres') k += 2;
    else if (lowerAt(ctx, k) === 'of') k += 1;
    const y = plainInt(ctx, k);
    if (isYear(y) && sameLine(ctx, k)) return date(ctx, i, k, `${year4(y)}-Q${n}`);
  }
  return null;
}

function monthDate(ctx: Ctx, i: number): Match | null {
  const mon = monthAt(ctx, i, true);
  if (!mon) return null;
  const [m, last] = mon;
  // English "June 18, 2019" / "June 18"
  if (ctx.lang === 'en') {
    const dt = ctx.toks.get(last + 1);
    const d = plainInt(ctx, last + 1) ?? (dt && dt.kind === 'num' && /^(st|nd|rd|th)$/.test(dt.suffix) ? Number(dt.core) : null);
    if (d !== null && d >= 1 && d <= 31 && dt.core.length <= 2 && sameLine(ctx, last + 1)) {
      let k = last + 2;
      if (lowerAt(ctx, k) === ',') k++;
      const y = yearAfter(ctx, k, 4);
      if (y !== null) return date(ctx, i, k, md(m, d, y));
      return date(ctx, i, last + 1, md(m, d, null));
    }
  }
  const y = yearAfter(ctx, last + 1, 4);
  if (y !== null && !followsAsQuantity(ctx, last + 1)) return date(ctx, i, last + 1, `${year4(y)}-${pad(m, 2)}`);
  if (last !== i) return null; // abbreviations need a day or a year
  const prev = ctx.toks.get(i - 1);
  if (prev === undefined || ctx.toks.get(i).nlBefore) return null;
  const pl = prev.lower;
  const coordinated = (pl === 'und' || pl === 'bis' || pl === 'oder' || pl === 'and' || pl === 'or' || pl === 'to') && MONTHS.has(lowerAt(ctx, i - 2));
  if (!MONTH_CONTEXT.has(pl) && !coordinated) return null;
  if (pl === 'of' && ctx.lang !== 'en') return null;
  return date(ctx, i, i, `--${pad(m, 2)}`);
}

/** Numeric forms: 29.08.2006, 2019-06-18, 1948-1957, 1970/71, 1950er (Jahre), 1990s, Q1/2010. */
function numericDate(ctx: Ctx, i: number): Match | null {
  const t = ctx.toks.get(i);
  if (t.kind === 'word' && /^Q[1-4]$/.test(t.text)) {
    let k = i + 1;
    if (lowerAt(ctx, k) === '/' && !ctx.toks.get(k).spaceBefore) k++;
    const yt = ctx.toks.get(k);
    if (yt && yt.kind === 'num' && /^\d{4}$/.test(yt.core) && isYear(Number(yt.core)) && sameLine(ctx, k)) {
      return { start: t.start, end: yt.start + 4, type: 'date', value: `${yt.core}-Q${t.text[1]}`, unit: null, qualifier: null };
    }
    return null;
  }
  if (t.kind !== 'num') return null;
  const c = t.core;
  let m: RegExpExecArray | null;
  if (t.suffix === '') {
    if ((m = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/.exec(c))) {
      const [d, mo, y] = [Number(m[1]), Number(m[2]), Number(m[3])];
      if (d >= 1 && d <= 31 && mo >= 1 && mo <= 12 && isYear(y)) return date(ctx, i, i, md(mo, d, y));
      return null;
    }
    if ((m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(c))) {
      const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
      if (d >= 1 && d <= 31 && mo >= 1 && mo <= 12 && isYear(y)) return date(ctx, i, i, md(mo, d, y));
      return null;
    }
    if ((m = /^(\d{4})[-–](\d{4})$/.exec(c))) {
      const [a, b] = [Number(m[1]), Number(m[2])];
      if (isYear(a) && isYear(b) && b >= a) return date(ctx, i, i, `${m[1]}/${m[2]}`);
      return null;
    }
    if ((m = /^(\d{4})\/(\d{2}|\d{4})$/.exec(c))) {
      const a = Number(m[1]);
      const b = m[2].length === 2 ? Math.floor(a / 100) * 100 + Number(m[2]) : Number(m[2]);
      if (isYear(a) && (b === a + 1 || (m[2].length === 2 && b + 100 === a + 1))) return date(ctx, i, i, `${m[1]}/${year4(a + 1)}`);
      return null;
    }
    return null;
  }
  // decades
  const s = t.suffix.toLowerCase();
  if (/^(\d{2}|\d{4})$/.test(c) && Number(c) % 10 === 0) {
    const full = c.length === 4 ? c : `19${c}`;
    const value = `${full.slice(0, 3)}X`;
    if (/^er-?(?:jahre|jahren|jahrzehnt|jahrzehnts)$/.test(s)) return date(ctx, i, i, value);
    if (s === 'er') {
      const n = lowerAt(ctx, i + 1);
      const withNoun = (n === 'jahre' || n === 'jahren' || n === 'jahrzehnt') && sameLine(ctx, i + 1);
      if (withNoun) return date(ctx, i, i + 1, value);
      if (c.length === 4) return date(ctx, i, i, value);
      return null;
    }
    if (s === 's' && (c.length === 4 || lowerAt(ctx, i - 1) === 'the')) return date(ctx, i, i, value);
  }
  return null;
}

export function recognizeDate(ctx: Ctx, i: number): Match | null {
  const t = ctx.toks.get(i);
  if (t.kind === 'word') return monthDate(ctx, i) ?? wordOrdinalDate(ctx, i) ?? numericDate(ctx, i);
  if (t.kind !== 'num') return null;
  return (
    numericDate(ctx, i) ??
    germanDayDate(ctx, i) ??
    englishDayDate(ctx, i) ??
    centuryDate(ctx, i) ??
    eraDate(ctx, i) ??
    yearDate(ctx, i)
  );
}
