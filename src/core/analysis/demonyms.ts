// Adjectives of states ("nordkoreanische Munition", "Russian troops") as the states they name, so that claims
// meet through the countries they speak of even when one says "Nordkorea" and the other "nordkoreanisch".
const STEMS: ReadonlyArray<[RegExp, string]> = [
  [/^nordkoreanisch/, 'Nordkorea'], [/^südkoreanisch/, 'Südkorea'], [/^russisch/, 'Russland'], [/^ukrainisch/, 'Ukraine'],
  [/^(us-)?amerikanisch/, 'USA'], [/^chinesisch/, 'China'], [/^iranisch/, 'Iran'], [/^japanisch/, 'Japan'],
  [/^deutsch(e|en|er|es|em)?$/, 'Deutschland'], [/^französisch/, 'Frankreich'], [/^britisch/, 'Großbritannien'],
  [/^israelisch/, 'Israel'], [/^syrisch/, 'Syrien'], [/^(belarussisch|weißrussisch)/, 'Belarus'], [/^türkisch/, 'Türkei'],
  [/^polnisch/, 'Polen'], [/^indisch/, 'Indien'], [/^vietnamesisch/, 'Vietnam'], [/^kubanisch/, 'Kuba'],
  [/^north korean$/, 'Nordkorea'], [/^south korean$/, 'Südkorea'], [/^russian$/, 'Russland'], [/^ukrainian$/, 'Ukraine'],
  [/^american$/, 'USA'], [/^chinese$/, 'China'], [/^iranian$/, 'Iran'], [/^japanese$/, 'Japan'], [/^german$/, 'Deutschland'],
  [/^french$/, 'Frankreich'], [/^british$/, 'Großbritannien'], [/^israeli$/, 'Israel'], [/^syrian$/, 'Syrien'],
];

/** The states named by adjectives in `text` (registry canonical names). */
export function statesByAdjective(text: string): string[] {
  const out = new Set<string>();
  for (const m of text.matchAll(/(?:(?:north|south)\s+)?[\p{L}-]+/giu)) {
    const w = m[0].toLowerCase();
    for (const [re, state] of STEMS) if (re.test(w)) out.add(state);
  }
  return [...out];
}
