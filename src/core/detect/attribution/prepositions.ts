// Prepositional and adverbial cues: laut, zufolge, gemäß, nach Angaben, unter Berufung auf, heißt es aus, so;
// according to, citing, as reported by.
import type { Stance } from '../../model/entities';
import { DETERMINERS, PRONOUNS } from './phrases';
import { CLOSING_QUOTES, type Token } from './tokens';

export interface PrepositionCue {
  /** Last token of the cue. */
  last: number;
  /** First token of the source after the cue. */
  sourceAt: number;
  /** The source stands before the cue ("Experten zufolge"). */
  sourceBefore: boolean;
  /** The content stands before the cue ("„…“, so Kirby"). */
  contentBefore: boolean;
  /** "nach eigenen Angaben": the source is the subject of the clause. */
  own?: boolean;
  stance: Stance;
}

const ANGABEN = /^(?:angaben|informationen|darstellung|einschätzung|ansicht|auffassung|meinung|überzeugung|auskunft|worten|aussagen?|schätzungen?|erkenntnissen|berichten|recherchen)$/;
const HEISST_AT = new Set(['aus', 'in', 'im', 'bei', 'von', 'vom', 'seitens', 'beim']);

const opensPhrase = (t: Token | undefined): boolean => !!t && t.word && (DETERMINERS.has(t.l) || /^[\p{Lu}\d]/u.test(t.s) || PRONOUNS.has(t.l) || t.l === 'eigenen' || /^\p{Ll}+(?:e|en|em|er)$/u.test(t.s));
const cue = (last: number, sourceAt: number, extra: Partial<PrepositionCue> = {}): PrepositionCue => ({ last, sourceAt, sourceBefore: false, contentBefore: false, stance: 'asserts', ...extra });

/** The prepositional cue at token i of the sentence [a, b), if one starts there. */
export function readPreposition(tokens: readonly Token[], i: number, a: number, b: number, english: boolean): PrepositionCue | undefined {
  const t = tokens[i];
  const l = t.l;
  const next = tokens[i + 1];
  if (t.s !== l && i !== a) return undefined;
  if (l === 'laut' || l === 'gemäß') return i + 1 < b && opensPhrase(next) && next.l !== 'eigenen' ? cue(i, i + 1) : undefined;
  if (l === 'zufolge') {
    const prev = tokens[i - 1];
    if (!prev || !(prev.word || CLOSING_QUOTES.has(prev.s)) || (prev.l.endsWith('berichten') && !DETERMINERS.has(tokens[i - 2]?.l ?? ''))) return undefined;
    return cue(i, i, { sourceBefore: true });
  }
  if (l === 'nach') {
    let k = i + 1;
    while (k < b && k < i + 3 && /^\p{Ll}+(?:e|en|er)$/u.test(tokens[k].s) && !ANGABEN.test(tokens[k].l)) k++;
    if (k >= b || !ANGABEN.test(tokens[k].l) || tokens[k].s === tokens[k].l) return undefined;
    if (tokens[k - 1].l === 'eigenen' || tokens[k - 1].l === 'eigener') return cue(k, k + 1, { own: true });
    const after = tokens[k + 1];
    if (!after) return undefined;
    if (after.l === 'von' || after.l === 'vom') return cue(k, k + 2);
    if (after.l === 'des' || after.l === 'der' || after.l === 'eines' || after.l === 'einer' || /^\p{Lu}/u.test(after.s)) return cue(k, k + 1);
    return undefined;
  }
  if (l === 'unter' && next?.l === 'berufung' && tokens[i + 2]?.l === 'auf') return cue(i + 2, i + 3);
  if ((l === 'heißt' || l === 'hieß') && next?.l === 'es' && HEISST_AT.has(tokens[i + 2]?.l ?? '')) return cue(i + 1, i + 3);
  if (l === 'so' && i > a && (tokens[i - 1].s === ',' || CLOSING_QUOTES.has(tokens[i - 1].s)) && opensPhrase(next) && !/^(?:dass|wie|als|viel|lange|weit)$/.test(next?.l ?? '')) return cue(i, i + 1, { contentBefore: true });
  if (!english) return undefined;
  if (l === 'according' && next?.l === 'to') return cue(i + 1, i + 2);
  if (l === 'citing') return cue(i, i + 1);
  if (l === 'as' && next?.l === 'reported' && tokens[i + 2]?.l === 'by') return cue(i + 2, i + 3);
  return undefined;
}
