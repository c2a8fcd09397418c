// Hedge markers: reportative modals, hedging adverbs and phrases, epistemic modals, Konjunktiv I.
import type { Hedge, HedgeType } from '../../model/entities';
import { isKonjunktivI } from './konjunktiv';
import { OPENING_QUOTES, type Token } from './tokens';

const ADVERBS = new Set(
  ('angeblich mutmaßlich offenbar vermutlich wahrscheinlich möglicherweise vielleicht womöglich anscheinend eventuell ' +
    'vermeintlich unbestätigt allegedly reportedly apparently purportedly supposedly presumably possibly probably perhaps potentially likely unconfirmed').split(' '),
);
/** Inflected adjectives of the hedging adverbs ("mutmaßliche Täter", "unbestätigten Berichten"). */
const ADJECTIVE_STEMS = ['angeblich', 'mutmaßlich', 'vermeintlich', 'unbestätigt', 'wahrscheinlich'];
const ENDINGS = new Set(['e', 'en', 'em', 'er', 'es']);
const MODALS = new Set(['könnte', 'könnten', 'dürfte', 'dürften', 'might']);
const REPORTATIVE = new Set(['soll', 'sollen', 'will', 'wollen', 'wolle', 'solle']);
/** Infinitives after which "soll" reports rather than plans: states, not tasks ("soll es sich um … handeln"). */
const STATIVE = new Set(['sein', 'haben', 'handeln', 'geben', 'befinden', 'stammen', 'besitzen', 'liegen', 'gehören', 'bestehen', 'existieren', 'leben', 'wissen', 'verfügen', 'kennen', 'planen', 'stehen', 'halten', 'arbeiten', 'betragen', 'umfassen', 'enthalten', 'zählen']);
const CLAUSE_END = new Set([',', '.', ';', ':', '!', '?', '–', '—', '(', ')', '„', '“', '”', '"', '»', '«']);
const SCHEINEN = new Set(['scheint', 'scheinen', 'schien', 'schienen', 'seems', 'seem', 'seemed', 'appears', 'appear', 'appeared']);
const BE = new Set(['is', 'are', 'was', 'were']);

/** English modals that say how likely, before these: "may be", "could have", "might not". */
const EPISTEMIC_NEXT = new Set(['be', 'have', 'well', 'yet', 'soon', 'already', 'also', 'still', 'even']);

/** Hedge markers among tokens [from, to) of one sentence (English or not), in order. */
export function findHedges(tokens: readonly Token[], from: number, to: number, out: Hedge[], english = false): void {
  for (let i = from; i < to; i++) {
    const t = tokens[i];
    if (!t.word) continue;
    const l = t.l;
    let type: HedgeType | undefined;
    let last = i;
    if (ADVERBS.has(l) || isHedgeAdjective(l)) type = 'adverb';
    else if (l.endsWith('berichten') && tokens[i + 1]?.l === 'zufolge') {
      type = 'adverb';
      last = i + 1;
    } else if (MODALS.has(l)) type = l.startsWith('dürf') && negatedBefore(tokens, i, from) ? undefined : 'modal';
    else if ((l === 'may' || l === 'could') && tokens[i + 1]?.l === 'have') {
      type = 'modal';
      last = i + 1;
    } else if (english && t.s === l && (l === 'may' || l === 'could') && EPISTEMIC_NEXT.has(tokens[i + 1]?.l ?? '')) type = 'modal'; else if (BE.has(l) && (tokens[i + 1]?.l === 'believed' || tokens[i + 1]?.l === 'said' || tokens[i + 1]?.l === 'thought') && tokens[i + 2]?.l === 'to') {
      type = tokens[i + 1].l === 'said' ? 'reportative' : 'other';
      last = i + 2;
    } else if (english && BE.has(l) && tokens[i + 1]?.l === 'expected' && tokens[i + 2]?.l === 'to') {
      // "is expected to": the participle is the marker.
      out.push({ kind: 'hedge', start: tokens[i + 1].start, end: tokens[i + 1].end, text: '', type: 'other' });
      i += 2;
      continue;
    } else if (english && l === 'should' && t.s === l && tokens[i - 1]?.l === 'there' && tokens[i + 1]?.l === 'be') type = 'modal';
    else if (english && l === 'possible' && openPossibility(tokens, i, to)) type = 'other';
    else if (SCHEINEN.has(l) && (tokens[i + 1]?.l === 'to' || hasZu(tokens, i, to))) type = 'other';
    else if (REPORTATIVE.has(l) && t.s === l && reportative(tokens, i, from, to)) type = 'reportative';
    else if (!english && t.s === l && l.length > 2 && isKonjunktivI(l) && !firstPerson(tokens, i, from) && !isEnglish(l, tokens, i)) type = 'subjunctive';
    if (type) out.push({ kind: 'hedge', start: t.start, end: tokens[last].end, text: '', type });
    i = last;
  }
}

/** Words before "possible" that make it an option or a superlative, not an open question: "for possible changes", "the earliest possible", "every possible effort", "as soon as possible". */
const NOT_OPEN_BEFORE = /^(?:for|most|best|least|every|all|any|as|if|where|whenever|wherever|when)$|est$/;

/**
 * "possible" that leaves open whether something is the case: attributive ("reports of possible irregularities",
 * "Possible upshots:"), not an option someone may choose ("recommendations for possible changes") or a superlative.
 */
function openPossibility(tokens: readonly Token[], i: number, to: number): boolean {
  const next = tokens[i + 1];
  if (i + 1 >= to || !next || !(next.word || next.s === ':' || OPENING_QUOTES.has(next.s))) return false;
  return !NOT_OPEN_BEFORE.test(tokens[i - 1]?.l ?? '');
}

const HEDGE_ADJECTIVES = new Set(ADJECTIVE_STEMS.flatMap((stem) => [...ENDINGS].map((e) => stem + e)));
const isHedgeAdjective = (l: string): boolean => HEDGE_ADJECTIVES.has(l);

/**
 * Konjunktiv I "habe", "werde", "sage" are also the first person indicative: "ich habe", "habe ich", and "Ich bin …, habe"
 * with the subject left out. "sei" is not, and keeps its reading.
 */
function firstPerson(tokens: readonly Token[], i: number, from: number): boolean {
  if (tokens[i].l.startsWith('sei')) return false;
  if (tokens[i + 1]?.l === 'ich') return true;
  for (let k = i - 1; k >= Math.max(from, i - 6); k--) if (tokens[k].l === 'ich') return true;
  return false;
}

/** "nicht … dürften": permission, not likelihood. */
function negatedBefore(tokens: readonly Token[], i: number, from: number): boolean {
  for (let k = i - 1; k >= Math.max(from, i - 4); k--) if (tokens[k].l === 'nicht' || tokens[k].l === 'keine') return true;
  return false;
}

/** "scheint … zu sein", "weiterzuentwickeln scheint": an infinitive with zu in the clause. */
function hasZu(tokens: readonly Token[], i: number, to: number): boolean {
  for (let k = i - 1; k >= 0 && k > i - 4 && tokens[k].word; k--) if (/^\p{Ll}+zu\p{Ll}+n$/u.test(tokens[k].s)) return true;
  for (let k = i + 1; k < to && k < i + 12 && !CLAUSE_END.has(tokens[k].s); k++) if (tokens[k].l === 'zu' || /^\p{Ll}+zu\p{Ll}+en$/u.test(tokens[k].s)) return true;
  return false;
}

/** English "will", "may": never German Konjunktiv or reportative "will". */
function isEnglish(l: string, tokens: readonly Token[], i: number): boolean {
  return l === 'have' || l === 'make' || l === 'take' || l === 'come' || l === 'give' || tokens[i - 1]?.l === 'to' || tokens[i - 1]?.l === 'i' || tokens[i - 1]?.l === 'we' || tokens[i - 1]?.l === 'they';
}

/**
 * "soll"/"will" with an infinitive that reports: a perfect infinitive ("erbeutet haben sollen", "will … gesehen haben"), or
 * for soll a stative one. The infinitive closes the clause; in a verb-final clause it stands before the modal.
 */
function reportative(tokens: readonly Token[], i: number, from: number, to: number): boolean {
  let end = i + 1;
  while (end < to && !CLAUSE_END.has(tokens[end].s)) end++;
  let verbs: string[];
  if (end === i + 1) {
    let start = i;
    while (start > from && !CLAUSE_END.has(tokens[start - 1].s)) start--;
    verbs = tokens.slice(Math.max(start, i - 3), i).map((t) => t.l);
  } else {
    if (end - i > 25) return false;
    verbs = tokens.slice(Math.max(i + 1, end - 3), end).map((t) => t.l);
  }
  const n = verbs.length;
  if (n === 0) return false;
  const lastVerb = verbs[n - 1];
  const perfect = (lastVerb === 'haben' || lastVerb === 'sein') && n >= 2 && /^(?:ge\p{L}+[tn]|\p{L}+(?:iert|ieren)|worden|\p{L}+ge\p{L}+[tn])$/u.test(verbs[n - 2]);
  if (perfect) return true;
  const l = tokens[i].l;
  return (l === 'soll' || l === 'sollen' || l === 'solle') && STATIVE.has(lastVerb);
}
