// Amount recogniser: money, percent, duration, clock time with "Uhr", quantity (with the counted noun as unit).
import type { FigureType, Qualifier } from '../../model/entities';
import type { Ctx, Match } from './context';
import { QUOTES, gluedPeriod, lowerAt, pad, sameLine } from './context';
import type { Cardinal } from './cardinal';
import { parseCardinal, parseQualifier } from './cardinal';
import {
  CURRENCY_SYMBOLS, CURRENCY_WORDS, DURATION_UNITS, INDEFINITE, MEASURE_UNITS, PERCENT_WORDS, REFERENCE_WORDS,
} from './lexicon';
import { germanLemma } from './lemma';
import { countedNoun } from './noun';
import { isAcronymLike, isCapitalized, isSentenceStart } from './tokens';

interface UnitInfo {
  type: FigureType;
  unit: string | null;
  /** Last token of the span (the unit word when it belongs in the span, else the number). */
  last: number;
  /** A unit that makes the number a figure on its own (currency, %, time unit, measure). */
  strong: boolean;
}

const RANGE_LINKS = new Set(['bis', 'und', 'oder', '-', '–', 'to', 'and', 'or']);
const RELATIVE_AFTER = new Set(['nachdem', 'bevor', 'später', 'zuvor', 'danach', 'früher', 'vorher', 'after', 'before', 'later', 'earlier']);

function currencyCodeFor(ctx: Ctx, i: number, code: string): string {
  if (code !== 'KRW') return code;
  for (let j = Math.max(0, i - 8); j < i; j++) {
    const l = ctx.toks.get(j).lower;
    if (l.startsWith('nordkorean') || (l === 'korean' && lowerAt(ctx, j - 1) === 'north')) return 'KPW';
  }
  return 'KRW';
}

/** What follows the number at token k: a currency, %, "Uhr", a time unit, a measure unit, or a counted noun. */
function unitAfter(ctx: Ctx, k: number, card: Cardinal): UnitInfo {
  const t = ctx.toks.get(k);
  const none: UnitInfo = { type: 'quantity', unit: null, last: k - 1, strong: false };
  if (t === undefined || t.nlBefore) return none;
  const l = t.lower;
  if (t.kind === 'sym') {
    if (l === '%') return { type: 'percent', unit: '%', last: k, strong: true };
    const sym = CURRENCY_SYMBOLS.get(l);
    if (sym !== undefined) return { type: 'money', unit: sym, last: k, strong: true };
    if (!QUOTES.test(t.text)) return none;
    const quoted = countedNoun(ctx, k);
    return quoted === null ? none : { type: 'quantity', unit: quoted, last: k - 1, strong: false };
  }
  if (t.kind !== 'word') return none;
  if (l === 'us' && (lowerAt(ctx, k + 1) === 'dollars' || lowerAt(ctx, k + 1) === 'dollar') && sameLine(ctx, k + 1)) {
    return { type: 'money', unit: 'USD', last: k + 1, strong: true };
  }
  const cur = CURRENCY_WORDS.get(l);
  if (cur !== undefined && (!cur.strict || card.scaled || t.text === 'Won' || lowerAt(ctx, k - 1) === 'korean')) {
    return { type: 'money', unit: currencyCodeFor(ctx, k, cur.code), last: k, strong: true };
  }
  // "5.000 nordkoreanische Won", "500 kanadische Dollar"
  const after = CURRENCY_WORDS.get(lowerAt(ctx, k + 1));
  if (after !== undefined && !after.strict && /^[a-zäöü-]+(?:e|en|er)$/.test(t.text) && sameLine(ctx, k + 1)) {
    return { type: 'money', unit: currencyCodeFor(ctx, k + 1, after.code), last: k + 1, strong: true };
  }
  if (after !== undefined && lowerAt(ctx, k + 1) === 'won' && ctx.toks.get(k + 1).text === 'Won' && /^[a-zäöü-]+(?:e|en|er)$/.test(t.text)) {
    return { type: 'money', unit: currencyCodeFor(ctx, k + 1, after.code), last: k + 1, strong: true };
  }
  if (PERCENT_WORDS.has(l)) return { type: 'percent', unit: '%', last: k, strong: true };
  if (l === 'per' && lowerAt(ctx, k + 1) === 'cent') return { type: 'percent', unit: '%', last: k + 1, strong: true };
  const du = DURATION_UNITS.get(l);
  if (du !== undefined) {
    const abbrev = (l === 'std' || l === 'min' || l === 'sek') && gluedPeriod(ctx, k + 1);
    return { type: 'duration', unit: du, last: abbrev ? k + 1 : k, strong: true };
  }
  if (MEASURE_UNITS.has(l)) {
    return { type: 'quantity', unit: /[a-zäöü]{3,}/.test(t.text) ? germanLemma(t.text) : t.text, last: k - 1, strong: true };
  }
  const noun = countedNoun(ctx, k);
  if (noun !== null) return { type: 'quantity', unit: noun, last: k - 1, strong: false };
  return none;
}

/** The number is a reference or a code: "Art. 21", "GLS 600", "Psalm 1 zurück", "1/2/3". */
function looksLikeCode(ctx: Ctx, i: number, card: Cardinal, hasNoun: boolean): boolean {
  const t = ctx.toks.get(i);
  let p = i - 1;
  if (p >= 0 && gluedPeriod(ctx, p)) p--; // "Art." "S."
  const prev = ctx.toks.get(p);
  const prevOnLine = prev !== undefined && !ctx.toks.get(i).nlBefore;
  if (prevOnLine && prev.kind === 'word' && REFERENCE_WORDS.has(prev.lower)) return true;
  if (prevOnLine && prev.kind === 'sym' && /^[#§/№]$/.test(prev.text)) return true;
  const next = ctx.toks.get(card.last + 1);
  if (next !== undefined && next.kind === 'sym' && /^[/]$/.test(next.text) && !next.spaceBefore) return true;
  if (!card.digits) return false;
  if (prevOnLine && prev.kind === 'word' && isAcronymLike(prev) && !CURRENCY_WORDS.has(prev.lower)) return true;
  if (prevOnLine && prev.kind === 'sym' && (prev.text === '-' || prev.text === '.') && !t.spaceBefore) return true;
  if (!hasNoun && prevOnLine && isCapitalized(prev) && !isSentenceStart(ctx.toks, p)) return true;
  return false;
}

function makeMatch(start: number, end: number, type: FigureType, value: number | string | null, unit: string | null, q: Qualifier | null): Match {
  return { start, end, type, value, unit, qualifier: q };
}

export function recognizeAmount(ctx: Ctx, i: number): Match | null {
  const toks = ctx.toks;
  let k = i;
  const qual = parseQualifier(ctx, k);
  if (qual) {
    if (!sameLine(ctx, qual.next)) return null;
    k = qual.next;
  }
  // sign
  let sign = 1;
  if ((lowerAt(ctx, k) === 'minus' || lowerAt(ctx, k) === 'plus') && toks.get(k + 1)?.kind === 'num') {
    sign = lowerAt(ctx, k) === 'minus' ? -1 : 1;
    k++;
  } else if ((toks.get(k)?.text === '−' || toks.get(k)?.text === '-') && toks.get(k + 1)?.kind === 'num' && !toks.get(k + 1).spaceBefore &&
    (k === 0 || toks.get(k).spaceBefore) && k === i) {
    sign = -1;
    k++;
  }
  // currency before the number: "$2.5 billion", "€500", "EUR 500"
  let prefixCurrency: string | null = null;
  const pt = toks.get(k);
  if (pt !== undefined && toks.get(k + 1)?.kind === 'num') {
    if (pt.kind === 'sym' && CURRENCY_SYMBOLS.has(pt.text)) prefixCurrency = CURRENCY_SYMBOLS.get(pt.text) ?? null;
    else if (pt.kind === 'word' && /^(?:EUR|USD|GBP|CHF|RUB|US\$)$/.test(pt.text)) prefixCurrency = CURRENCY_WORDS.get(pt.lower)?.code ?? null;
    if (prefixCurrency !== null) k++;
  }
  // fractions: "die Hälfte", "half of"
  const ft = toks.get(k);
  if (ft !== undefined && ft.kind === 'word' && sign === 1 && prefixCurrency === null && (k === i || sameLine(ctx, k))) {
    const half = ft.lower === 'hälfte' || (ft.lower === 'half' && /^(?:of|a|an|the)$/.test(lowerAt(ctx, k + 1)));
    if (half) return makeMatch(toks.get(i).start, ft.end, 'quantity', 0.5, null, qual ? qual.q : null);
  }
  const card = parseCardinal(ctx, k);
  if (!card) return null;
  const startTok = qual || sign !== 1 || prefixCurrency !== null || k > i ? i : k;
  const start = toks.get(startTok).start;
  const value = card.value * sign;
  const q: Qualifier | null = qual ? qual.q : card.vague ? 'more_than' : null;
  if (prefixCurrency !== null) {
    return makeMatch(start, toks.get(card.last).end, 'money', value, prefixCurrency, q);
  }
  // clock time "14 Uhr"
  if (lowerAt(ctx, card.last + 1) === 'uhr' && card.digits && sameLine(ctx, card.last + 1)) {
    return null; // handled by the time recogniser
  }
  let u = unitAfter(ctx, card.last + 1, card);
  // "einen Tag … nachdem": a one-unit offset
  if (INDEFINITE.has(toks.get(k).lower) && !card.scaled) return null;
  // range "60 bis 70 %", "zwei bis drei Tage": the bare first endpoint takes the second's type and unit
  let scaleFromRange = 1;
  if (!u.strong && u.unit === null && !card.scaled && RANGE_LINKS.has(lowerAt(ctx, card.last + 1)) && sameLine(ctx, card.last + 1)) {
    const c2 = parseCardinal(ctx, card.last + 2);
    if (c2 && c2.digits === card.digits) {
      const u2 = unitAfter(ctx, c2.last + 1, c2);
      if (u2.strong || u2.unit !== null) {
        u = { type: u2.type, unit: u2.unit, last: card.last, strong: u2.strong };
        if (c2.scaled) scaleFromRange = c2.factor;
      }
    }
  }
  const hasNoun = !u.strong && u.unit !== null;
  if (!card.scaled && !qual && looksLikeCode(ctx, k, card, hasNoun || u.strong)) return null;
  const yearLike = card.plain && card.value >= 1000 && card.value <= 2100;
  if (!u.strong && !hasNoun && !card.scaled && !card.vague) {
    // a bare number: only decimals and larger integers written in digits, never years, never "1"
    if (!card.digits || yearLike || (card.value === 1 && !qual)) return null;
    if (!qual && card.plain && card.value < 10 && lowerAt(ctx, card.last + 1) !== ')') return null;
  }
  const v = value * scaleFromRange;
  if (u.type === 'money' || u.type === 'percent' || u.type === 'duration') {
    return makeMatch(start, toks.get(u.last).end, u.type, v, u.unit, q);
  }
  return makeMatch(start, toks.get(card.last).end, 'quantity', v, u.unit, q);
}

/** "einen Tag veröffentlicht, nachdem …": one time unit as a relative offset. */
export function recognizeOneUnitOffset(ctx: Ctx, i: number): Match | null {
  const t = ctx.toks.get(i);
  if (t.kind !== 'word' || !INDEFINITE.has(t.lower) || t.lower === 'an') return null;
  const du = DURATION_UNITS.get(lowerAt(ctx, i + 1));
  if (du === undefined || !sameLine(ctx, i + 1)) return null;
  for (let j = i + 2; j < i + 6 && j < ctx.toks.length; j++) {
    if (RELATIVE_AFTER.has(ctx.toks.get(j).lower)) {
      return makeMatch(t.start, ctx.toks.get(i + 1).end, 'duration', 1, du, null);
    }
    if (ctx.toks.get(j).kind === 'sym' && ctx.toks.get(j).text !== ',') break;
  }
  return null;
}

/** Numbers with a glued suffix: "58-Jährige", "45-year-old", "20-prozentige", and ages "(39)" after a name. */
export function recognizeSuffixed(ctx: Ctx, i: number): Match | null {
  const t = ctx.toks.get(i);
  if (t.kind === 'num' && /^\d{1,3}$/.test(t.core)) {
    const s = t.suffix.toLowerCase();
    const n = Number(t.core);
    if (/^-j[äa]hrig(?:e|en|er|es|em)?$/.test(s) || /^-years?-olds?$/.test(s)) return makeMatch(t.start, t.end, 'duration', n, 'year', null);
    if (/^-prozentig(?:e|en|er|es|em)?$/.test(s) || /^-percent$/.test(s)) return makeMatch(t.start, t.end, 'percent', n, '%', null);
    if (s === '' && n >= 1 && n <= 120 && ctx.toks.get(i - 1)?.text === '(' && ctx.toks.get(i + 1)?.text === ')') {
      const name = ctx.toks.get(i - 2);
      if (name !== undefined && isCapitalized(name) && !ctx.toks.get(i - 1).nlBefore && !isUnitWord(name.lower)) {
        return makeMatch(t.start, t.end, 'duration', n, 'year', null);
      }
    }
  }
  return null;
}

function isUnitWord(l: string): boolean {
  return DURATION_UNITS.has(l) || MEASURE_UNITS.has(l) || PERCENT_WORDS.has(l);
}

/** Clock times: "14 Uhr", "14:30 Uhr", "14.30 Uhr", "14:30", "2:30 p.m."; race times "1:20.953 Minuten"; scores "2:1". */
export function recognizeTimeOrScore(ctx: Ctx, i: number): Match | null {
  const t = ctx.toks.get(i);
  if (t.kind !== 'num') return null;
  const c = t.core;
  let m: RegExpExecArray | null;
  if (t.suffix === '' && (m = /^(\d{1,2}):(\d{2})[.,](\d+)$/.exec(c))) {
    const secs = Number(m[1]) * 60 + Number(`${m[2]}.${m[3]}`);
    const unitWord = DURATION_UNITS.get(lowerAt(ctx, i + 1));
    const end = unitWord !== undefined && sameLine(ctx, i + 1) ? ctx.toks.get(i + 1).end : t.end;
    return makeMatch(t.start, end, 'duration', secs, 'second', null);
  }
  const uhr = lowerAt(ctx, i + 1) === 'uhr' && sameLine(ctx, i + 1);
  const ampm = meridiem(ctx, i, t.suffix);
  if (t.suffix === '' || ampm !== null) {
    let h: number | null = null;
    let min = 0;
    if ((m = /^(\d{1,2})$/.exec(c)) && (uhr || ampm !== null)) h = Number(m[1]);
    else if ((m = /^(\d{1,2})[:.](\d{2})$/.exec(c)) && (uhr || ampm !== null || c.includes(':'))) {
      h = Number(m[1]);
      min = Number(m[2]);
    }
    if (h !== null && min < 60) {
      let end = t.end;
      if (ampm !== null) {
        if (ampm.pm && h < 12) h += 12;
        if (!ampm.pm && h === 12) h = 0;
        end = ampm.end;
      } else if (uhr) {
        end = ctx.toks.get(i + 1).end;
      }
      if (h <= 24) return makeMatch(t.start, end, 'time', `${pad(h, 2)}:${pad(min, 2)}`, null, null);
    }
  }
  if (t.suffix === '' && (m = /^(\d{1,2}):(\d{1,2})$/.exec(c))) {
    return makeMatch(t.start, t.end, 'score', `${Number(m[1])}:${Number(m[2])}`, null, null);
  }
  if ((m = /^(\d{1,2})[-–](\d{1,2})$/.exec(c)) && (t.suffix === '' || /^-(?:sieg|niederlage|erfolg|win|victory|defeat)/i.test(t.suffix))) {
    if (t.suffix !== '' || (ctx.lang === 'en' && scoreContext(ctx, i))) {
      return makeMatch(t.start, t.start + c.length, 'score', `${Number(m[1])}:${Number(m[2])}`, null, null);
    }
  }
  if (t.suffix !== '' && (m = /^(\d{1,2}):(\d{1,2})$/.exec(c)) && /^-(?:sieg|niederlage|erfolg|heimsieg|auswärtssieg)/i.test(t.suffix)) {
    return makeMatch(t.start, t.start + c.length, 'score', `${Number(m[1])}:${Number(m[2])}`, null, null);
  }
  return null;
}

const SCORE_WORDS = new Set(['won', 'beat', 'lost', 'defeated', 'drew', 'draw', 'win', 'victory', 'defeat', 'loss', 'score', 'scored', 'led', 'trailed', 'lead', 'match', 'game', 'final']);

function scoreContext(ctx: Ctx, i: number): boolean {
  for (let j = Math.max(0, i - 4); j <= i + 1 && j < ctx.toks.length; j++) if (j !== i && SCORE_WORDS.has(ctx.toks.get(j).lower)) return true;
  return false;
}

function meridiem(ctx: Ctx, i: number, suffix: string): { pm: boolean; end: number } | null {
  const s = suffix.toLowerCase();
  const t = ctx.toks.get(i);
  if (s === 'pm' || s === 'am') return ctx.lang === 'en' ? { pm: s === 'pm', end: t.end } : null;
  if (suffix !== '') return null;
  const a = lowerAt(ctx, i + 1);
  if ((a === 'p' || a === 'a') && gluedPeriod(ctx, i + 2) && lowerAt(ctx, i + 3) === 'm' && gluedPeriod(ctx, i + 4) && sameLine(ctx, i + 1)) {
    return { pm: a === 'p', end: ctx.toks.get(i + 4).end };
  }
  if ((a === 'pm' || (a === 'am' && ctx.lang === 'en')) && sameLine(ctx, i + 1)) return { pm: a === 'pm', end: ctx.toks.get(i + 1).end };
  return null;
}
