// Texts of a corpus read at start-up, moved into shared strings. Every article's text survives, and a young object
// that survives is copied twice by the collector (to the other half of the young generation, then to the old):
// 10,000 articles (25 MB of UTF-8, twice that as UTF-16) made scavenges most of a restart's collection time. Joined
// by the hundred, the texts become one string each too large for the young generation (allocated where nothing is
// copied), and each article's text a slice of it (a small object pointing into it); the strings decoded one by one
// die young, which costs a scavenge nothing.
import type { DocumentState } from './document-state';

/** Characters per shared string: above what the young generation takes (V8: 128 KB objects), below a waste if one article of it is edited. */
const JOINED_CHARS = 256 * 1024;

/**
 * Texts of one byte a character (Latin-1 only, a third of a German corpus) and of two are joined apart: one text
 * with a „ or an € in a string makes all of it two bytes a character.
 */
export class TextArena {
  private readonly batches = [new Batch(), new Batch()];

  /** A text just read into `state`; joined with others once there are enough. */
  add(state: DocumentState, text: string): void {
    this.batches[/[\u0100-\uffff]/.test(text) ? 1 : 0]!.add(state, text);
  }

  /** Joins what was added; an article whose text changed meanwhile (opened, edited) keeps its own. */
  flush(): void {
    for (const b of this.batches) b.flush();
  }
}

class Batch {
  private pending: Array<[DocumentState, string]> = [];
  private chars = 0;

  add(state: DocumentState, text: string): void {
    this.pending.push([state, text]);
    this.chars += text.length;
    if (this.chars >= JOINED_CHARS) this.flush();
  }

  flush(): void {
    const batch = this.pending.filter(([state, text]) => state.text === text);
    this.pending = [];
    this.chars = 0;
    if (batch.length < 2) return;
    const joined = batch.map(([, text]) => text).join('');
    let at = 0;
    for (const [state, text] of batch) state.text = joined.slice(at, (at += text.length));
  }
}
