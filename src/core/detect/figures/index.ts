// Rule-based detector of figures (money, quantities, dates, durations, percentages, ordinals, times, scores)
// in German and English news text. Pure: no I/O, no `vscode`.
import type { Figure } from '../../model/entities';
import type { Ctx, Match, Recognizer } from './context';
import { recognizeAmount, recognizeOneUnitOffset, recognizeSuffixed, recognizeTimeOrScore } from './amounts';
import { recognizeDate } from './dates';
import { guessLanguage } from './numbers';
import type { Lang } from './numbers';
import { recognizeOrdinal } from './ordinals';
import { TokList } from './tokens';
import { mayStartFigure, mayStartFigureAt } from './triggers';

/** Recognisers in priority order; at each token the longest match wins, ties go to the earlier one. */
const RECOGNIZERS: readonly Recognizer[] = [
  recognizeDate,
  recognizeTimeOrScore,
  recognizeSuffixed,
  recognizeAmount,
  recognizeOneUnitOffset,
  recognizeOrdinal,
];

/** The symbols a figure can start with, by code unit (each is one). */
const SIGN_OR_CURRENCY = new Set(['$', '€', '£', '¥', '₽', '₩', '−', '-'].map((c) => c.charCodeAt(0)));

export interface DetectFiguresOptions {
  /** Language of the text; guessed from function words when absent. */
  lang?: Lang;
}

/**
 * Finds the figures in `text`. Results are sorted by start, never overlap, and `text.slice(start, end) === figure.text`
 * (offsets are UTF-16 code units).
 */
export function detectFigures(text: string, options: DetectFiguresOptions = {}): Figure[] {
  const ctx: Ctx = { text, toks: new TokList(text), lang: options.lang ?? guessLanguage(text) };
  const out: Figure[] = [];
  const toks = ctx.toks;
  const { kinds, starts, ends } = toks;
  let i = 0;
  while (i < toks.length) {
    // Kinds 1 word, 2 sym (tokens.ts); the word's strings only when its first letters may start a figure.
    const kind = kinds[i];
    const skip = kind === 2
      ? ends[i] - starts[i] !== 1 || !SIGN_OR_CURRENCY.has(text.charCodeAt(starts[i]))
      : kind === 1 && (!mayStartFigureAt(text, starts[i], ends[i]) || !mayStartFigure(toks.get(i).lower));
    if (skip) {
      i++;
      continue;
    }
    let best: Match | null = null;
    for (const r of RECOGNIZERS) {
      const m = r(ctx, i);
      if (m !== null && m.end > m.start && (best === null || m.end > best.end)) best = m;
    }
    if (best === null) {
      i++;
      continue;
    }
    out.push({
      kind: 'figure',
      type: best.type,
      start: best.start,
      end: best.end,
      text: text.slice(best.start, best.end),
      value: best.value,
      unit: best.unit,
      qualifier: best.qualifier,
    });
    while (i < toks.length && starts[i] < best.end) i++;
  }
  return out;
}
