// English word-order rules around a cue: passives ("was denied by X", "was told"), hypothetical and nominal uses, a
// subject before its relative clause, adverbials of time and place, the addressee of "told", a clause that runs on past
// a parenthetical cue, and a quotation that continues a speaker's report without a verb ("…, but X “has seen fit …").
import { isClauseMark, opensQuote } from './clauses';
import { DETERMINERS, phraseAfter, type Mentions, type Span } from './phrases';
import { CLOSING_QUOTES, type Token } from './tokens';

/** Modals before a verb of saying make it planned or hypothetical speech: "will ask", "would dismiss", "may call". */
const MODALS = new Set(['will', 'would', 'shall', 'should', 'may', 'might', 'can', 'could', 'must', "'ll", "'d"]);
/** Forms of "be" before a passive participle. */
const BE = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being']);
/** Short adverbs between an auxiliary and its verb: "has not only reiterated", "was also told", "will then ask". */
const MIDDLE = new Set(['also', 'already', 'then', 'later', 'first', 'once', 'again', 'further', 'still', 'now', 'only', 'just', 'even', 'never', 'not']);
const middle = (t: Token | undefined): boolean => !!t && t.word && (MIDDLE.has(t.l) || (t.l.endsWith('ly') && t.l.length > 4 && t.s === t.l));
/** Verbs that direct someone to act with an infinitive: "was charged by Judge Pye to investigate", "urged to resign". */
export const DIRECTIVES = /^(?:charged|urged|warned|told)$/;
const TIME = new Set(
  'yesterday today tonight tomorrow monday tuesday wednesday thursday friday saturday sunday last next this night morning afternoon evening week weekend month year earlier later recently again'.split(' '),
);
const PLACE_PREPOSITIONS = new Set(['in', 'at', 'on', 'during', 'after', 'before', 'from', 'outside', 'inside']);
/** Words that end an adverbial: a clause begins. */
const CLAUSE_WORDS = new Set(['that', 'he', 'she', 'it', 'they', 'we', 'i', 'you', 'there', 'is', 'are', 'was', 'were', 'has', 'have', 'had', 'will', 'would', 'the', 'a', 'an']);
const SUBJECTS = new Set(['he', 'she', 'it', 'they', 'we', 'i', 'there']);
const OBJECT_PRONOUNS = new Set(['him', 'her', 'them', 'us', 'me', 'you', 'it']);
/** After a parenthetical cue and its comma, these open a new clause rather than continuing the one the cue interrupts. */
const NEW_CLAUSE = new Set(['and', 'but', 'or', 'which', 'who', 'whom', 'whose', 'where', 'when', 'while', 'as', 'because', 'since', 'although', 'though', 'if', 'so', 'that', 'according', 'citing', 'adding', 'saying']);

/** "will ask", "would not dismiss", "can also tell": a modal before the cue at `first`. */
export function hypothetical(tokens: readonly Token[], first: number): boolean {
  let k = first - 1;
  while (k >= 0 && k >= first - 3 && middle(tokens[k])) k--;
  return k >= 0 && MODALS.has(tokens[k].l);
}

/** "reports of", "claims of": a plural noun, not a verb of saying. */
export const nominal = (tokens: readonly Token[], i: number): boolean => tokens[i].l.endsWith('s') && tokens[i + 1]?.l === 'of';

/** "not only reiterated": "not" that does not negate the verb. */
export const notOnly = (tokens: readonly Token[], first: number): boolean => tokens[first - 1]?.l === 'only' && tokens[first - 2]?.l === 'not';

/** The "be" auxiliary before the participle cue at `first` ("was warned", "had been charged", "was also told"), else -1. */
export function passiveAux(tokens: readonly Token[], a: number, first: number): number {
  const l = tokens[first].l;
  if (!/ed$|^(?:told|said|written|thought)$/.test(l)) return -1;
  let k = first - 1;
  while (k > a && k >= first - 3 && middle(tokens[k])) k--;
  return k >= a && BE.has(tokens[k].l) ? k : -1;
}

/**
 * Whether tokens [from, b) hold only an adverbial of time or place before the sentence's end: "said Wednesday.", "was
 * told in Criminal court yesterday.", "said last night."; nothing at all counts too.
 */
export function adverbialToEnd(tokens: readonly Token[], from: number, b: number): boolean {
  let end = b;
  while (end > from && !tokens[end - 1].word && !CLOSING_QUOTES.has(tokens[end - 1].s)) end--;
  if (end <= from) return true;
  if (end - from > 7) return false;
  if (!(TIME.has(tokens[from].l) || PLACE_PREPOSITIONS.has(tokens[from].l))) return false;
  for (let k = from; k < end; k++) {
    const t = tokens[k];
    if (!t.word) return false;
    if (k > from && CLAUSE_WORDS.has(t.l) && !(DETERMINERS.has(t.l) && PLACE_PREPOSITIONS.has(tokens[k - 1].l)) && !(TIME.has(t.l))) return false;
  }
  return true;
}

/** Past the time adverbs right after a cue: "said Sunday night there was …" → "there was …". */
export function skipTime(tokens: readonly Token[], from: number, b: number): number {
  let k = from;
  while (k < b && k < from + 3 && TIME.has(tokens[k].l) && tokens[k].word) k++;
  return k < b && tokens[k].word && CLAUSE_WORDS.has(tokens[k].l) ? k : from;
}

/** Past the addressee of "told": a pronoun, a name, or a determiner and one noun ("told the committee the measure …"). */
export function pastAddressee(tokens: readonly Token[], after: number, b: number, mentions: Mentions): number {
  const t = tokens[after];
  if (!t?.word) return after;
  if (OBJECT_PRONOUNS.has(t.l)) return after + 1;
  if (DETERMINERS.has(t.l) && tokens[after + 1]?.word && DETERMINERS.has(tokens[after + 2]?.l ?? '')) return after + 2;
  // "told friends she was tired", "told police the car was gone": a bare noun before a subject.
  if (t.s === t.l && !CLAUSE_WORDS.has(t.l) && !DETERMINERS.has(t.l) && (SUBJECTS.has(tokens[after + 1]?.l ?? '') || DETERMINERS.has(tokens[after + 1]?.l ?? ''))) return after + 1;
  if (/^\p{Lu}/u.test(t.s)) {
    const e = phraseAfter(tokens, after, b, mentions, false);
    if (e !== undefined && tokens[e]?.word && CLAUSE_WORDS.has(tokens[e].l)) return e;
  }
  return after;
}

/**
 * The subject before a relative clause that runs up to the cue ("Mr. Reama, who retired … in 1955 said"): the clause at
 * `start` opens with who or which after a comma; the phrase before that comma opens the sentence or a clause.
 */
export function subjectBeforeRelative(tokens: readonly Token[], a: number, start: number, first: number, mentions: Mentions): [number, number] | undefined {
  if (start <= a + 1 || first - start < 3 || tokens[start - 1].s !== ',' || !/^(?:who|which)$/.test(tokens[start].l)) return undefined;
  let s = start - 1;
  while (s > a && !isClauseMark(tokens[s - 1].s) && !CLOSING_QUOTES.has(tokens[s - 1].s)) s--;
  return phraseAfter(tokens, s, start - 1, mentions, true) === start - 1 ? [s, start - 1] : undefined;
}

/**
 * Whether the clause that a parenthetical cue interrupts runs on after the comma at `comma`: "Such vital information,
 * he said, has to be …", "“I would expect …”, Mr. Notte said, “to obtain …”". A lower-case word that opens no new
 * clause, or a quotation that opens with one; with `split` (a quotation before the cue, cut without a stop) any quotation.
 */
export function runsOn(tokens: readonly Token[], comma: number, b: number, split = false): boolean {
  if (tokens[comma]?.s !== ',' || comma + 1 >= b) return false;
  let k = comma + 1;
  if (opensQuote(tokens, k)) {
    // The second part of a quotation cut by the cue runs on whatever word it opens with.
    if (split && tokens[k + 1]?.word) return true;
    k++;
  }
  const t = tokens[k];
  return !!t && t.word && t.s === t.l && !/^\d/.test(t.s) && !NEW_CLAUSE.has(t.l);
}

/** The words of tokens [from, to) as a span, without opening or closing quotation marks at its edges. */
export function unquoted(tokens: readonly Token[], from: number, to: number): Span | undefined {
  let x = from;
  let y = to;
  while (y > x && /^[.,:;!?]$/.test(tokens[y - 1].s)) y--;
  if (x < y && opensQuote(tokens, x)) x++;
  if (y > x && CLOSING_QUOTES.has(tokens[y - 1].s)) y--;
  while (y > x && /^[.,:;!?]$/.test(tokens[y - 1].s)) y--;
  return y > x ? { start: tokens[x].start, end: tokens[y - 1].end } : undefined;
}

/**
 * A verbless continuation of a report: after a cue that ends before token `from`, a new clause (", but", ", and", ";")
 * whose subject is a noun phrase right before a quotation that opens with a lower-case word: "…, the jury said, but the
 * State Welfare Department “has seen fit to …". Returns the opening mark and the quoted words (a quotation that never
 * closes runs to the sentence's end, its stop kept).
 */
export function continuationQuote(tokens: readonly Token[], from: number, b: number, quotes: readonly [number, number][], mentions: Mentions): { mark: number; content: Span } | undefined {
  for (let k = from; k < b - 3; k++) {
    const semicolon = tokens[k].s === ';';
    if (!semicolon && !(tokens[k].s === ',' && /^(?:but|and|while)$/.test(tokens[k + 1].l))) continue;
    const e = phraseAfter(tokens, semicolon ? k + 1 : k + 2, b, mentions, true);
    if (e === undefined || e + 3 >= b || !opensQuote(tokens, e) || !tokens[e + 1].word || tokens[e + 1].s !== tokens[e + 1].l) continue;
    const q = quotes.find((x) => x[0] === e);
    let last = q ? q[1] - 1 : b - 1;
    if (q) while (last > e + 1 && /^[,:]$/.test(tokens[last].s)) last--;
    if (last - e < 3) continue;
    return { mark: e, content: { start: tokens[e + 1].start, end: tokens[last].end } };
  }
  return undefined;
}

const FINITE = new Set('is are was were be been has have had will would can cannot could should may might must do does did shall'.split(' '));

/**
 * Whether tokens [from, to) after a cue read as a clause (an auxiliary or modal, a past form, a subject pronoun first:
 * "said the deal was dead", "said he runs") rather than a noun-phrase object ("reiterated the attachment to the alliance").
 */
export function clauseLike(tokens: readonly Token[], from: number, to: number): boolean {
  if (SUBJECTS.has(tokens[from]?.l ?? '')) return true;
  for (let k = from; k < to; k++) if (tokens[k].word && (FINITE.has(tokens[k].l) || /n't$/.test(tokens[k].l) || (tokens[k].s === tokens[k].l && /[^e]ed$/.test(tokens[k].l)))) return true;
  return false;
}
