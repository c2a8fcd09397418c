// Ordinal recogniser: "43. Geburtstag", "zweite Meisterschaft", "Platz vier", "zum ersten Mal", "third", "21st".
import type { Ctx, Match } from './context';
import { gluedPeriod, lowerAt, plainInt, sameLine } from './context';
import { ENGLISH_ORDINALS, MONTHS, ORDINAL_NAME_NOUNS, ORDINAL_STEMS, RANK_WORDS, REFERENCE_WORDS } from './lexicon';
import { parseNumberWord } from './numbers';
import { isCapitalized, isSentenceStart } from './tokens';

const DETERMINERS = /^(?:der|die|das|den|dem|des|ein|eine|einen|einem|einer|eines|zum|zur|am|im|beim|vom|als|sein|seine|seinen|seinem|seiner|ihr|ihre|ihren|ihrem|ihrer|unser|unsere|unseren|jede|jeden|jedem|jeder|jedes|dieser|diese|diesen|diesem)$/;
const ENGLISH_DETERMINERS = /^(?:the|a|its|his|her|their|our|my|your|every|each)$/;

function ord(ctx: Ctx, from: number, to: number, value: number): Match {
  return { start: ctx.toks.get(from).start, end: ctx.toks.get(to).end, type: 'ordinal', value, unit: null, qualifier: null };
}

function germanOrdinalWord(l: string): number | null {
  for (const [stem, v] of ORDINAL_STEMS) {
    if (l.startsWith(stem) && /^(?:e|en|er|es|em)$/.test(l.slice(stem.length))) return v;
  }
  return null;
}

export function recognizeOrdinal(ctx: Ctx, i: number): Match | null {
  const t = ctx.toks.get(i);
  const next = ctx.toks.get(i + 1);
  if (t.kind === 'num') {
    // "43. Geburtstag"
    const n = plainInt(ctx, i);
    if (n !== null && n >= 1 && t.core.length <= 3 && gluedPeriod(ctx, i + 1) && !t.nlBefore && i > 0) {
      const w = ctx.toks.get(i + 2);
      if (w === undefined || w.kind !== 'word' || !sameLine(ctx, i + 2)) return null;
      if (MONTHS.has(w.lower) || ORDINAL_NAME_NOUNS.has(w.lower)) return null;
      const prev = ctx.toks.get(i - 1);
      if (prev.kind === 'word' && (REFERENCE_WORDS.has(prev.lower) || isCapitalized(prev))) return null;
      if (prev.kind === 'sym' && prev.text !== '(' && prev.text !== ',' && !/^["„“”»«]$/.test(prev.text)) return null;
      return ord(ctx, i, i + 1, n);
    }
    // English "21st", "3rd"
    if (/^(st|nd|rd|th)$/.test(t.suffix) && /^\d{1,4}$/.test(t.core)) {
      if (next !== undefined && (isCapitalized(next) || ORDINAL_NAME_NOUNS.has(next.lower)) && sameLine(ctx, i + 1)) return null;
      return ord(ctx, i, i, Number(t.core));
    }
    return null;
  }
  if (t.kind !== 'word') return null;
  const l = t.lower;
  // "Platz vier", "Platz 1"
  if (RANK_WORDS.has(l) && sameLine(ctx, i + 1) && next !== undefined) {
    const v = plainInt(ctx, i + 1) ?? (next.kind === 'word' ? parseNumberWord(next.lower) : null);
    if (v !== null && v >= 1 && v < 1000 && (next.kind !== 'num' || next.core.length <= 3)) return ord(ctx, i + 1, i + 1, v);
    return null;
  }
  const nextL = lowerAt(ctx, i + 1);
  // "zum ersten Mal", "for the first time"
  if ((/^erst(?:e|en)$/.test(l) && (nextL === 'mal' || nextL === 'male')) || (l === 'first' && nextL === 'time')) {
    return ord(ctx, i, i, 1);
  }
  if (ORDINAL_NAME_NOUNS.has(nextL)) return null;
  const de = germanOrdinalWord(l);
  if (de !== null) {
    if (isCapitalized(t) && !isSentenceStart(ctx.toks, i)) return null; // "Zweiten Weltkrieg", "Dritte Reich"
    const prev = lowerAt(ctx, i - 1);
    if (de === 8 && !DETERMINERS.test(prev)) return null; // "achten" is also a verb
    return ord(ctx, i, i, de);
  }
  const en = ENGLISH_ORDINALS.get(l);
  if (en !== undefined && ctx.lang === 'en' && !isCapitalized(t)) {
    const prev = ctx.toks.get(i - 1);
    const possessive = prev !== undefined && (prev.lower === "'s" || prev.lower.endsWith("'s"));
    if (!ENGLISH_DETERMINERS.test(lowerAt(ctx, i - 1)) && !possessive) return null;
    if (l === 'second' && (nextL === 'later' || nextL === 'ago' || nextL === '.' || nextL === ',')) return null;
    return ord(ctx, i, i, en);
  }
  return null;
}
