// Verbs of saying, reporting, accusing, denying and confirming, German and English, in all their forms. Weak verbs
// are written as stems and conjugated by rule; strong and separable verbs list their forms.
import type { Stance } from '../../model/entities';

export interface CueVerb {
  stance: Stance;
  /** Usually takes a noun-phrase object (a denial, a confirmation): its content may be that phrase. */
  np?: boolean;
  /** Counts only before a content clause (a comma, "dass", a colon or a quote): "meinen", "glauben", "believe". */
  clause?: boolean;
  /** Separable particle that must close the clause ("teilte … mit"); the verb alone is no cue. */
  particle?: string;
  /** A word that must follow ("sprach von", "erinnerte daran"). */
  next?: string;
  /** A judgement with a predicate in its own clause ("bewerten X als Y", "hält X für Y"): the content is "X … Y", not a clause after a comma. */
  predicative?: boolean;
  /** Writing and telling: with a noun-phrase object it names a work ("schrieb Romane", "erzählt die Geschichte"), not a report. */
  topicOnly?: boolean;
  /** With "sich" it is another verb: "meldete sich krank", "bestätigte sich", "sagte sich", "schrieb sich ein". */
  notReflexive?: boolean;
  /** English: `next` is a preposition right after the verb that opens its topic ("commented on …"), the content. */
  topic?: boolean;
}

/** Finite and non-finite forms of a German weak verb from its stem; `be` for inseparable ones (no ge-). */
function weakDe(stem: string, inseparable: boolean): string[] {
  const e = /(?:chn|[td]|[^aeiouälrh]n|[^aeiouälrh]m)$/.test(stem) ? 'e' : '';
  const pastStem = stem.endsWith('ier') || inseparable ? stem : `ge${stem}`;
  return [`${stem}${e}t`, `${stem}${e}te`, `${stem}${e}ten`, stem.endsWith('er') || stem.endsWith('el') ? `${stem}n` : `${stem}en`, `${pastStem}${e}t`, `${stem}e`];
}

const DE: [string, CueVerb][] = [];
const add = (forms: string[], v: CueVerb): void => {
  for (const f of forms) DE.push([f, v]);
};
const asserts: CueVerb = { stance: 'asserts' };
const assertsClause: CueVerb = { stance: 'asserts', clause: true };
const denies: CueVerb = { stance: 'denies', np: true };
const accuses: CueVerb = { stance: 'accuses' };
const confirms: CueVerb = { stance: 'asserts', np: true };

for (const s of ['sag', 'bericht', 'warn', 'mahn', 'droh', 'meld', 'klag', 'antwort']) add(weakDe(s, false), s === 'sag' || s === 'meld' ? { ...asserts, notReflexive: true } : asserts);
for (const s of ['erklär', 'beton', 'behaupt', 'äußer', 'erläuter', 'bekräftig', 'versicher', 'verkünd', 'beteuer', 'erwider', 'gelob', 'verlautbar', 'prognostizier', 'kritisier', 'zitier', 'kommentier', 'insistier', 'argumentier', 'spekulier', 'informier', 'wiederhol', 'präzisier', 'signalisier', 'konstatier', 'resümier', 'entgegn', 'beklag', 'befürcht', 'vermut', 'erinner']) add(weakDe(s, true), s === 'erinner' ? { stance: 'asserts', next: 'daran' } : s === 'befürcht' || s === 'vermut' ? assertsClause : asserts);
add(weakDe('bestätig', true), { ...confirms, notReflexive: true });
add(weakDe('erörter', true), confirms);
add(weakDe('bewert', true), { stance: 'asserts', next: 'als', predicative: true });
add(['beschreibt', 'beschrieb', 'beschrieben', 'beschreiben'], asserts);
add(weakDe('dementier', true), denies);
add(weakDe('bezeichn', true), { stance: 'asserts', next: 'als', predicative: true });
add(weakDe('beschuldig', true), accuses);
add(weakDe('bezichtig', true), accuses);
add(weakDe('leugn', false), denies);
add(weakDe('vernein', true), denies);
for (const s of ['mein', 'glaub', 'wünsch', 'fürcht', 'schätz', 'folger', 'forder', 'lob']) add(weakDe(s, false), assertsClause);
add(weakDe('erwart', true), assertsClause);
add(['schreibt', 'schrieb', 'schrieben', 'schreiben', 'geschrieben'], { ...asserts, notReflexive: true, topicOnly: true });
add(['bestreitet', 'bestritt', 'bestritten', 'bestreiten', 'bestreite'], denies);
add(['verspricht', 'versprach', 'versprachen', 'versprechen', 'versprochen'], asserts);
add(['unterstreicht', 'unterstrich', 'unterstrichen'], asserts);
add(['spricht', 'sprach', 'sprachen', 'sprechen', 'gesprochen'], { stance: 'asserts', next: 'von' });
add(['widerspricht', 'widersprach', 'widersprachen', 'widersprochen'], { stance: 'denies' });
// More verbs of telling, explaining and accusing: "erzählte, er sei …", "begründete dies damit, dass …", "stellte klar".
for (const s of ['erzähl', 'bemängel', 'unterstell']) add(weakDe(s, true), s === 'unterstell' ? accuses : s === 'erzähl' ? { ...asserts, topicOnly: true } : asserts);
add(weakDe('schilder', false), asserts);
add(weakDe('appellier', true), asserts);
for (const s of ['ergänz', 'bemerk', 'begründ', 'empör']) add(weakDe(s, true), assertsClause);
add(['gesteht', 'gestand', 'gestanden', 'gestehen'], confirms);
add(['verweist', 'verwies', 'verwiesen'], { stance: 'asserts', next: 'darauf' });
// "zeigte sich zufrieden: „…“", "zeigte sich überzeugt, dass …": only with its clause (satellite images that show are none).
add(['zeigt', 'zeigte', 'zeigten'], { stance: 'asserts', next: 'sich', clause: true });
// An opinion like "bewerten … als": "hält dies für vermessen" (the content is "dies … für vermessen").
add(['hält', 'hielt', 'hielten', 'halten'], { stance: 'asserts', next: 'für', predicative: true });
// A defence that reports a claim only with its clause: "verteidigte sich damit, dass er …".
add(weakDe('verteidig', true), assertsClause);
add(weakDe('rechtfertig', false), assertsClause);

/** Separable verbs: the finite core with its particle, and the joined forms. */
function separable(particle: string, cores: string[], joined: string[], v: CueVerb): void {
  add(cores, { ...v, particle });
  add(joined, v);
}
separable('mit', ['teilt', 'teilte', 'teilten', 'teilen', 'teile'], ['mitteilen', 'mitteilt', 'mitteilte', 'mitteilten', 'mitgeteilt', 'mitzuteilen'], asserts);
separable('vor', ['wirft', 'warf', 'warfen', 'werfen', 'werfe'], ['vorwerfen', 'vorwirft', 'vorwarf', 'vorwarfen', 'vorgeworfen', 'vorzuwerfen'], accuses);
separable('zurück', ['weist', 'wies', 'wiesen', 'weisen', 'weise'], ['zurückweisen', 'zurückweist', 'zurückwies', 'zurückwiesen', 'zurückgewiesen', 'zurückzuweisen'], denies);
separable('ein', ['räumt', 'räumte', 'räumten', 'räumen'], ['einräumen', 'einräumt', 'einräumte', 'einräumten', 'eingeräumt'], confirms);
separable('an', ['kündigt', 'kündigte', 'kündigten', 'kündigen'], ['ankündigen', 'ankündigt', 'ankündigte', 'ankündigten', 'angekündigt'], asserts);
separable('hinzu', ['fügt', 'fügte', 'fügten'], ['hinzufügen', 'hinzugefügt', 'hinzufügte', 'hinzufügten'], asserts);
separable('zu', ['sichert', 'sicherte', 'sicherten'], ['zusichern', 'zugesichert', 'zusicherte', 'zusicherten'], asserts);
separable('hervor', ['hebt', 'hob', 'hoben', 'heben'], ['hervorheben', 'hervorgehoben', 'hervorhob', 'hervorhebt'], asserts);
separable('vor', ['schlägt', 'schlug', 'schlugen', 'schlagen'], ['vorschlagen', 'vorgeschlagen', 'vorschlug', 'vorschlägt'], asserts);
separable('auf', ['fordert', 'forderte', 'forderten', 'fordern'], ['auffordern', 'aufgefordert', 'aufforderte', 'aufforderten'], asserts);
separable('bekannt', ['gibt', 'gab', 'gaben', 'geben'], ['bekanntgeben', 'bekanntgegeben', 'bekanntgab', 'bekanntgaben'], asserts);
separable('ab', ['streitet', 'stritt', 'stritten', 'streiten'], ['abstreiten', 'abgestritten', 'abstritt', 'abstreitet'], denies);
separable('zu', ['gibt', 'gab', 'gaben'], ['zugeben', 'zugegeben', 'zugab'], confirms);
separable('nahe', ['legt', 'legte', 'legten', 'legen'], ['nahelegen', 'nahegelegt', 'nahelegte'], asserts);
separable('aus', ['geht', 'ging', 'gingen', 'gehen'], ['ausgegangen'], { stance: 'asserts', clause: true });
separable('voraus', ['sagt', 'sagte', 'sagten', 'sagen'], ['voraussagen', 'voraussagt', 'voraussagte', 'voraussagten', 'vorausgesagt'], asserts);
separable('hin', ['weist', 'wies', 'wiesen', 'weisen'], ['hinweisen', 'hingewiesen', 'hinwies'], asserts);
separable('aus', ['spricht', 'sprach', 'sprachen'], ['ausgesprochen'], { stance: 'asserts', next: 'für' });
separable('verlauten', ['ließ', 'ließen', 'lässt'], [], asserts);
separable('an', ['gibt', 'gab', 'gaben'], ['angegeben'], { stance: 'asserts', clause: true });
separable('klar', ['stellt', 'stellte', 'stellten'], ['klarstellen', 'klargestellt', 'klarstellte'], asserts);
separable('fest', ['stellt', 'stellte', 'stellten'], ['feststellen', 'festgestellt', 'feststellte'], { stance: 'asserts', clause: true });
separable('deutlich', ['macht', 'machte', 'machten'], [], { stance: 'asserts', clause: true });

/** English forms: third person, past, participle, gerund. */
function weakEn(base: string): string[] {
  const stem = base.endsWith('e') ? base.slice(0, -1) : base;
  const ied = base.endsWith('y') && !/[aeiou]y$/.test(base);
  return ied ? [base, `${base.slice(0, -1)}ies`, `${base.slice(0, -1)}ied`, `${base}ing`] : [base, /(?:s|sh|ch|x)$/.test(base) ? `${base}es` : `${base}s`, `${stem}ed`, `${stem}ing`];
}
const EN: [string, CueVerb][] = [];
const addEn = (forms: string[], v: CueVerb): void => {
  for (const f of forms) EN.push([f, v]);
};
addEn(['said', 'says', 'say', 'told', 'tells', 'wrote', 'writes', 'admitted', 'admits'], asserts);
for (const b of ['state', 'claim', 'warn', 'announce', 'report', 'explain', 'insist', 'argue', 'note', 'declare', 'predict', 'promise', 'pledge', 'vow', 'urge', 'assert', 'allege', 'maintain', 'stress', 'emphasize', 'emphasise', 'reveal', 'disclose', 'complain', 'reply', 'testify', 'caution', 'announce', 'tweet', 'add', 'estimate', 'suggest', 'concede', 'acknowledge', 'contend', 'counter', 'quote']) addEn(weakEn(b), b === 'add' || b === 'suggest' || b === 'note' ? assertsClause : asserts);
for (const b of ['confirm']) addEn(weakEn(b), confirms);
for (const b of ['deny', 'reject', 'dispute', 'refute']) addEn(weakEn(b), denies);
// "dismissed the report as …" denies; a judge who dismisses a case or a jury does not speak.
addEn(weakEn('dismiss'), { stance: 'denies', np: true, next: 'as' });
// "reiterated the attachment to the alliance"; "commented on a number of topics" (the preposition opens the content).
addEn(weakEn('reiterate'), asserts);
addEn(weakEn('comment'), { stance: 'asserts', next: 'on', topic: true });
// "charged that …" accuses; "was charged by Judge Pye to investigate …" directs; "charged with theft" reports nothing.
addEn(weakEn('charge'), { stance: 'accuses', clause: true });
for (const b of ['accuse', 'blame']) addEn(weakEn(b), accuses);
for (const b of ['believe', 'think', 'fear']) addEn(weakEn(b), assertsClause);
addEn(['thought'], assertsClause);

/**
 * Each form's readings, the separable ones first: "sagte" is a cue alone and also the core of "sagte … voraus", "gab" is
 * the core of "gab … bekannt" and "gab … zu". The first reading whose particle closes the clause wins.
 */
export const CUE_VERBS: ReadonlyMap<string, readonly CueVerb[]> = (() => {
  const map = new Map<string, CueVerb[]>();
  for (const [form, v] of [...DE, ...EN]) {
    const list = map.get(form);
    if (list) list.push(v);
    else map.set(form, [v]);
  }
  for (const list of map.values()) list.sort((x, y) => Number(!x.particle) - Number(!y.particle));
  return map;
})();

/** Frequent German words that English does not share. */
export const GERMAN_WORDS = new Set(['der', 'die', 'das', 'und', 'ist', 'nicht', 'mit', 'von', 'zu', 'den', 'dem', 'des', 'ein', 'eine', 'sich', 'auf', 'für', 'im', 'sie', 'er', 'dass', 'sei', 'wurde', 'hat']);

/** Frequent English words that German does not share (not "in", "was", "an"): a sentence with two is read as English. */
export const ENGLISH_WORDS = new Set(['the', 'and', 'of', 'to', 'that', 'is', 'for', 'on', 'with', 'he', 'she', 'it', 'by', 'has', 'have', 'are', 'were', 'said', 'they', 'this', 'from']);
