// Content words of a passage for matching claims across documents, German and English: lower-cased, stop words
// dropped, reduced to a stem by a few suffix rules, and every word of five letters or more also as character 5-grams,
// so that "Waffenlieferungen" meets "Waffen … liefern" and "Munitionslieferung" meets "Munition".

const STOP = new Set(`
der die das den dem des ein eine einen einem einer eines und oder aber auch als an auf aus bei bis durch für gegen
in im ins mit nach seit über um unter von vor zu zum zur nicht noch nur schon sehr so sich sie er es wir ihr ihm ihn
ist sind war waren wird werden wurde wurden hat haben hatte hatten habe sei seien wäre würde würden kann können könnte
könnten soll sollen sollte muss müssen dass daß wie wenn weil ob was wer wo dies diese dieser dieses diesem diesen
jene man kein keine keinen mehr als am vom beim hier dort dann denn doch jedoch sowie etwa laut zufolge sagte sagten
the a an and or but of to in on at by for with from as is are was were be been being has have had will would could
should may might must can that this these those it its he she they them his her their not no also than then there
which who whom what when where while said says according davon dazu damit darauf daran gehen geht ging gegangen
bereits weiter weitere weiteren sowohl etwa rund
`.split(/\s+/).filter(Boolean));

const WORD = /[\p{L}][\p{L}\p{M}'’-]*/gu;

/** A light stem: enough to meet inflected forms, never shown to anyone. */
export function stem(word: string): string {
  let w = word.toLowerCase().replace(/[’']s$/, '').replace(/ß/g, 'ss');
  if (w.length <= 4) return w;
  for (const suffix of ['ungen', 'ung', 'heiten', 'heit', 'keiten', 'keit', 'ingen', 'ing', 'ations', 'ation', 'ies', 'ed', 'ern', 'en', 'er', 'es', 'em', 'e', 's']) {
    if (w.endsWith(suffix) && w.length - suffix.length >= 4) {
      w = w.slice(0, -suffix.length);
      break;
    }
  }
  return w.replace(/[äöü]/g, (c) => ({ ä: 'a', ö: 'o', ü: 'u' })[c] as string);
}

export interface Terms {
  /** stem → count */
  words: Map<string, number>;
  /** character 5-grams of words of five letters or more → count */
  grams: Map<string, number>;
  /** stem → the word as first written (for reasons an analyst reads) */
  surfaces: Map<string, string>;
}

/** `wordsOnly`: stems alone (background sentences, by the hundred thousand: no 5-grams, no surfaces). */
export function termsOf(text: string, wordsOnly = false): Terms {
  const words = new Map<string, number>();
  const grams = new Map<string, number>();
  const surfaces = new Map<string, string>();
  for (const m of text.matchAll(WORD)) {
    const raw = m[0].replace(/[-’']+$/, '');
    const lower = raw.toLowerCase();
    if (lower.length < 3 || STOP.has(lower)) continue;
    for (const part of lower.split('-').filter((p) => p.length >= 3 && !STOP.has(p))) {
      const s = stem(part);
      words.set(s, (words.get(s) ?? 0) + 1);
      if (wordsOnly) continue;
      if (!surfaces.has(s)) surfaces.set(s, raw.includes('-') ? part : raw);
      if (part.length >= 5) for (let i = 0; i + 5 <= part.length; i++) grams.set(part.slice(i, i + 5), (grams.get(part.slice(i, i + 5)) ?? 0) + 1);
    }
  }
  return { words, grams, surfaces };
}
