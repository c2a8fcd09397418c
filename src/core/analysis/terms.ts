// Content words of a passage for matching claims across documents, German and English: lower-cased, stop words
// dropped, reduced to base forms (stemmer.ts), and German compounds also as their parts (compounds.ts), so that
// "Waffenlieferungen" meets "Waffen … liefern" and "Munitionslieferung" meets "Munition".
import type { CompoundSplitter } from './compounds';
import { guessLanguage, stemWord, type Language } from './stemmer';

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

/** A word too common to match claims by (lower-case). */
export const isStopWord = (lower: string): boolean => STOP.has(lower);

const WORD = /[\p{L}][\p{L}\p{M}'’-]*/gu;

export interface Terms {
  language: Language;
  /** base form → weight: 1 for each word, and for each German compound also its parts, sharing one more. */
  words: Map<string, number>;
  /** base form → the word as first written (for reasons an analyst reads) */
  surfaces: Map<string, string>;
}

/** A word of a passage: as written (hyphen parts apart), lower-cased, its base form. */
export interface Token { raw: string; lower: string; stem: string }

const stems = new Map<string, string>();
const MAX_MEMO = 200_000;

/** The content words of a passage with their base forms, in the passage's language. */
export function tokensOf(text: string): { language: Language; tokens: Token[] } {
  const found: Array<{ raw: string; lower: string }> = [];
  const all: string[] = [];
  for (const m of text.matchAll(WORD)) {
    const raw = m[0].replace(/[-’']+$/, '');
    all.push(raw);
    const lower = raw.toLowerCase();
    if (lower.length < 3 || STOP.has(lower)) continue;
    const pieces = raw.split('-');
    for (const piece of pieces) {
      const part = piece.toLowerCase();
      if (part.length >= 3 && !STOP.has(part)) found.push({ raw: pieces.length > 1 ? piece : raw, lower: part });
    }
  }
  const language = guessLanguage(all);
  const tokens = found.map(({ raw, lower }) => {
    const key = language + lower;
    let stem = stems.get(key);
    if (stem === undefined) {
      stem = stemWord(lower, language);
      if (stems.size >= MAX_MEMO) stems.clear();
      stems.set(key, stem);
    }
    return { raw, lower, stem };
  });
  return { language, tokens };
}

/** `split`: German compounds also as their parts (the parts of one compound share a weight of 1 besides the compound's own). */
export function termsOf(text: string, split?: CompoundSplitter): Terms {
  return termsOfTokens(tokensOf(text), split);
}

/** Terms of a passage already split into tokens (the splitter applies to German passages only). */
export function termsOfTokens({ language, tokens }: { language: Language; tokens: readonly Token[] }, splitter?: CompoundSplitter): Terms {
  const split = language === 'de' ? splitter : undefined;
  const words = new Map<string, number>();
  const surfaces = new Map<string, string>();
  const add = (stem: string, weight: number, surface: string): void => {
    words.set(stem, (words.get(stem) ?? 0) + weight);
    if (!surfaces.has(stem)) surfaces.set(stem, surface);
  };
  for (const t of tokens) {
    add(t.stem, 1, t.raw);
    const parts = split?.parts(t.lower);
    if (parts) for (const p of parts) if (p !== t.stem) add(p, 1 / parts.length, t.raw);
  }
  return { language, words, surfaces };
}
