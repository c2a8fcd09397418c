// Offsets ↔ LSP positions for any corpus document, open or not, and URI ↔ core path.
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { Position, Range } from 'vscode-languageserver';
import { URI } from 'vscode-uri';

export const pathOf = (uri: string): string => URI.parse(uri).path;

export class UriMapper {
  constructor(private readonly scheme = 'file', private readonly authority = '') {}

  uri(path: string): string {
    return URI.from({ scheme: this.scheme, authority: this.authority, path }).toString();
  }

  /** Adopts the scheme of the workspace the client opened (file, or vscode-remote in a browser). */
  static fromWorkspace(uri: string | undefined): UriMapper {
    if (!uri) return new UriMapper();
    const u = URI.parse(uri);
    return new UriMapper(u.scheme, u.authority);
  }
}

/** Line index of a text, cached by text identity: positions for documents the client never opened. */
export class PositionIndex {
  private readonly cache = new Map<string, { text: string; doc: TextDocument }>();

  private doc(path: string, text: string): TextDocument {
    const hit = this.cache.get(path);
    if (hit && hit.text === text) return hit.doc;
    const doc = TextDocument.create(path, 'plaintext', 0, text);
    this.cache.set(path, { text, doc });
    return doc;
  }

  position(path: string, text: string, offset: number): Position {
    return this.doc(path, text).positionAt(offset);
  }

  offset(path: string, text: string, position: Position): number {
    return this.doc(path, text).offsetAt(position);
  }

  range(path: string, text: string, start: number, end: number): Range {
    const doc = this.doc(path, text);
    return { start: doc.positionAt(start), end: doc.positionAt(end) };
  }

  forget(path: string): void {
    this.cache.delete(path);
  }
}
