// German compounds split into the words of the corpus they are made of, after Koehn and Knight (EACL 2003): of the
// ways to cut a word into parts that occur as words of their own (a linking -s- or -n- falls to the stemmer), the one
// whose parts are most frequent (geometric mean). "Waffenlieferungen" → Waffe + Lieferung, so that it meets "Waffen
// liefern"; "Luftverteidigungssysteme" → Luft + Verteidigung + System. Learnt from the corpus, so it knows its words; the
// compound itself stays beside its parts (terms.ts).
import { germanStem } from './stemmer';

/** Words this short are never split; parts this short never stand apart. */
const MIN_COMPOUND = 8;
const MIN_PART = 3;
/** Heads that are suffixes of derivation, not words of their own here ("Bereit-schaft", "Freund-lich"). */
const NOT_HEADS = /^(schaft|schaften|heit|heiten|keit|keiten|lich|liche[nrms]?|isch|ische[nrms]?|tum|nis|nisse|bar|los|lose[nrms]?|weise|ling|linge)$/;

export class CompoundSplitter {
  private readonly memo = new Map<string, Split | null>();
  /** The first three letters of the known stems: a piece that starts otherwise is no word, and is not stemmed. */
  private readonly starts = new Set<string>();

  /** `vocabulary`: German stems of standalone words → how often they occur. */
  constructor(private readonly vocabulary: ReadonlyMap<string, number>) {
    for (const stem of vocabulary.keys()) if (stem.length >= MIN_PART) this.starts.add(stem.slice(0, 3));
  }

  /** The stems of the parts of a lower-case German word, or undefined when it is no compound of known words. */
  parts(lower: string): string[] | undefined {
    return lower.length < MIN_COMPOUND ? undefined : this.best(lower)?.parts;
  }

  /** The best cut into known words, with the summed log counts of its parts. */
  private best(word: string): Split | undefined {
    let hit = this.memo.get(word);
    if (hit === undefined) this.memo.set(word, (hit = this.cut(word) ?? null));
    return hit ?? undefined;
  }

  private cut(word: string): Split | undefined {
    let best: Split | undefined;
    for (let i = MIN_PART; i <= word.length - MIN_PART - 1; i++) {
      const head = word.slice(i);
      if (NOT_HEADS.test(head)) continue;
      const leftPiece = word.slice(0, i);
      let left = this.word(leftPiece);
      let right = this.word(head);
      if (!left && !right) continue;
      // A side that is no word may be a compound of words ("Luft" + "verteidigungssysteme"); only then is it cut again.
      left ??= leftPiece.length >= MIN_COMPOUND ? this.best(leftPiece) : undefined;
      right ??= head.length >= MIN_COMPOUND ? this.best(head) : undefined;
      if (!left || !right) continue;
      const parts = [...left.parts, ...right.parts];
      const logCount = left.logCount + right.logCount;
      if (!best || logCount / parts.length > best.logCount / best.parts.length) best = { parts, logCount };
    }
    return best;
  }

  /** The piece as one known word. */
  private word(piece: string): Split | undefined {
    const folded = piece.replace(/ä/g, 'a').replace(/ö/g, 'o').replace(/ü/g, 'u');
    if (!this.starts.has(folded.slice(0, 3)) && !(folded.startsWith('ge') && this.starts.has(folded.slice(2, 5)))) return undefined;
    const stem = germanStem(piece);
    const n = stem.length >= MIN_PART ? this.vocabulary.get(stem) : undefined;
    return n ? { parts: [stem], logCount: Math.log(1 + n) } : undefined;
  }
}

interface Split { parts: string[]; logCount: number }
