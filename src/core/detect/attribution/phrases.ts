// Noun phrases around a cue: the source after "laut", before "sagte", after an inverted "sagte". Read from the tokens
// and the actor mentions (a name the registry or model knows is one phrase, whatever its case).
import type { Token } from './tokens';
import { isQuote } from './tokens';

export const DETERMINERS = new Set(
  'der die das des dem den ein eine einer eines einem einen kein keine sein seine ihr ihre dieser diese dieses diesem diesen jener jene mehrere einige viele alle beide beiden the a an this these those his her its their several some many'.split(' '),
);
export const PRONOUNS = new Set(['er', 'sie', 'wir', 'ich', 'he', 'she', 'it', 'they', 'we', 'i']);
/** Words that open a clause or a phrase before its subject: stripped from a source before the cue. */
export const OPENERS = new Set(
  'und aber doch jedoch denn dass wie als nachdem während weil da ob wobei zudem auch nun so dabei kürzlich bereits zuvor später dann daraufhin gestern heute dennoch daher deshalb deswegen trotzdem allerdings außerdem hier dort jetzt damals inzwischen mittlerweile zunächst anschließend danach darum hingegen immerhin vielmehr schließlich ebenfalls zugleich gleichzeitig ebenso erneut bislang bisher stattdessen derweil unterdessen dagegen ferner überdies weiterhin daneben zuletzt zusätzlich abschließend wiederum and but as while because that so which who when after before since also meanwhile however yesterday'.split(' '),
);
/** Words that end a phrase after a cue: prepositions, adverbs of time, verbs. */
const STOPS = new Set(
  'laut zufolge gegenüber am im in an auf bei mit nach vor aus über um von vom zum zur seit bis für gegen ohne unter durch dass auch zudem jedoch bereits noch nun schon gestern heute morgen kürzlich zuvor erst inzwischen mittlerweile ebenfalls außerdem demnach damit dabei nicht ist sind war waren wurde wurden hat haben hatte hatten wird werden könnte könne sei seien habe on at in to from for with by that which who said says told according citing as is was were are has have had will would not also on'.split(' '),
);

export interface Span {
  start: number;
  end: number;
}

/** Actor mention spans of the paragraph, for lookups by token. */
export class Mentions {
  constructor(private readonly spans: readonly (Span & { person: boolean })[]) {}

  /** Index of the first mention starting at or after `start`. */
  private first(start: number): number {
    let lo = 0;
    let hi = this.spans.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.spans[mid].start < start) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /** The mention that starts at `start`, if any. */
  at(start: number): (Span & { person: boolean }) | undefined {
    const m = this.spans[this.first(start)];
    return m?.start === start ? m : undefined;
  }

  /** Whether some mention lies inside [start, end) (mentions are sorted and do not overlap: a binary search). */
  inside(start: number, end: number): boolean {
    const m = this.spans[this.first(start)];
    return !!m && m.end <= end;
  }

  /** Whether some mention overlaps [start, end). */
  overlaps(start: number, end: number): boolean {
    const k = this.first(end) - 1;
    return k >= 0 && this.spans[k].end > start;
  }
}

const capital = (t: Token): boolean => t.word && /^(?:\p{Lu}|\d+-\p{Lu})/u.test(t.s);
const adjective = (t: Token): boolean => t.word && /^\p{Ll}\p{L}*(?:e|en|em|er|es)$/u.test(t.s) && !STOPS.has(t.l) && !DETERMINERS.has(t.l);

/**
 * The noun phrase starting at token i, as a token range [i, end), or undefined: determiner, adjectives, nouns and
 * names, a genitive ("Bericht der Vereinten Nationen"), and a name in apposition ("der Assistent des Staatschefs, Juri Uschakow").
 */
export function phraseAfter(tokens: readonly Token[], i: number, to: number, mentions: Mentions, english: boolean): number | undefined {
  let k = i;
  if (k >= to) return undefined;
  if (PRONOUNS.has(tokens[k].l) && tokens[k].word) return k + 1;
  if (DETERMINERS.has(tokens[k].l)) k++;
  let nouns = 0;
  let end = k;
  // A name in quotation marks: die „Süddeutsche Zeitung“, der "Bild"-Zeitung.
  let quoted = false;
  // After a person's name "der Zeitung" is the addressee ("sagte Anna Weber der Zeitung"), not a genitive.
  let person = false;
  for (; k < to; k++) {
    const t = tokens[k];
    const m = mentions.at(t.start);
    if (m) {
      while (k + 1 < to && tokens[k + 1].end <= m.end) k++;
      nouns++;
      end = k + 1;
      person = m.person;
    } else if (capital(t) && !(k > i && STOPS.has(t.l))) {
      nouns++;
      end = k + 1;
      person = false;
    } else if (english && t.word && !STOPS.has(t.l) && !DETERMINERS.has(t.l) && !/^\d/.test(t.s)) {
      nouns++;
      end = k + 1;
    } else if (!english && nouns > 0 && /^\d/.test(t.s)) break;
    else if (adjective(t) || /^\d/.test(t.s)) continue;
    else if (!quoted && isQuote(t.s) && k + 1 < to && capital(tokens[k + 1]) && tokens[k + 1].start === t.end) quoted = true;
    else if (quoted && isQuote(t.s) && nouns > 0 && tokens[k - 1].end === t.start) {
      quoted = false;
      end = k + 1;
    } else if (english && t.s === '.' && k === end && k + 1 < to && tokens[k - 1].end === t.start && TITLES.test(tokens[k - 1].s) && capital(tokens[k + 1])) {
      // "Mr. Reama", "Rep. Wesley Roberts", "James B. Parsons": the stop of a title or an initial.
      continue;
    } else if (t.s === '-' && k === end && quoted === false && k + 1 < to && tokens[k + 1].start === t.end && tokens[k - 1].end === t.start) continue;
    else if (nouns > 0 && !(person && !english) && (t.l === 'des' || t.l === 'der' || t.l === 'of' || t.l === 'the') && k + 1 < to && (capital(tokens[k + 1]) || adjective(tokens[k + 1]) || DETERMINERS.has(tokens[k + 1].l))) continue;
    else break;
  }
  k = end;
  if (nouns === 0) return undefined;
  // A name in apposition after a comma.
  if (tokens[k]?.s === ',' && k + 1 < to) {
    const m = mentions.at(tokens[k + 1].start);
    if (m?.person) {
      let e = k + 1;
      while (e < to && tokens[e].end <= m.end) e++;
      if (e >= to || tokens[e].s === ',' || tokens[e].s === '.') return e;
    }
  }
  return k;
}

const PREPOSITIONS_DE = new Set('in im am an auf aus bei beim mit nach vor während seit über unter zum zur von vom gegenüber durch für trotz wegen neben zwischen ohne gegen um bis ab angesichts'.split(' '));

export const AUX = new Set('hat haben hatte hatten ist sind war waren wird werden wurde wurden worden habe sei seien has have had is are was were will would'.split(' '));
const RELATIVE = new Set(['was', 'wer', 'welche', 'welcher', 'welches']);

const SUBORDINATORS = new Set(['when', 'while', 'after', 'before', 'because', 'since', 'although', 'though', 'if', 'unless', 'until', 'where', 'whereas', 'which', 'who', 'whom']);
/** Titles and initials written with a stop before a name. */
const TITLES = /^(?:Mr|Mrs|Ms|Dr|Rep|Sen|Gov|Gen|Lt|Col|Capt|Sgt|Maj|Adm|Rev|Supt|Atty|Hon|St|\p{Lu})$/u;
/** Words of a long name phrase: "Senate Republican Leader Dirksen (Ill.) and House Republican Leader Charles Halleck (Ind.)". */
const nameWords = (tokens: readonly Token[], a: number, e: number): boolean => {
  for (let k = a; k < e; k++) if (tokens[k].word ? !capital(tokens[k]) && !/^(?:and|of|the|for)$/.test(tokens[k].l) : !/^[().,]$/.test(tokens[k].s)) return false;
  return e - a <= 20;
};

/**
 * The subject before a cue: tokens [from, cue) without the openers of the clause, up to its finite verb ("Moskau und
 * Pjöngjang haben … bestritten") or a preposition; undefined when none look like one.
 */
export function phraseBefore(tokens: readonly Token[], from: number, cue: number, mentions: Mentions, english = false): [number, number] | undefined {
  // "…, which added that …", "the man who said": the relative pronoun is the source.
  if (english && cue - 1 >= from && /^(?:which|who)$/.test(tokens[cue - 1].l)) return [cue - 1, cue];
  let a = from;
  while (a < cue && (OPENERS.has(tokens[a].l) || RELATIVE.has(tokens[a].l) || tokens[a].s === ',' || tokens[a].s === '–' || isQuote(tokens[a].s))) a++;
  // "in dem er voraussagte", "den der Kreml … bezeichnet": a relative phrase before the subject.
  if (a + 2 < cue && (tokens[a].l === 'in' || tokens[a].l === 'mit') && DETERMINERS.has(tokens[a + 1].l)) a += 2;
  else if (a + 1 < cue && a > 0 && tokens[a - 1].s === ',' && DETERMINERS.has(tokens[a].l) && ((DETERMINERS.has(tokens[a + 1].l) && !tokens[a + 1].l.startsWith('beide')) || PRONOUNS.has(tokens[a + 1].l) || mentions.at(tokens[a + 1].start))) a++;
  // "sounded the keynote when he said": the subject after the clause's subordinator.
  if (english) for (let k = cue - 1; k > a; k--) if (SUBORDINATORS.has(tokens[k].l)) {
    a = k + 1;
    break;
  }
  if (a >= cue) return undefined;
  const first = tokens[a];
  // German main clauses hold one phrase before the verb: when it is a prepositional phrase ("Gegenüber der Zeitung
  // sagte Müller", "Im Interview räumte er ein"), the subject follows the verb.
  if (!english && PREPOSITIONS_DE.has(first.l) && !mentions.at(first.start)) return undefined;
  if (PRONOUNS.has(first.l)) return [a, a + 1];
  if (!(capital(first) || DETERMINERS.has(first.l) || adjective(first) || mentions.at(first.start) || (english && !STOPS.has(first.l)))) return undefined;
  let e = a;
  let quoted = false;
  // Inside an English parenthesis a comma ends nothing: "Sen. Smith (D., Tex.)".
  let parenthesis = false;
  while (e < cue) {
    const t = tokens[e];
    if (english && (t.s === '(' || t.s === ')')) parenthesis = t.s === '(';
    // A name in quotation marks after its article: Die „Financial Times“ berichtete.
    if (isQuote(t.s) && !english && e > a && !quoted && e + 1 < cue && capital(tokens[e + 1]) && tokens[e + 1].start === t.end) quoted = true;
    else if (isQuote(t.s) && quoted && tokens[e - 1].end === t.start) quoted = false;
    else if ((t.s === ',' && !parenthesis) || isQuote(t.s) || AUX.has(t.l) || t.l === 'als' || t.l === 'as') break;
    const m = mentions.at(t.start);
    if (m) {
      e++;
      while (e < cue && tokens[e].end <= m.end) e++;
      continue;
    }
    if (t.word && !capital(t) && !adjective(t) && !DETERMINERS.has(t.l) && t.l !== 'und' && t.l !== 'and' && !/^\d/.test(t.s) && !(english && !STOPS.has(t.l))) break;
    // German adjectives stand before their noun: after a noun, "versuchte" or "lobte" is the verb.
    if (!english && e > a && adjective(t) && tokens[e - 1].word && (capital(tokens[e - 1]) || mentions.overlaps(tokens[e - 1].start, tokens[e - 1].end))) break;
    e++;
  }
  // English counts words only: "Sen. Smith (D., Tex.)" is three.
  let length = e - a;
  if (english) for (let k = a; k < e; k++) if (!tokens[k].word) length--;
  if (length > 8 && !(english && nameWords(tokens, a, e))) return undefined;
  return e > a ? [a, e] : undefined;
}
