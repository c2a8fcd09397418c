// Turns (document, offsets) from the core into LSP locations and links, for open and unopened documents alike.
import type { Location, Position, Range } from 'vscode-languageserver';
import type { Corpus } from '../core/corpus/corpus';
import { PositionIndex, UriMapper } from './documents';

export class Locator {
  readonly positions = new PositionIndex();

  constructor(private readonly corpus: Corpus, readonly uris: UriMapper) {}

  range(document: string, start: number, end: number): Range {
    return this.positions.range(document, this.corpus.get(document)?.text ?? '', start, end);
  }

  location(document: string, start: number, end: number): Location {
    return { uri: this.uris.uri(document), range: this.range(document, start, end) };
  }

  offset(document: string, position: Position): number {
    return this.positions.offset(document, this.corpus.get(document)?.text ?? '', position);
  }

  /** A markdown link target that opens the document at the offset, in VS Code and in other editors. */
  link(document: string, start: number): string {
    const at = this.range(document, start, start).start;
    return `${this.uris.uri(document)}#L${at.line + 1},${at.character + 1}`;
  }
}
