// German compounds split into the words of the corpus they are made of, after Koehn and Knight (EACL 2003): of the
// ways to cut a word into parts that occur as words of their own (a linking -s- or -n- falls to the stemmer), the one
// whose parts are most frequent (geometric mean). "Waffenlieferungen" → Waffe + Lieferung, so that it meets "Waffen
// liefern"; "Luftverteidigungssysteme" → Luft + Verteidigung + System. Learnt from the corpus, so it knows its words.
import { germanStem } from './stemmer';

/** Words this short are never split; parts this short never stand apart. */
const MIN_COMPOUND = 8;
const MIN_PART = 3;
/** Heads that are suffixes of derivation, not words of their own here ("Bereit-schaft", "Freund-lich"). */
const NOT_HEADS = /^(schaft|schaften|heit|heiten|keit|keiten|lich|liche[nrms]?|isch|ische[nrms]?|tum|nis|nisse|bar|los|lose[nrms]?|weise|ling|linge)$/;

export class CompoundSplitter {
  private readonly memo = new Map<string, { parts: string[]; logCount: number } | null>();

  /** `vocabulary`: German stems of standalone words → how often they occur. */
  constructor(private readonly vocabulary: ReadonlyMap<string, number>) {}

  /** The stems of the parts of a lower-case German word, or undefined when it is no compound of known words. */
  parts(lower: string): string[] | undefined {
    return lower.length < MIN_COMPOUND ? undefined : this.best(lower)?.parts;
  }

  /** The best cut into known words (recursively on both sides), with the product of their counts. */
  private best(word: string): { parts: string[]; logCount: number } | undefined {
    let hit = this.memo.get(word);
    if (hit === undefined) this.memo.set(word, (hit = this.cut(word) ?? null));
    return hit ?? undefined;
  }

  private cut(word: string): { parts: string[]; logCount: number } | undefined {
    let best: { parts: string[]; logCount: number } | undefined;
    for (let i = MIN_PART; i <= word.length - MIN_PART - 1; i++) {
      const head = word.slice(i);
      if (NOT_HEADS.test(head)) continue;
      const left = this.known(word.slice(0, i));
      const right = this.known(head);
      if (!left || !right) continue;
      const parts = [...left.parts, ...right.parts];
      const logCount = left.logCount + right.logCount;
      if (!best || logCount / parts.length > best.logCount / best.parts.length) best = { parts, logCount };
    }
    return best;
  }

  private known(piece: string): { parts: string[]; logCount: number } | undefined {
    const stem = germanStem(piece);
    const n = stem.length >= MIN_PART ? this.vocabulary.get(stem) : undefined;
    if (n) return { parts: [stem], logCount: Math.log(1 + n) };
    return piece.length >= MIN_COMPOUND ? this.best(piece) : undefined;
  }
}
