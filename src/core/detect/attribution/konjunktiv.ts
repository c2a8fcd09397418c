// Konjunktiv I, the mood of German reported speech: finite forms that differ from the indicative. The third person
// singular is stem + "e" ("er sage", indicative "er sagt"); in the plural only "seien" differs. The forms come from a
// lexicon of verb stems, with prefixed verbs ("entspreche", "verfüge") found by stripping a prefix, and "-iere" verbs
// by rule: a bare "-e" rule would take adjectives ("gute") for verbs.

const IRREGULAR = ['sei', 'seien', 'seiest', 'habe', 'werde', 'könne', 'müsse', 'dürfe', 'solle', 'wolle', 'möge', 'wisse', 'tue'];

// Not here: stems that are also adjectives or pronouns ("reiche", "meine", "heiße", "teilweise", "zugrunde").
const STEMS = `sag geb nehm seh helf sprech treff trag halt lass lauf fall fahr schlaf wachs werf steh geh komm bleib lieg
find stell leg setz bring führ mach arbeit brauch fehl plan füg dien droh gelt sorg such zeig folg lern leb
les schreib zahl kauf verkauf rechn zähl hoff glaub denk kenn nenn renn brenn send wend bau hör spiel frag
antwort handl wirk stimm zieh schließ bied biet flieh flieg fließ genieß gieß schieß verlier frier wieg lüg
trüg beweg erwäg wäg zwing sing sink spring trink wink schwing ring dring kling gewinn beginn spinn rinn sinn
schwimm nimm bind schwind wind reis beiß reiß schmeiß scheid schneid leid streit reit gleit pfeif greif kneif
schleif schein schrei schweig steig treib meid preis zeih ruf stoß hau heb schieb spei schwör verdirb wirb
stirb birg sitz schütz nütz stütz kürz stürz wünsch misch fisch wisch tausch rausch herrsch forsch öffn zeichn
trockn rett bet red bild meld lad bad gründ empfind erklär beton warn behaupt bestätig dementier äußer fürcht
erwart vermut schätz kost lohn wohn fühl spül wähl erzähl stehl befehl empfehl bedeut entscheid verhandl
sammel wechsl änder förder forder verbesser verringer erhöh senk erreich bereit gefährd verteidig unterstütz
beschäftig berücksichtig verpflicht liefer versorg teil nutz bedroh bestreit bezieh verlang benötig erfüll
besitz bedürf müh gehör passier geschieh geschäh rück drück blick schick steck deck leck weck zweck lock pack
knack schmeck brech stech erschreck vergess mess iss fress verweis beweis erweis`.split(/\s+/);

const PREFIXES = ['zurück', 'voran', 'hervor', 'heraus', 'herein', 'hinaus', 'vorbei', 'wieder', 'statt', 'teil', 'fest', 'durch', 'unter', 'über', 'nach', 'dar', 'ein', 'aus', 'auf', 'ab', 'an', 'bei', 'mit', 'vor', 'weg', 'zu', 'um', 'be', 'ent', 'emp', 'er', 'ge', 'miss', 'ver', 'zer', 'her', 'hin'];

const stems = new Set(STEMS);
const forms = new Set(IRREGULAR);

/** A lower-cased word that is a Konjunktiv I form distinct from the indicative. */
/** Words that look like a prefixed Konjunktiv but are not verbs. */
const NOT_VERBS = new Set(['zufolge', 'infolge', 'zuliebe', 'zugunsten', 'beisammen', 'ausnahme', 'vorne', 'hinten', 'gerne', 'ferne', 'nahe']);

export function isKonjunktivI(word: string): boolean {
  if (forms.has(word)) return true;
  if (NOT_VERBS.has(word)) return false;
  if (word.length < 4 || word.charCodeAt(word.length - 1) !== 101 /* e */) return false;
  const stem = word.slice(0, -1);
  if (stems.has(stem)) return true;
  if (stem.length > 5 && stem.endsWith('ier')) return true;
  // "entspreche", "verfüge", "bestehe": a prefix before a known stem. "-ele"/"-ere" verbs drop the e ("handle", "ändere").
  for (const p of PREFIXES) if (stem.length > p.length + 1 && stem.startsWith(p) && stems.has(stem.slice(p.length))) return true;
  if (stem.endsWith('er') && stems.has(stem.slice(0, -2) + 'r')) return true;
  return false;
}
