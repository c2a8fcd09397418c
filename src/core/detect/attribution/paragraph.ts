// Attribution in one paragraph: cues, their sources and contents, hedges. Offsets are relative to the paragraph; who a
// pronoun names and which canonical actor a source is are settled document-wide (resolve.ts).
import type { AttributionMode, Hedge, Stance } from '../../model/entities';
import { clauseStart, contentSpan, findQuotes, isClauseMark, opensQuote, quoteInterior } from './clauses';
import { DIRECTIVES, adverbialToEnd, clauseLike, continuationQuote, hypothetical, nominal, notOnly, passiveAux, pastAddressee, runsOn, skipTime, subjectBeforeRelative, unquoted } from './english';
import { findHedges } from './hedges';
import { readPreposition, type PrepositionCue } from './prepositions';
import { AUX, DETERMINERS, Mentions, OPENERS, PRONOUNS, phraseAfter, phraseBefore, type Span } from './phrases';
import { ENGLISH_WORDS, CUE_VERBS, GERMAN_WORDS, type CueVerb } from './verbs';
import { CLOSING_QUOTES, OPENING_QUOTES, isQuote, sentences, tokenize, type Token } from './tokens';

/** Whom a source names when it is a pronoun or a description: settled against the actors before it. */
export type Refer = 'person' | 'organisation' | 'speaker';

export interface RawSource extends Span {
  refer?: Refer;
}

export interface RawAttribution extends Span {
  source: RawSource | null;
  content: Span | null;
  mode: AttributionMode;
  stance: Stance;
  hedged: boolean;
}

export interface ParagraphCues {
  attributions: RawAttribution[];
  hedges: Hedge[];
}

export interface MentionSpan extends Span {
  person: boolean;
  organisation: boolean;
}

const PASSIVE = new Set(['wird', 'werden', 'wurde', 'wurden', 'worden']);
const PREPOSITIONS = new Set('in im am an auf aus bei beim mit nach vor während seit über unter zum zur von vom gegenüber durch für'.split(' '));
const SUBORDINATORS = new Set('wenn weil da als obwohl nachdem während falls ob bevor sobald damit if because although when while since unless'.split(' '));
const adjectiveLike = (t: Token | undefined): boolean => !!t && /^\p{Ll}\p{L}*(?:e|en|em|er|es)$/u.test(t.s) && !PRONOUNS.has(t.l) && !OBJECT_PRONOUNS.has(t.l);
const OBJECT_PRONOUNS = new Set(['ihn', 'sie', 'es', 'ihm', 'ihr', 'uns', 'euch', 'mich', 'dich', 'sich']);
/** Objects that make a verb of saying an idiom: "schrieb Geschichte", "erklärte den Krieg", "machte Schlagzeilen". */
const IDIOM_OBJECTS = /^(?:geschichte|krieg|schlagzeilen)$/;
const GENITIVE_ARTICLES = new Set(['des', 'eines', 'ihres', 'seines', 'dieses', 'unseres', 'meines', 'deines', 'eures', 'keines']);
/** Words that name the topic of a report without an object: "berichtete über …", "warnte davor", "sagte das". */
const TOPICS = new Set(['über', 'von', 'vom', 'vor', 'darüber', 'davon', 'davor', 'dazu', 'das', 'dies', 'dieses', 'es', 'alles', 'nichts', 'folgendes']);
const ACCUSATIONS = /^(?:vorwurf|vorwürfe|anschuldigung|anschuldigungen|beschuldigung|beschuldigungen|accusation|accusations)$/;
/** Words that link the nouns of an appositive ("Leiter Energiewirtschaft bei Verivox", "Professor für Anglistik"). */
const APPOSITION_LINKS = new Set(['von', 'vom', 'bei', 'beim', 'für', 'an', 'am', 'der', 'des', 'im', 'in', 'aus', 'und', 'zu', 'zur', 'zum']);
/** Separable particles that close a clause: "hält … bereit" is no judgement. */
const PARTICLES = new Set(['bereit', 'fest', 'an', 'auf', 'ab', 'aus', 'zurück', 'vor', 'hin', 'mit', 'durch', 'ein']);
/**
 * A German verb form that can be an attributive participle ("die erwartete Zahl", "den angekündigten Ausstand"): an
 * adjective ending on a participle (ge-, an inseparable prefix, -iert). "Das sagt X", "Das sagte X" are verbs.
 */
const attributive = (l: string): boolean => /(?:e|en|em|er|es)$/.test(l) && /^(?:ge|be|er|ver|ent|zer|emp|miss|wider|unter)|^\p{L}+ge\p{L}+|iert/u.test(l);
const NEGATIONS = new Set(['nicht', 'nichts', 'nie', 'not', "n't", 'never', 'kein', 'keine', 'nothing']);
const ADDRESSEES = new Set(['reporters', 'journalists', 'reuters', 'lawmakers']);
const PERSON_NOUNS = /(?:präsident|minister|kanzler|sprecher|chef|leiter|botschafter|berater|politiker|sekretär|führer|experte|abgeordnete|diplomat|beamte|president|minister|spokesman|spokeswoman|official|secretary|leader|ambassador|adviser|advisor)(?:in|en|s)?$/i;
const ORG_NOUNS = /(?:veröffentlichung|zeitung|blatt|agentur|sender|ministerium|regierung|behörde|gremium|rat|kommission|unternehmen|konzern|partei|publication|newspaper|agency|ministry|government|company|paper)$/i;

/** Attributions and hedges of a paragraph; `mentions` are its actor mentions in order, relative to it. */
export function attributeParagraph(text: string, mentionSpans: readonly MentionSpan[]): ParagraphCues {
  const tokens = tokenize(text);
  const hedges: Hedge[] = [];
  const attributions: RawAttribution[] = [];
  if (tokens.length === 0) return { attributions, hedges };
  const quotes = findQuotes(tokens);
  const mentions = new Mentions(mentionSpans);
  const ranges = sentences(tokens);
  const scores = ranges.map(([a, b]) => languageScore(tokens, a, b));
  const paragraphScore = scores.reduce((x, y) => x + y, 0);
  ranges.forEach(([a, b], k) => {
    const english = scores[k] > 0 || (scores[k] === 0 && paragraphScore > 0);
    findHedges(tokens, a, b, hedges, english);
    const reader = new SentenceReader(tokens, a, b, quotes, mentions, english, mentionSpans);
    attributions.push(...reader.read());
  });
  addBareQuotes(tokens, quotes, attributions);
  attributions.sort((x, y) => x.start - y.start);
  for (const h of hedges) h.text = text.slice(h.start, h.end);
  for (const at of attributions) at.hedged = at.content !== null && hedges.some((h) => h.start >= at.content!.start && h.end <= at.content!.end);
  return { attributions, hedges };
}

/** English function words minus German ones among tokens [a, b): above zero, the text is read as English. */
function languageScore(tokens: readonly Token[], a: number, b: number): number {
  let score = 0;
  for (let i = a; i < b; i++) score += ENGLISH_WORDS.has(tokens[i].l) ? 1 : GERMAN_WORDS.has(tokens[i].l) ? -1 : 0;
  return score;
}

class SentenceReader {
  private readonly out: RawAttribution[] = [];

  constructor(
    private readonly tokens: readonly Token[],
    private readonly a: number,
    private readonly b: number,
    private readonly quotes: readonly [number, number][],
    private readonly mentions: Mentions,
    private readonly english: boolean,
    private readonly mentionSpans: readonly MentionSpan[],
  ) {}

  read(): RawAttribution[] {
    const { tokens, a, b } = this;
    for (let i = a; i < b; i++) {
      const t = tokens[i];
      if (!t.word) continue;
      const prep = readPreposition(tokens, i, a, b, this.english);
      if (prep) {
        this.preposition(i, prep);
        i = prep.last;
        continue;
      }
      if (!this.english && (t.l === 'heißt' || t.l === 'hieß')) {
        const last = this.impersonal(i);
        if (last !== undefined) {
          i = last;
          continue;
        }
      }
      let readings = CUE_VERBS.get(t.l);
      let first = i;
      // "bekannt gegeben": a separable participle written apart.
      if (!readings && i > a && tokens[i - 1].word && t.l.startsWith('ge')) {
        const joined = CUE_VERBS.get(tokens[i - 1].l + t.l)?.filter((v) => !v.particle);
        if (joined?.length) {
          readings = joined;
          first = i - 1;
        }
      }
      if (!readings) continue;
      if (t.s !== t.l && i !== a && !OPENING_QUOTES.has(tokens[i - 1].s)) continue;
      let last: number | undefined;
      for (const verb of readings) {
        const before = this.out.length;
        last = this.verb(first, i, verb);
        if (this.out.length > before) break;
      }
      if (last !== undefined) i = Math.max(i, last);
    }
    if (this.english) this.continuation();
    return this.out;
  }

  /** A verbless quotation that continues the report of the cue before it, with that cue's speaker (english.ts). */
  private continuation(): void {
    const last = this.out[this.out.length - 1];
    if (!last?.source || last.source.refer === 'speaker') return;
    let from = this.a;
    while (from < this.b && this.tokens[from].start < Math.max(last.end, last.content?.end ?? 0)) from++;
    const found = continuationQuote(this.tokens, from, this.b, this.quotes, this.mentions);
    if (!found) return;
    const mark = this.tokens[found.mark];
    this.push({ start: mark.start, end: mark.end }, { ...last.source }, found.content, 'direct', last.stance);
  }

  /**
   * The impersonal "heißt es" / "es heißt" at token i ("so heißt es", "in ihr heißt es:", "Es heißt, …"): a report
   * with no source, or the text named before it ("in ihr", "im Bericht"); "heißt es aus …" is a preposition cue. Only
   * before a colon or comma, or parenthetical, so that "heißt es an den Briefkästen „…“" (a label) is none.
   */
  private impersonal(i: number): number | undefined {
    const { tokens, a, b } = this;
    const esAfter = tokens[i + 1]?.l === 'es';
    const esBefore = !esAfter && i > a && tokens[i - 1].l === 'es' && clauseStart(tokens, a, i - 1, this.quotes) === i - 1;
    if (!esAfter && !esBefore) return undefined;
    const after = esAfter ? i + 2 : i + 1;
    const start = clauseStart(tokens, a, esBefore ? i - 1 : i, this.quotes);
    const next = tokens[after]?.s ?? '.';
    let source: RawSource | null = null;
    if (esAfter && i - start >= 2 && /^(?:in|im|aus|bei|beim)$/.test(tokens[start].l)) {
      const e = phraseAfter(tokens, start + 1, i, this.mentions, false);
      if (e === i || (i - start === 2 && /^(?:ihr|ihm|ihnen|ihnen)$/.test(tokens[start + 1].l))) source = this.source(start + 1, i);
    }
    let content: { span: Span; quoted: boolean } | undefined;
    const parenthetical = tokens[start].l === 'so' && start > a && tokens[start - 1].s === ',';
    if (parenthetical && next === ',') {
      let end = after + 1;
      while (end < b && tokens[end].s !== ',' && tokens[end].s !== ';') end++;
      content = contentSpan(tokens, a, end, this.quotes);
    } else if ((parenthetical || start > a) && (next === '.' || after >= b) && isClauseMark(tokens[start - 1].s)) content = contentSpan(tokens, a, start - 1, this.quotes);
    else if ((next === ':' || next === ',') && (start === (esBefore ? i - 1 : i) || source)) content = contentSpan(tokens, after + 1, this.contentEnd(after + 1), this.quotes);
    if (!content) return undefined;
    this.push({ start: tokens[i].start, end: tokens[i].end }, source, content.span, content.quoted ? 'direct' : 'indirect', 'asserts');
    return after - 1;
  }

  /** A verb cue at tokens [first, i]; returns the last token it took, or undefined when it is none. */
  private verb(first: number, i: number, verb: CueVerb): number | undefined {
    const { tokens, a, b } = this;
    const prev = tokens[first - 1];
    const negated = !!prev && (NEGATIONS.has(prev.l) || NEGATIONS.has(tokens[first - 2]?.l ?? '')) && !(this.english && notOnly(tokens, first));
    // "but neither told us how": a negated subject.
    if (this.english && (prev?.l === 'neither' || prev?.l === 'nor')) return undefined;
    if (prev && (negated || prev.l === 'to' || prev.l === 'zu' || (DETERMINERS.has(prev.l) && (this.english || (attributive(tokens[i].l) && /^\p{Lu}/u.test(tokens[i + 1]?.s ?? '')))))) return undefined;
    for (let k = i + 1; k < Math.min(b, i + 3) && tokens[k].word; k++) if (NEGATIONS.has(tokens[k].l) || tokens[k].l === 'viel' || tokens[k].l === 'alles') return undefined;
    // English planned or hypothetical speech ("will ask", "would dismiss them") and nouns ("reports of") are no cues.
    if (this.english && (hypothetical(tokens, first) || nominal(tokens, i))) return undefined;
    let cueEnd = i;
    let start = clauseStart(tokens, a, first, this.quotes);
    // "Thomas de Maizière (CDU) sagte": a short parenthesis after the subject belongs to it; in English also inside it,
    // "Senate Republican Leader Dirksen (Ill.) and House Republican Leader Charles Halleck (Ind.) said".
    // "Sen. Smith (D., Tex.) said": a comma inside the parenthesis ended the clause there.
    if (this.english && tokens[first - 1]?.s === ')') {
      let open = first - 2;
      while (open > a && open >= first - 9 && tokens[open].s !== '(') open--;
      if (tokens[open]?.s === '(' && open < start) start = clauseStart(tokens, a, open, this.quotes);
    }
    while ((start === first || this.english) && tokens[start - 1]?.s === ')') {
      let open = -1;
      for (let k = start - 2; k > a && k >= start - 6 && open < 0; k--) if (tokens[k].s === '(') open = k;
      if (open < 0) break;
      start = clauseStart(tokens, a, open, this.quotes);
      if (!this.english) break;
    }
    let clauseEnd = i + 1;
    while (clauseEnd < b && !/^[,;:–—]$/.test(tokens[clauseEnd].s)) clauseEnd++;
    if (verb.particle) {
      const p = findParticle(tokens, i + 1, clauseEnd, verb.particle);
      if (p === undefined) return undefined;
      if (p === i + 1) cueEnd = p;
    }
    if (verb.topic) {
      // "commented on a number of topics": the preposition follows the verb and opens the content.
      if (tokens[i + 1]?.l !== verb.next) return undefined;
      const pre = phraseBefore(tokens, start, first, this.mentions, true);
      const content = pre && contentSpan(tokens, i + 1, clauseEnd, this.quotes);
      if (!pre || !content) return undefined;
      this.push({ start: tokens[first].start, end: tokens[i].end }, this.source(pre[0], pre[1]), content.span, 'reported', verb.stance);
      return clauseEnd - 1;
    }
    if (verb.next) {
      const n = tokens.slice(start, clauseEnd).findIndex((x) => x.l === verb.next);
      if (n < 0) return undefined;
      // "hält X für Y": Y closes the clause and is no pronoun ("hält das Buch für ihn bereit" holds, it does not judge).
      if (verb.predicative && verb.next === 'für' && (clauseEnd - (start + n) > 5 || OBJECT_PRONOUNS.has(tokens[start + n + 1]?.l ?? '') || PARTICLES.has(tokens[clauseEnd - 1].l))) return undefined;
      if (start + n === i + 1) cueEnd = i + 1;
    }
    if (this.english && ADDRESSEES.has(tokens[i + 1]?.l ?? '') && tokens[i].l.startsWith('told')) cueEnd = i + 1;
    const cue = { start: tokens[first].start, end: tokens[cueEnd].end };
    let after = cueEnd + 1;
    if (verb.particle && cueEnd === i) after = i + 1;
    // A reflexive pronoun is neither source nor content: "empörte sich der Abgeordnete", "äußerte sich der Verband:".
    if (!this.english && tokens[after]?.l === 'sich') {
      if (verb.notReflexive) return undefined;
      after++;
    }
    // A separable particle that closes the clause and is not the cue's own makes another verb: "meldete … Insolvenz an",
    // "sagte das Konzert ab".
    if (!this.english && !verb.particle && clauseEnd - 1 > i && PARTICLES.has(lastWord(tokens, i + 1, clauseEnd)?.l ?? '')) return undefined;

    if (this.english) {
      const aux = passiveAux(tokens, start, first);
      if (aux >= 0) return this.passiveEnglish(cue, start, aux, i, verb);
      const run = this.parenthetical(cue, start, first, cueEnd, verb);
      if (run !== undefined) return run;
    }
    // Passive: "Bestätigt wird dies durch …", "wurde als „freundlich“ beschrieben".
    const passiveAfter = PASSIVE.has(tokens[after]?.l ?? '') && (first === start || /^(?:ge|\p{L}+ge\p{L}+t$|\p{L}+iert$)/u.test(tokens[i].l));
    const passiveBefore = !passiveAfter && tokens.slice(start, first).some((x) => PASSIVE.has(x.l)) && (tokens[after]?.s === '.' || isClauseMark(tokens[after]?.s ?? ''));
    if (passiveAfter || passiveBefore) return this.passive(cue, start, first, after, clauseEnd, passiveAfter, verb);

    // "Dewey Lawrence, a Tyler lawyer representing the bankers, said …": the subject and its appositive, not content.
    const named = this.english ? this.beforeAppositive(first) : undefined;
    // Content before the cue: "…, sagte X", "„…“, schrieb Putin", "…, the minister said".
    // "… when he said it would …": an English subject right before the cue, and the content after it.
    // Not when only an adverbial follows: "…, a top official said Wednesday." has its content before.
    const subjectThenClause = this.english && tokens[after]?.word === true && tokens[first - 1]?.word === true && phraseBefore(tokens, start, first, this.mentions, true)?.[1] === first && !adverbialToEnd(tokens, after, b);
    // "Mr. Reama, who retired … in 1955 said, “…”": the subject before the relative clause.
    const relative = this.english ? subjectBeforeRelative(tokens, a, start, first, this.mentions) : undefined;
    // "X hält dies für vermessen, sagt jedoch: „…“": a second verb of the sentence's subject, its content after the colon.
    const coordinated = !this.english && start === first && start > a + 1 && tokens[start - 1].s === ',' && this.opensContentAfter(after) && phraseAfter(tokens, after, b, this.mentions, false) === undefined;
    // "Peter Reese, Leiter Energiewirtschaft bei Verivox, sagt: …": the subject before its appositive.
    const subject = !this.english && !coordinated ? this.subjectBeforeApposition(first, after) : undefined;
    const before = named === undefined && !subjectThenClause && !coordinated && !subject && !relative ? this.contentBefore(start, first) : undefined;
    // With no source around the cue, the clause before was no content: "Der Präsident der EZB, Mario Draghi, sagte am
    // Donnerstag, …" reads on below (German; English keeps its own readers).
    if (before) {
      let sourceStart = after;
      if (verb.particle && cueEnd === i) sourceStart = i + 1;
      const endAfter = phraseAfter(tokens, sourceStart, b, this.mentions, this.english);
      const pre = phraseBefore(tokens, start, first, this.mentions, this.english);
      const source = endAfter !== undefined && !(this.english && pre) ? this.source(sourceStart, endAfter) : pre ? this.source(pre[0], pre[1]) : null;
      if (!source && this.english) return undefined;
      // "In dem Brief, …, sagte der Präsident, die Länder hätten …": the content follows after all.
      const e = endAfter ?? sourceStart;
      // "Auf die Frage, ob …, antwortete er: „Nein.“": a colon or quotation after the source opens the content.
      const opensAfter = !this.english && source && endAfter !== undefined && (tokens[e]?.s === ':' || (!!tokens[e] && opensQuote(tokens, e)));
      if (source && endAfter !== undefined && (opensAfter || (tokens[e]?.s === ',' && b - e > 4 && PREPOSITIONS.has(tokens[a].l) && !this.rejectsClause(e + 1, true)))) {
        const content = contentSpan(tokens, tokens[e].s === ',' || tokens[e].s === ':' ? e + 1 : e, b, this.quotes);
        if (content) {
          this.push(cue, source, content.span, content.quoted ? 'direct' : 'indirect', verb.stance);
          return e;
        }
      }
      if (source) {
        this.push(cue, source, before.span, before.quoted ? 'direct' : 'indirect', verb.stance);
        return Math.max(cueEnd, endAfter ?? cueEnd) - 1;
      }
    }

    // A German finite verb that opens its sentence has no prefield: a question, a condition or a fragment
    // ("räumte Pisa und Barcelona Handelsprivilegien ein, …"), not a report.
    if (!this.english && first === a && !coordinated && !subject) return undefined;
    // Source before or after the cue.
    const pre = relative ?? phraseBefore(tokens, start, first, this.mentions, this.english);
    const frontedObject = pre && pre[1] - pre[0] === 1 && pre[0] === a && /^(?:dies|das|this)$/i.test(tokens[pre[0]].s);
    const fronted = pre && pre[0] === a && pre[1] - pre[0] === 1 && !this.mentions.at(tokens[pre[0]].start) && !PRONOUNS.has(tokens[pre[0]].l) && OPENERS.has(tokens[pre[0]].l);
    let source: RawSource | null = null;
    let k = after;
    const apposition = !pre && first > a && tokens[first - 1].s === ',' ? phraseAfter(tokens, a, first - 1, this.mentions, this.english) : undefined;
    if (apposition === first - 1) {
      // "Der Sprecher des Ministeriums, Matthew Miller, wiederholte …".
      source = this.source(a, first - 1);
    } else if (named !== undefined && !pre) {
      source = this.source(a, named);
    } else if (subject && !pre) {
      source = this.source(subject[0], subject[1]);
    } else if (!pre || frontedObject || fronted) {
      let e = phraseAfter(tokens, after, b, this.mentions, this.english);
      // An English source after the cue closes its clause ("said Kirby, …"); "said the message did not …" is content.
      if (this.english && e !== undefined && e < b && !isClauseMark(tokens[e].s) && !isQuote(tokens[e].s) && !/^[.!?]$/.test(tokens[e].s) && !adverbialToEnd(tokens, e, b)) e = undefined;
      const earlier = this.english && /^(?:and|but)$/.test(tokens[start].l) ? this.out[this.out.length - 1] : undefined;
      if (e !== undefined) {
        source = this.source(after, e);
        k = e;
      } else if (earlier?.source) {
        // "… has not only reiterated …, but has announced that …": the speaker of the cue before.
        source = { ...earlier.source };
      } else if (/^(?:und|and)$/.test(tokens[start].l) || coordinated) {
        // "… und sicherte … zu": the subject of the sentence, not repeated.
        const s0 = phraseBefore(tokens, a, first, this.mentions, this.english);
        if (s0) source = this.source(s0[0], s0[1]);
      }
      if (!source) return undefined;
    } else {
      source = this.source(pre[0], pre[1]);
    }
    if (!source) return undefined;
    const mode: AttributionMode = /^(?:wie|as)$/.test(tokens[start]?.l ?? '') ? 'according_to' : 'indirect';
    if (frontedObject) {
      this.push(cue, source, { start: tokens[a].start, end: tokens[a].end }, 'reported', verb.stance);
      return k - 1;
    }
    // Skip adverbials, auxiliaries and the particle up to a comma, colon or quote that opens the content.
    let c = k;
    while (c < b && c < k + 12 && !isClauseMark(tokens[c].s) && !OPENING_QUOTES.has(tokens[c].s) && tokens[c].s !== '.' && !(this.english && c === k)) c++;
    // "wies Spekulationen zurück, wonach …": a denial's or confirmation's object before the comma; the clause after it
    // belongs to that noun, and the object is the content.
    if (!this.english && verb.np && c < b && tokens[c].s === ',') {
      const j = this.objectAt(k, c);
      const object = j !== undefined ? this.trimObject(j, verb.particle && tokens[c - 1].l === verb.particle ? c - 1 : c) : undefined;
      if (object) {
        this.push(cue, source, object, 'reported', verb.stance);
        return c - 1;
      }
    }
    const opens = c < b && !verb.predicative && (tokens[c].s === ',' || tokens[c].s === ':' || OPENING_QUOTES.has(tokens[c].s));
    if (opens && (c === k || !this.english)) {
      let from = tokens[c].s === ',' || tokens[c].s === ':' ? c + 1 : c;
      // "said, however, that …": a sentence adverb between commas.
      if (this.english && tokens[from + 1]?.s === ',' && /^(?:however|moreover|though|too|also|meanwhile|\p{Ll}+ly)$/u.test(tokens[from]?.s ?? '')) from += 2;
      const content = contentSpan(tokens, from, this.contentEnd(from), this.quotes);
      const article = c === k || /^(?:beiden|\p{Lu})/u.test(tokens[from + 1]?.s ?? '') || adjectiveLike(tokens[from + 1]);
      // "lobte den Plan, sagte aber …": a verb that needs its clause takes none after its object and a comma, unless a
      // pronominal adverb points on to it ("begründete die Entscheidung damit, dass …").
      const objectFirst = verb.clause && !this.english && tokens[c].s === ',' && !/^da(?:r|mit|durch|von|zu|für|bei|nach|gegen)/.test(tokens[c - 1].l) && this.objectAt(k, c) !== undefined;
      if (content && !objectFirst && !(tokens[c].s === ',' && (this.rejectsClause(from, article, mode === 'according_to') || CUE_VERBS.has(tokens[from].l)))) {
        // "wiederholte den Vorwurf, …": the noun before the clause names the speech act.
        let stance = verb.stance;
        for (let x = k; x < c && stance === 'asserts'; x++) if (ACCUSATIONS.test(tokens[x].l)) stance = 'accuses';
        this.push(cue, source, content.span, content.quoted ? 'direct' : mode, stance);
        return c - 1;
      }
    }
    // English "said on Monday that …": the content starts after "that".
    // "told the Rotary Club of Providence at its luncheon … that …": an addressee and adverbials before it.
    let that = after;
    const told = this.english && /^(?:told|tells?)$/.test(tokens[i].l);
    if (this.english) for (let t = after; t < Math.min(b, after + (told ? 16 : 6)) && tokens[t].word; t++) if (tokens[t].l === 'that') {
      that = t;
      break;
    }
    // "said Sunday night there was …", "told the committee the measure would …": the clause after the adverb or addressee.
    if (this.english && that === after) that = told ? pastAddressee(tokens, skipTime(tokens, after, b), b, this.mentions) : skipTime(tokens, after, b);
    // Verbs that report only with a clause ("added", "noted", "believes") take a that-clause in English.
    if (verb.clause && !(this.english && tokens[that]?.l === 'that')) return undefined;
    // English "said (that) …" without a comma; German noun-phrase objects: "bestritt die Lieferungen".
    if (this.english) {
      // A noun-phrase object ends with its clause.
      const from = that;
      const clause = tokens[from]?.l === 'that' || !verb.np;
      const end = clause ? this.contentEnd(from) : clauseEnd;
      const content = contentSpan(tokens, from, end, this.quotes);
      if (!content) return undefined;
      // "reiterated the attachment to the alliance": a noun-phrase object is `reported`, a clause `indirect`.
      const reported = !clause || (tokens[from]?.l !== 'that' && !clauseLike(tokens, from, end));
      this.push(cue, source, content.span, content.quoted ? 'direct' : reported ? 'reported' : mode, verb.stance);
      return cueEnd;
    }
    const objectFrom = source && pre && k === after ? after : k;
    let objectTo = clauseEnd;
    while (objectTo > objectFrom && /^[.!?)]$/.test(tokens[objectTo - 1].s)) objectTo--;
    if (verb.particle && objectTo > objectFrom && tokens[objectTo - 1].l === verb.particle) objectTo--;
    if (objectTo <= objectFrom && pre) {
      // Verb-final: "Moskau und Pjöngjang haben Waffenlieferungen bestritten".
      const aux = tokens.slice(pre[1], first).findIndex((x) => AUX.has(x.l));
      const from = aux >= 0 ? pre[1] + aux + 1 : pre[1];
      const content = contentSpan(tokens, from, first, this.quotes);
      if (!content) return undefined;
      this.push(cue, source, this.trimObject(from, first) ?? content.span, 'reported', verb.stance);
      return cueEnd;
    }
    if (objectTo <= objectFrom && !pre && k - after >= 2 && DETERMINERS.has(tokens[after].l) && /^\p{Lu}/u.test(tokens[k - 1].s) && !this.mentions.overlaps(tokens[k - 1].start, tokens[k - 1].end)) {
      // "räumte der Minister Fehler ein": the source phrase took the object; a bare noun after the head is the object.
      this.push(cue, this.source(after, k - 1), { start: tokens[k - 1].start, end: tokens[k - 1].end }, 'reported', verb.stance);
      return cueEnd;
    }
    const content = contentSpan(tokens, objectFrom, objectTo, this.quotes);
    if (!content) return undefined;
    if (!content.quoted && !verb.np && !verb.next && !this.reportsSomething(objectFrom, objectTo, !!verb.topicOnly)) return undefined;
    this.push(cue, source, content.span, content.quoted ? 'direct' : 'reported', verb.stance);
    return cueEnd;
  }

  /**
   * The end of the subject before an English appositive that ends at the cue ("Dewey Lawrence, a Tyler lawyer …, said"),
   * when the sentence opens with that subject; else undefined.
   */
  private beforeAppositive(first: number): number | undefined {
    const { tokens, a } = this;
    if (first - 1 <= a || tokens[first - 1].s !== ',') return undefined;
    let p = first - 2;
    while (p > a && tokens[p].s !== ',') p--;
    if (p <= a || first - 1 - p > 15 || !/^(?:a|an|the|\p{Ll}+|\d+)$/u.test(tokens[p + 1]?.s ?? '')) return undefined;
    return phraseAfter(tokens, a, p, this.mentions, true) === p ? p : undefined;
  }

  /**
   * German: the subject of a cue that follows it and its appositive between commas, when no source follows the cue and
   * the content opens right after it ("Gabriele Muccino, Regisseur von „Sieben Leben“, sagt, der Film sei …"). The
   * appositive is a noun phrase (nouns, adjectives, numbers, linking prepositions); the subject names an actor or has a
   * determiner. Returns its token range.
   */
  private subjectBeforeApposition(first: number, after: number): [number, number] | undefined {
    const { tokens, a, b } = this;
    if (first - 2 <= a || tokens[first - 1].s !== ',' || after >= b || !(tokens[after].s === ',' || tokens[after].s === ':' || opensQuote(tokens, after))) return undefined;
    if (phraseAfter(tokens, after, b, this.mentions, false) !== undefined) return undefined;
    let p = first - 2;
    while (p > a && tokens[p].s !== ',' && first - p <= 14) p--;
    if (p <= a || tokens[p].s !== ',' || !/^[\p{Lu}\d]/u.test(tokens[p + 1].s) && !DETERMINERS.has(tokens[p + 1].l)) return undefined;
    for (let k = p + 1; k < first - 1; k++) {
      const t = tokens[k];
      if (t.word && !/^[\p{Lu}\d]/u.test(t.s) && !DETERMINERS.has(t.l) && !adjectiveLike(t) && !APPOSITION_LINKS.has(t.l)) return undefined;
      if (!t.word && !isQuote(t.s) && t.s !== '-') return undefined;
    }
    let s = p;
    while (s > a && !isClauseMark(tokens[s - 1].s) && !CLOSING_QUOTES.has(tokens[s - 1].s)) s--;
    const pre = phraseBefore(tokens, s, p, this.mentions, false);
    if (!pre || pre[1] !== p || !(this.mentions.inside(tokens[pre[0]].start, tokens[p - 1].end) || DETERMINERS.has(tokens[pre[0]].l))) return undefined;
    return pre;
  }

  /** Whether content opens at token k after at most three adverbs ("sagt jedoch: „…“"): a colon or a quotation. */
  private opensContentAfter(k: number): boolean {
    const { tokens, b } = this;
    for (let n = 0; n < 3 && k < b && tokens[k].word && tokens[k].s === tokens[k].l && !DETERMINERS.has(tokens[k].l) && !PRONOUNS.has(tokens[k].l); n++) k++;
    return k < b && (tokens[k].s === ':' || opensQuote(tokens, k));
  }

  /** After a comma, what cannot open reported content: a relative clause, a coordinated verb, "um … zu". */
  private rejectsClause(from: number, articleOk: boolean, verbOk = false): boolean {
    const t = this.tokens[from];
    if (!t) return true;
    if (AUX.has(t.l)) return !verbOk;
    if (/^(?:der|die|das|dem|den)$/.test(t.l)) return !articleOk;
    return /^(?:deren|dessen|um|the|which|who|wo|als|wenn|and|und|aber|but|bevor|nachdem|darunter|davon|sowie|insbesondere)$/.test(t.l);
  }

  /** The end of the simple noun phrase from token k: an article, adjectives and numbers, then its capitalised nouns. */
  private nounPhraseEnd(k: number, to: number): number {
    const { tokens } = this;
    if (k < to && DETERMINERS.has(tokens[k].l)) k++;
    while (k < to && (adjectiveLike(tokens[k]) || /^\d/.test(tokens[k].s))) k++;
    while (k < to && /^[\p{Lu}\d]/u.test(tokens[k].s) && tokens[k].word) k++;
    return k;
  }

  /**
   * Whether a German reporting verb's clause [from, to) names what is reported: an object ("kritisierte die Pläne"), a
   * topic ("berichtete über …", "warnte vor …", "darüber", "das"). "berichtet für die ARD aus Washington" and "antwortete
   * auf einen Brief" name none. With `topicOnly` (schreiben, erzählen) an object is a work, not a report.
   */
  private reportsSomething(from: number, to: number, topicOnly: boolean): boolean {
    for (let k = from; k < to; k++) if (TOPICS.has(this.tokens[k].l)) return true;
    return !topicOnly && this.objectAt(from, to) !== undefined;
  }

  /** The first token of a noun-phrase object among tokens [from, to), past adverbs and prepositional phrases. */
  private objectAt(from: number, to: number): number | undefined {
    const { tokens } = this;
    for (let j = from; j < to; j++) {
      const t = tokens[j];
      if (!t.word) return undefined;
      if (PREPOSITIONS.has(t.l)) {
        // The prepositional phrase: an article, adjectives or numbers, its nouns, and a genitive with "des".
        j = this.nounPhraseEnd(j + 1, to) - 1;
        while (j + 1 < to && GENITIVE_ARTICLES.has(tokens[j + 1].l)) j = this.nounPhraseEnd(j + 2, to) - 1;
        continue;
      }
      if (DETERMINERS.has(t.l) || /^\p{Lu}/u.test(t.s)) return j;
    }
    return undefined;
  }

  /** "diese Vorwürfe jedoch als „absurd“": the object phrase before adverbs. */
  private trimObject(from: number, to: number): Span | undefined {
    const e = phraseAfter(this.tokens, from, to, this.mentions, this.english);
    return e !== undefined && e > from ? { start: this.tokens[from].start, end: this.tokens[e - 1].end } : undefined;
  }

  private passive(cue: Span, start: number, first: number, after: number, clauseEnd: number, auxAfter: boolean, verb: CueVerb): number | undefined {
    const { tokens } = this;
    const agentAt = tokens.slice(start, clauseEnd).findIndex((x) => x.l === 'durch' || x.l === 'von' || x.l === 'by');
    const agent = agentAt >= 0 ? start + agentAt + 1 : -1;
    const agentEnd = agent >= 0 ? phraseAfter(tokens, agent, clauseEnd, this.mentions, this.english) : undefined;
    const source = agentEnd !== undefined ? this.source(agent, agentEnd) : null;
    let content: Span | undefined;
    const quote = this.quotes.find((q) => q[0] >= start && q[1] < (auxAfter ? clauseEnd : first));
    if (quote) content = quoteInterior(tokens, quote);
    else if (auxAfter) content = contentSpan(tokens, after + 1, agent >= 0 ? agent - 1 : clauseEnd, this.quotes)?.span;
    else {
      const aux = tokens.slice(start, first).findIndex((x) => PASSIVE.has(x.l));
      content = contentSpan(tokens, start, start + aux, this.quotes)?.span;
    }
    if (!content || (!source && !quote)) return undefined;
    this.push(cue, source, content, quote ? 'direct' : 'reported', verb.stance);
    return auxAfter ? after : undefined;
  }

  /**
   * An English passive cue at token i after its "be" at `aux`: the agent after "by" is the source ("His contention was
   * denied by several bankers", its subject the content), no agent gives a null source ("the audience was warned that
   * …", "…, Judge Parsons was told in court."), and a directive's content is its infinitive ("was charged by Judge Pye to
   * investigate …"). Without content it is none: "was charged with theft", "was reported missing".
   */
  private passiveEnglish(cue: Span, start: number, aux: number, i: number, verb: CueVerb): number | undefined {
    const { tokens, a, b } = this;
    // "should be rejected", "may be called on": planned or hypothetical.
    if (hypothetical(tokens, aux)) return undefined;
    let k = i + 1;
    let source: RawSource | null = null;
    if (tokens[k]?.l === 'by') {
      let e = phraseAfter(tokens, k + 1, b, this.mentions, true);
      if (e === undefined) return undefined;
      // "by several bankers, including Scott Hudson of Sherman, …": the head with its list.
      if (tokens[e]?.s === ',' && tokens[e + 1]?.l === 'including') {
        const stop = tokens.slice(e, b).findIndex((x) => x.s === ';' || x.s === ':');
        for (e = stop >= 0 ? e + stop : b; /^[.!?]$/.test(tokens[e - 1].s); e--);
      }
      source = this.source(k + 1, e);
      k = e;
    }
    let content: { span: Span; quoted: boolean } | undefined;
    let stance = verb.stance;
    let mode: AttributionMode = 'indirect';
    if (tokens[k]?.l === 'to' && tokens[k + 1]?.word && DIRECTIVES.test(tokens[i].l)) {
      content = contentSpan(tokens, k + 1, this.contentEnd(k + 1), this.quotes);
      stance = 'asserts';
    } else if (verb.stance === 'accuses' && (tokens[k]?.l === 'of' || tokens[k]?.l === 'for')) {
      // "was accused of violating the contract": what the accusation names.
      let end = k + 1;
      while (end < b && !isClauseMark(tokens[end].s)) end++;
      content = contentSpan(tokens, k, end, this.quotes);
      mode = 'reported';
    } else if (!source && start > a && tokens[start - 1].s === ',' && runsOn(tokens, k, b)) {
      // "The new law, it was explained, will take effect in July": the clause it interrupts.
      const from = unquoted(tokens, a, start);
      const to = unquoted(tokens, k + 1, this.contentEnd(k + 1));
      if (from && to) content = { span: { start: from.start, end: to.end }, quoted: opensQuote(tokens, a) };
    } else {
      let that = -1;
      for (let t = k; t < Math.min(b, k + 6) && tokens[t].word && that < 0; t++) if (tokens[t].l === 'that') that = t;
      if (that >= 0) content = contentSpan(tokens, that, this.contentEnd(that), this.quotes);
      else if (!verb.clause && adverbialToEnd(tokens, k, b)) {
        const subject = source ? phraseBefore(tokens, start, aux, this.mentions, true) : undefined;
        if (subject) {
          content = { span: { start: tokens[subject[0]].start, end: tokens[subject[1] - 1].end }, quoted: false };
          mode = 'reported';
        } else if (!source && start > a && tokens[start - 1].s === ',' && !SUBORDINATORS.has(tokens[a].l)) content = contentSpan(tokens, a, start - 1, this.quotes);
      }
    }
    if (!content) return undefined;
    this.push(cue, source, content.span, content.quoted ? 'direct' : mode, stance);
    return Math.max(i, k - 1);
  }

  /**
   * An English cue with its source between commas inside the clause it interrupts: "Such vital information, he said,
   * has to be …", "“I would expect …”, Mr. Notte said, “to obtain …”". The content is the whole clause, cue included.
   */
  private parenthetical(cue: Span, start: number, first: number, cueEnd: number, verb: CueVerb): number | undefined {
    const { tokens, a, b } = this;
    if (start <= a || !(tokens[start - 1].s === ',' || (CLOSING_QUOTES.has(tokens[start - 1].s) && tokens[start - 2]?.s === ','))) return undefined;
    // A quotation cut by the cue ("“I don't know”, he said, “but I will …”"): its first part ends in no stop.
    const split = opensQuote(tokens, a) && CLOSING_QUOTES.has(tokens[start - 1].s === ',' ? tokens[start - 2]?.s ?? '' : tokens[start - 1].s) && !/^[.!?]$/.test(tokens[start - (tokens[start - 1].s === ',' ? 3 : 2)]?.s ?? '');
    if (!runsOn(tokens, cueEnd + 1, b, split)) return undefined;
    const pre = phraseBefore(tokens, start, first, this.mentions, true);
    if (!pre || pre[1] !== first) return undefined;
    const from = unquoted(tokens, a, start);
    const to = unquoted(tokens, cueEnd + 2, this.contentEnd(cueEnd + 2));
    if (!from || !to) return undefined;
    const source = this.source(pre[0], pre[1]);
    if (!source) return undefined;
    this.push(cue, source, { start: from.start, end: to.end }, opensQuote(tokens, a) ? 'direct' : 'indirect', verb.stance);
    return cueEnd;
  }

  /** The content before an inverted cue, when the clause before the cue is only its source: "…, sagte X". */
  private contentBefore(start: number, first: number): { span: Span; quoted: boolean } | undefined {
    const { tokens, a } = this;
    if (start <= a) return undefined;
    let p = start - 1;
    if (tokens[p].s !== ',' && !CLOSING_QUOTES.has(tokens[p].s)) return undefined;
    const between = first - start;
    if (between > 0) {
      const pre = phraseBefore(tokens, start, first, this.mentions, this.english);
      if (!this.english || !pre || pre[0] !== start || pre[1] !== first) return undefined;
    }
    while (p > a && (tokens[p].s === ',' || CLOSING_QUOTES.has(tokens[p].s)) && !this.quotes.some((q) => q[1] === p)) p--;
    // "Auch wenn …, bewerten die Experten …": an adverbial clause is no content.
    const opener = tokens[a].l === 'auch' || tokens[a].l === 'und' ? tokens[a + 1]?.l : tokens[a].l;
    if (SUBORDINATORS.has(opener ?? '')) return undefined;
    // Chained: the content of an earlier cue that ends here ("…“, berichteten Staatsmedien").
    const chained = this.out.find((x) => x.content && x.content.end >= tokens[p].start && x.content.end <= tokens[start - 1].end);
    if (chained?.content) return { span: chained.content, quoted: false };
    // A quotation that is all the content: it opens the sentence (or an earlier one) or follows a colon.
    const q = this.quotes.find((x) => x[1] === p || x[1] === p + 1 || x[1] === start - 1);
    if (q && q[1] < first && (q[0] <= a || isClauseMark(tokens[q[0] - 1].s))) return { span: quoteInterior(tokens, q), quoted: true };
    const content = contentSpan(tokens, a, start - 1, this.quotes);
    return content;
  }

  /**
   * Where content after a cue ends: the sentence's end, a later inverted cue's clause (not handled: the sentence), or a
   * second verb of saying coordinated after a comma ("…, und fügte hinzu, …").
   */
  private contentEnd(from: number): number {
    const { tokens, b } = this;
    for (let k = from; k < b - 1; k++) {
      if (tokens[k].s !== ',' || this.quotes.some((q) => q[0] < k && q[1] > k)) continue;
      const next = tokens[k + 1].l;
      if (/^(?:citing|according|laut|so)$/.test(next)) return k;
      if ((next === 'und' || next === 'and') && CUE_VERBS.has(tokens[k + 2]?.l ?? '')) return k;
      // "…, but has announced that …": a coordinated cue after an auxiliary or adverb.
      if (this.english && (next === 'and' || next === 'but')) for (let j = k + 2; j < Math.min(b, k + 5) && tokens[j].word; j++) if (CUE_VERBS.has(tokens[j].l)) return k;
    }
    return b;
  }

  private preposition(i: number, prep: PrepositionCue): void {
    const { tokens, a, b } = this;
    const { last, sourceAt, sourceBefore, stance } = prep;
    let source: RawSource | null;
    let sourceEnd: number;
    let sourceStart: number;
    if (prep.own) {
      this.ownAccount(i, last);
      return;
    }
    if (sourceBefore) {
      sourceStart = i;
      // "Dem „Spiegel“ zufolge", "Experten zufolge": the dative phrase back to the clause's start or its verb.
      while (sourceStart > a && (tokens[sourceStart - 1].word || tokens[sourceStart - 1].s === '-' || isQuote(tokens[sourceStart - 1].s)) && !OPENERS.has(tokens[sourceStart - 1].l) && !AUX.has(tokens[sourceStart - 1].l) && sourceStart > i - 8) sourceStart--;
      while (sourceStart < i && isQuote(tokens[sourceStart].s) && !this.quotes.some((q) => q[0] === sourceStart)) sourceStart++;
      if (sourceStart === i) return;
      sourceEnd = i;
      source = this.source(sourceStart, sourceEnd);
    } else {
      sourceStart = sourceAt;
      let e = phraseAfter(tokens, sourceAt, b, this.mentions, this.english);
      if (e === undefined) return;
      // "according to officials familiar with the matter": in English the phrase runs on to the clause's end.
      if (this.english) while (e < b && tokens[e].word && !/^(?:that|said|says|told)$/.test(tokens[e].l)) e++;
      sourceEnd = e;
      source = this.source(sourceAt, e);
    }
    if (!source) return;
    const cue = { start: tokens[i].start, end: tokens[last].end };
    if (prep.contentBefore) {
      const before = this.contentBefore(i, i);
      if (before) this.push(cue, source, before.span, before.quoted ? 'direct' : 'indirect', stance);
      return;
    }
    // Chained: "sagte Kim laut KCNA", "schreibt darüber unter Berufung auf …".
    const clause = clauseStart(tokens, a, i, this.quotes);
    const chained = i > a ? [...this.out].reverse().find((x) => x.content && x.end <= cue.start && !(x.content.start >= cue.end)) : undefined;
    if (chained?.content) {
      this.push(cue, source, chained.content, 'according_to', stance);
      return;
    }
    const atStart = (sourceBefore ? sourceStart : i) === clause;
    let from: number;
    if (atStart) {
      from = sourceEnd + (sourceBefore ? 1 : 0);
      // "Laut einem Bericht, der …, verzeichnete": skip a relative clause or apposition of the source.
      if (tokens[from]?.s === ',' && /^(?:der|die|das|dem|den|deren|dessen|which|who)$/.test(tokens[from + 1]?.l ?? '')) {
        let c = from + 1;
        while (c < b && tokens[c].s !== ',') c++;
        from = c + 1;
      }
    } else from = clause;
    // "…, according to officials." / "…, laut Polizei.": nothing after the source, so the content is before it.
    const content = contentSpan(tokens, from, b, this.quotes) ?? (atStart && i > a ? contentSpan(tokens, a, i, this.quotes) : undefined);
    if (!content) return;
    this.push(cue, source, content.span, 'according_to', stance);
  }

  /**
   * "nach eigenen Angaben" at tokens [i, last]: the source is the clause's subject, before the finite verb ("Das Bankhaus
   * hat nach eigenen Angaben …") or after it ("Nach eigener Aussage hat er …"); the content is the clause, cue included.
   */
  private ownAccount(i: number, last: number): void {
    const { tokens, a, b } = this;
    const clause = clauseStart(tokens, a, i, this.quotes);
    let subject: [number, number] | undefined;
    if (clause < i) subject = phraseBefore(tokens, clause, i, this.mentions, this.english);
    else if (last + 2 < b && tokens[last + 1].word) {
      const e = phraseAfter(tokens, last + 2, b, this.mentions, this.english);
      if (e !== undefined) subject = [last + 2, e];
    }
    let end = last + 1;
    while (end < b && !/^[;:]$/.test(tokens[end].s) && !(tokens[end].s === ',' && /^(?:aber|doch|sondern)$/.test(tokens[end + 1]?.l ?? ''))) end++;
    const content = contentSpan(tokens, clause, end, this.quotes);
    const source = subject ? this.source(subject[0], subject[1]) : null;
    if (!content || !source) return;
    this.push({ start: tokens[i].start, end: tokens[last].end }, source, content.span, 'according_to', 'asserts');
  }

  private source(from: number, to: number): RawSource | null {
    if (to <= from) return null;
    const { tokens } = this;
    const span: RawSource = { start: tokens[from].start, end: tokens[to - 1].end };
    // An English relative pronoun: "who" names a person, "which" an organisation or a text.
    if (this.english && to - from === 1 && /^(?:who|which)$/.test(tokens[from].l)) {
      span.refer = tokens[from].l === 'who' ? 'person' : 'organisation';
      return span;
    }
    if (to - from === 1 && PRONOUNS.has(tokens[from].l)) {
      if (/^(?:er|he|she)$/.test(tokens[from].l) || (tokens[from].l === 'sie' && tokens[from].s === 'sie')) span.refer = 'person';
      else return tokens[from].l === 'ich' || tokens[from].l === 'i' || tokens[from].l === 'wir' || tokens[from].l === 'we' ? null : span;
      return span;
    }
    if (!this.mentions.inside(span.start, span.end) && DETERMINERS.has(tokens[from].l)) {
      const head = tokens[to - 1].s;
      if (PERSON_NOUNS.test(head)) span.refer = 'person';
      else if (ORG_NOUNS.test(head)) span.refer = 'organisation';
    }
    return span;
  }

  /** Whether the reported object ending at `end` makes the cue an idiom ("schrieb Geschichte"). */
  private idiom(end: number): boolean {
    for (let k = this.b - 1; k >= this.a; k--) if (this.tokens[k].end === end) return IDIOM_OBJECTS.test(this.tokens[k].l);
    return false;
  }

  private push(cue: Span, source: RawSource | null, content: Span, mode: AttributionMode, stance: Stance): void {
    if (mode === 'reported' && !this.english && this.idiom(content.end)) return;
    this.out.push({ start: cue.start, end: cue.end, source, content, mode, stance, hedged: false });
  }
}

/** The last word among tokens [from, to), past closing punctuation. */
function lastWord(tokens: readonly Token[], from: number, to: number): Token | undefined {
  for (let k = to - 1; k >= from; k--) if (tokens[k].word) return tokens[k];
  return undefined;
}

function findParticle(tokens: readonly Token[], from: number, to: number, particle: string): number | undefined {
  for (let k = from; k < to; k++) {
    if (tokens[k].l !== particle) continue;
    const next = tokens[k + 1];
    if (!next || !next.word || next.l === 'dass' || next.l === 'und' || k + 1 >= to) return k;
  }
  return undefined;
}

/** A quotation that is a sentence of its own, with no cue: its cue is the closing mark, its source the last speaker. */
function addBareQuotes(tokens: readonly Token[], quotes: readonly [number, number][], out: RawAttribution[]): void {
  for (const [o, c] of quotes) {
    if (c - o < 5) continue;
    const start = tokens[o + 1].start;
    const end = tokens[c - 1].end;
    if (out.some((x) => x.content && x.content.start < end && x.content.end > start)) continue;
    const opensSentence = o === 0 || /^[.!?]$/.test(tokens[o - 1].s) || tokens[o].lineBefore;
    const closesSentence = /^[.!?]$/.test(tokens[c - 1].s) && (c + 1 >= tokens.length || /^\p{Lu}/u.test(tokens[c + 1].s) || tokens[c + 1].lineBefore || OPENING_QUOTES.has(tokens[c + 1].s));
    if (!opensSentence || !closesSentence) continue;
    out.push({ start: tokens[c].start, end: tokens[c].end, source: { start: tokens[c].start, end: tokens[c].end, refer: 'speaker' }, content: { start, end }, mode: 'direct', stance: 'asserts', hedged: false });
  }
}
