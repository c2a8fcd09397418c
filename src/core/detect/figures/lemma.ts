// A small rule-based lemmatiser for counted nouns (plural/dative → singular), German and English.

const GERMAN_IRREGULAR_HEADS: ReadonlyArray<[string, string]> = [
  ['häuser', 'haus'], ['bäder', 'bad'], ['männer', 'mann'], ['lieder', 'lied'], ['glieder', 'glied'], ['länder', 'land'],
  ['kinder', 'kind'], ['bilder', 'bild'], ['dörfer', 'dorf'], ['völker', 'volk'], ['bücher', 'buch'], ['gäste', 'gast'],
  ['türme', 'turm'], ['brüder', 'bruder'], ['söhne', 'sohn'], ['töchter', 'tochter'], ['mütter', 'mutter'], ['väter', 'vater'],
  ['züge', 'zug'], ['flüge', 'flug'], ['schiffe', 'schiff'], ['städte', 'stadt'], ['wälder', 'wald'], ['räder', 'rad'],
  ['blätter', 'blatt'], ['ämter', 'amt'], ['stühle', 'stuhl'], ['bäume', 'baum'], ['räume', 'raum'], ['höfe', 'hof'],
  ['plätze', 'platz'], ['sätze', 'satz'], ['kräfte', 'kraft'], ['anschläge', 'anschlag'], ['angriffe', 'angriff'],
  ['verträge', 'vertrag'], ['beiträge', 'beitrag'], ['vorschläge', 'vorschlag'], ['fälle', 'fall'], ['bälle', 'ball'],
  ['tore', 'tor'], ['jahre', 'jahr'], ['leute', 'leute'], ['menschen', 'mensch'], ['soldaten', 'soldat'], ['staaten', 'staat'],
  ['tonnen', 'tonne'], ['meilen', 'meile'], ['kilometern', 'kilometer'], ['metern', 'meter'],
];

const ENGLISH_IRREGULAR: ReadonlyMap<string, string> = new Map([
  ['people', 'person'], ['men', 'man'], ['women', 'woman'], ['children', 'child'], ['feet', 'foot'], ['teeth', 'tooth'],
  ['mice', 'mouse'], ['geese', 'goose'], ['series', 'series'], ['species', 'species'], ['news', 'news'],
]);

function matchCase(src: string, lemma: string): string {
  return src[0] === src[0].toUpperCase() ? lemma[0].toUpperCase() + lemma.slice(1) : lemma;
}

/** Lemma of a German noun in the plural (or dative plural): "Containern" → "Container", "Raketen" → "Rakete". */
export function germanLemma(word: string): string {
  const w = word.toLowerCase();
  if (/[A-ZÄÖÜ]{2,}/.test(word) && !/[a-zäöüß]{3,}$/.test(word)) {
    // acronyms: "Lkws" → "Lkw", "RBI" stays
    return word.endsWith('s') && word.length > 2 && /[A-Z]/.test(word[word.length - 2]) ? word.slice(0, -1) : word;
  }
  for (const [pl, sg] of GERMAN_IRREGULAR_HEADS) {
    for (const form of [pl, pl + 'n']) {
      if (w.endsWith(form)) return matchCase(word, w.slice(0, w.length - form.length) + sg);
    }
  }
  const cut = (n: number): string => word.slice(0, word.length - n);
  if (/innen$/.test(w)) return cut(3);
  if (/nissen$/.test(w)) return cut(3);
  if (/(?:ungen|heiten|keiten|schaften|ionen|täten)$/.test(w)) return cut(2);
  if (/(?:isten|anten|enten|ologen|onen|schen|uchen)$/.test(w)) return cut(2);
  if (/e[rl]n$/.test(w)) return cut(1); // Containern, Spiegeln
  if (/(?:[aoiuy]s|ms|ws)$/.test(w) && !/(?:us|is)$/.test(w)) return cut(1); // Autos, Teams, Lkws
  if (w.endsWith('en')) {
    const withE = w.slice(0, -1); // Raketen → rakete, Truppen → truppe
    if (/(?:[^a]ete|[aiou]te|ppe|tte|sse|lle|nne|mme|ive|age|ise|ose|ine|ane|une|ade|ide|ode|ude|ege|ige|uge|ze|ke|be|fe|rche|ache|äche|üche|oche|ie|se|gne)$/.test(withE)) {
      return cut(1);
    }
    return cut(2);
  }
  if (/[^e]e$/.test(w) && w.length > 4 && !/(?:liche|ige|ene|ete|lte|zte|ste|rte|ie)$/.test(w)) return cut(1); // Moleküle, Sitze
  return word;
}

/** Lemma of an English plural noun: "refugees" → "refugee", "families" → "family", "people" → "person". */
export function englishLemma(word: string): string {
  const w = word.toLowerCase();
  const irr = ENGLISH_IRREGULAR.get(w);
  if (irr !== undefined) return irr;
  if (/[^aeiou]ies$/.test(w)) return w.slice(0, -3) + 'y';
  if (/(?:ss|x|ch|sh|z)es$/.test(w)) return w.slice(0, -2);
  if (/[^su]s$/.test(w)) return w.slice(0, -1);
  return w;
}
