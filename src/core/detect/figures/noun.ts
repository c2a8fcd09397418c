// Finding the counted noun after a number: "über 1000 Containern" → "Container".
import type { Ctx } from './context';
import { QUOTES } from './context';
import { DURATION_UNITS, MONTHS, STOP_VERBS } from './lexicon';
import { englishLemma, germanLemma } from './lemma';
import { isCapitalized } from './tokens';

const GERMAN_NOT_NOUNS = new Set(['uhr', 'prozent', 'mal', 'male', 'jahr', 'montag', 'dienstag', 'mittwoch', 'donnerstag', 'freitag', 'samstag', 'sonntag']);
const GERMAN_PP_HEADS = new Set(['von', 'vom', 'aus', 'durch']);
const ENGLISH_STOP = new Set([
  'the', 'a', 'an', 'in', 'on', 'at', 'to', 'and', 'or', 'but', 'for', 'from', 'by', 'with', 'were', 'was', 'are', 'is', 'be',
  'been', 'have', 'has', 'had', 'will', 'would', 'could', 'should', 'than', 'that', 'this', 'these', 'those', 'who', 'which',
  'as', 'per', 'more', 'less', 'times', 'percent', 'per cent', 'out', 'up', 'down', 'into', 'over', 'under', 'since', 'ago',
  'later', 'earlier', 'each', 'apiece', 'so', 'not', 'also', 'said', 'says',
]);
const ENGLISH_ADJ = /(?:ed|al|ic|ive|ous|ful|ish|ese|ern|ian|an|ing|ary|ble|new|old|other|additional|extra|young|small|large|big|more|further|armed)$/;

/** Lemma of the counted noun starting at token k (skipping adjectives, quotes, partitive "der"), or null. */
export function countedNoun(ctx: Ctx, k: number): string | null {
  return ctx.lang === 'en' ? englishNoun(ctx, k) : germanNoun(ctx, k);
}

function germanNoun(ctx: Ctx, k: number): string | null {
  let skipCap = false;
  for (let j = k; j < k + 6 && j < ctx.toks.length; j++) {
    const t = ctx.toks.get(j);
    if (t.nlBefore) return null;
    if (t.kind === 'sym') {
      if (QUOTES.test(t.text)) continue;
      return null;
    }
    if (t.kind === 'num') return null;
    if (isCapitalized(t)) {
      if (skipCap) {
        skipCap = false;
        continue;
      }
      if (MONTHS.has(t.lower) || DURATION_UNITS.has(t.lower) || GERMAN_NOT_NOUNS.has(t.lower)) return null;
      return germanLemma(t.text);
    }
    const l = t.lower;
    if ((l === 'der' || l === 'des') && j === k) continue;
    if (GERMAN_PP_HEADS.has(l) && j === k) {
      skipCap = true;
      continue;
    }
    if (STOP_VERBS.has(l)) return null;
    if (/(?:e|en|er|es|em|lich|ig|isch)$/.test(l) && l.length > 3) continue;
    return null;
  }
  return null;
}

function englishNoun(ctx: Ctx, k: number): string | null {
  for (let j = k; j < k + 4 && j < ctx.toks.length; j++) {
    const t = ctx.toks.get(j);
    if (t.nlBefore) return null;
    if (t.kind === 'sym') {
      if (QUOTES.test(t.text)) continue;
      return null;
    }
    if (t.kind === 'num') return null;
    const l = t.lower;
    if (l === 'of' && j === k) continue;
    if (ENGLISH_STOP.has(l) || MONTHS.has(l)) return null;
    if (isCapitalized(t)) continue;
    if (ENGLISH_ADJ.test(l) && j < k + 3) {
      const n = ctx.toks.get(j + 1);
      if (n !== undefined && n.kind === 'word' && !ENGLISH_STOP.has(n.lower) && !n.nlBefore) continue;
    }
    return englishLemma(t.text);
  }
  return null;
}
