// Open documents, synced incrementally. Kept by hand rather than with TextDocuments because claims follow each
// change by its offsets (rangeOffset/rangeLength), which TextDocuments does not hand on.
import type { Connection, TextDocumentContentChangeEvent } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { ContentChange } from '../core/anchor/map-offsets';

export interface TextSyncEvents {
  opened(doc: TextDocument): void;
  changed(doc: TextDocument, changes: ContentChange[]): void;
  closed(uri: string): void;
  saved(doc: TextDocument): void;
}

export class OpenDocuments {
  private readonly docs = new Map<string, TextDocument>();

  get(uri: string): TextDocument | undefined {
    return this.docs.get(uri);
  }

  all(): TextDocument[] {
    return [...this.docs.values()];
  }

  listen(connection: Connection, events: TextSyncEvents): void {
    connection.onDidOpenTextDocument(({ textDocument: t }) => {
      const doc = TextDocument.create(t.uri, t.languageId, t.version, t.text);
      this.docs.set(t.uri, doc);
      events.opened(doc);
    });
    connection.onDidChangeTextDocument(({ textDocument, contentChanges }) => {
      let doc = this.docs.get(textDocument.uri);
      if (!doc) return;
      const changes: ContentChange[] = [];
      for (const change of contentChanges) {
        changes.push(toOffsets(doc, change));
        doc = TextDocument.update(doc, [change], textDocument.version);
      }
      this.docs.set(textDocument.uri, doc);
      events.changed(doc, changes);
    });
    connection.onDidSaveTextDocument(({ textDocument }) => {
      const doc = this.docs.get(textDocument.uri);
      if (doc) events.saved(doc);
    });
    connection.onDidCloseTextDocument(({ textDocument }) => {
      this.docs.delete(textDocument.uri);
      events.closed(textDocument.uri);
    });
  }
}

function toOffsets(doc: TextDocument, change: TextDocumentContentChangeEvent): ContentChange {
  if (!('range' in change)) return { rangeOffset: 0, rangeLength: doc.getText().length, text: change.text };
  const start = doc.offsetAt(change.range.start);
  return { rangeOffset: start, rangeLength: doc.offsetAt(change.range.end) - start, text: change.text };
}
