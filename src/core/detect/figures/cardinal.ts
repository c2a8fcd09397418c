// Parsing the number part of an amount: qualifier, sign, digits or number words, scale words.
import type { Qualifier } from '../../model/entities';
import type { Ctx } from './context';
import { gluedPeriod, lowerAt, sameLine } from './context';
import {
  GERMAN_BILLION, INDEFINITE, QUALIFIERS, SCALE_ABBREVIATIONS, SCALES, VAGUE_COUNTS, VAGUE_DETERMINERS,
} from './lexicon';
import { parseDigits, parseNumberWord } from './numbers';
import { isCapitalized, isSentenceStart } from './tokens';

export interface QualifierMatch {
  q: Qualifier;
  /** Index of the first token after the qualifier. */
  next: number;
}

export function parseQualifier(ctx: Ctx, i: number): QualifierMatch | null {
  for (const { words, q } of QUALIFIERS) {
    let ok = true;
    for (let k = 0; k < words.length; k++) {
      const t = ctx.toks.get(i + k);
      if (t === undefined || t.lower !== words[k] || (k > 0 && t.nlBefore)) {
        ok = false;
        break;
      }
      if (words[k] === '.' && t.spaceBefore) ok = false;
    }
    if (ok) return { q, next: i + words.length };
  }
  return null;
}

export interface Cardinal {
  value: number;
  /** Index of the last token of the number (with its scale word). */
  last: number;
  /** Written with digits. */
  digits: boolean;
  /** A scale word was applied ("Milliarden"). */
  scaled: boolean;
  /** Vague plural ("Dutzende", "einige Millionen"): qualifier more_than. */
  vague: boolean;
  /** Digits without separators (a possible year or code). */
  plain: boolean;
  /** The product of the scale words applied (1 when none). */
  factor: number;
}

const NOUN_NUMBER_WORDS = new Set(['elf', 'acht']);

/** The number that begins at token i, with any scale words after it. */
export function parseCardinal(ctx: Ctx, i: number): Cardinal | null {
  const t = ctx.toks.get(i);
  if (t === undefined) return null;
  let value: number | null = null;
  let last = i;
  let digits = false;
  let plain = false;
  let vague = false;
  let needsScale = false;
  if (t.kind === 'num') {
    if (t.suffix !== '') return null;
    if (/^0\d/.test(t.core)) return null;
    value = parseDigits(t.core, ctx.lang);
    if (value === null) return null;
    digits = true;
    plain = /^\d+$/.test(t.core);
    // space-separated thousands: "20 800", "200 000"
    if (/^\d{1,3}$/.test(t.core) && !(ctx.toks.get(i - 1)?.kind === 'num')) {
      let j = i + 1;
      let v = value;
      while (isThousandsGroup(ctx, j)) {
        v = v * 1000 + Number(ctx.toks.get(j).core);
        j++;
      }
      if (j > i + 1) {
        value = v;
        last = j - 1;
        plain = false;
      }
    }
  } else if (t.kind === 'word') {
    const l = t.lower;
    const vc = VAGUE_COUNTS.get(l);
    if (vc !== undefined) {
      value = vc;
      vague = true;
    } else if (VAGUE_DETERMINERS.has(l) && VAGUE_COUNTS.has(lowerAt(ctx, i + 1)) && SCALES.has(lowerAt(ctx, i + 1))) {
      value = VAGUE_COUNTS.get(lowerAt(ctx, i + 1)) ?? null;
      vague = true;
      last = i + 1;
    } else if (INDEFINITE.has(l)) {
      value = 1;
      needsScale = true;
    } else {
      const w = parseNumberWord(l);
      if (w === null) return null;
      if (isCapitalized(t) && NOUN_NUMBER_WORDS.has(l) && !isSentenceStart(ctx.toks, i)) return null;
      if (isCapitalized(t) && !isSentenceStart(ctx.toks, i) && ctx.lang === 'de') return null;
      value = w;
    }
  } else {
    return null;
  }
  if (value === null) return null;
  // scale words: "Milliarden", "Mio.", "billion", "Dutzend"
  let scaled = false;
  let factor = 1;
  for (let n = 0; n < 2 && !vague; n++) {
    const j = last + 1;
    const s = ctx.toks.get(j);
    if (s === undefined || s.kind !== 'word' || !sameLine(ctx, j)) break;
    let f = SCALES.get(s.lower);
    if (f === undefined) break;
    if (s.lower === 'billion' && ctx.lang === 'de' && s.text === 'Billion') f = GERMAN_BILLION;
    if (SCALE_ABBREVIATIONS.has(s.lower)) {
      if (!gluedPeriod(ctx, j + 1)) {
        if (s.lower === 'mio' || s.lower === 'mrd') {
          last = j;
        } else break;
      } else {
        last = j + 1;
      }
    } else {
      last = j;
    }
    value *= f;
    factor *= f;
    scaled = true;
  }
  if (needsScale && !scaled) return null;
  return { value, last, digits, scaled, vague, plain, factor };
}

function isThousandsGroup(ctx: Ctx, j: number): boolean {
  const g = ctx.toks.get(j);
  if (g === undefined || g.kind !== 'num' || g.suffix !== '' || !/^\d{3}$/.test(g.core) || g.nlBefore) return false;
  const gap = ctx.text.slice(ctx.toks.get(j - 1).end, g.start);
  return gap === ' ' || gap === '\u00a0' || gap === '\u202f' || gap === '\u2009';
}
