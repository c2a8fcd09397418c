// The corpus as the language server lists it: titles, counts, problems. The extension host never reads or
// detects the corpus itself, so a view of 10,000 articles appears at once and fills in as the server reads.
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import type { Logger } from '../core/ports';
import { CorpusChangedNotification, DocumentsRequest, RescanRequest, type CorpusDocument } from '../protocol/protocol';
import { Disposable } from './disposable';

export interface ListedDocument extends CorpusDocument {
  /** The URI's path: the key commands and tests use. */
  path: string;
}

export class CorpusView extends Disposable {
  private listed: ListedDocument[] = [];
  private byPath = new Map<string, ListedDocument>();
  private fetching = false;
  private again = false;
  private scanned!: () => void;
  private readonly whenScanned = new Promise<void>((resolve) => (this.scanned = resolve));
  private readonly changed = this._register(new vscode.EventEmitter<void>());
  readonly onDidChange = this.changed.event;

  constructor(private readonly client: Promise<LanguageClient>, private readonly log: Logger) {
    super();
    void client.then((c) => {
      this._register(c.onNotification(CorpusChangedNotification, () => void this.fetch(c)));
      void this.fetch(c);
    });
  }

  /** Resolves when the server has read every article of the corpus once. */
  ready(): Promise<void> {
    return this.whenScanned;
  }

  documents(): readonly ListedDocument[] {
    return this.listed;
  }

  get(path: string): ListedDocument | undefined {
    return this.byPath.get(path);
  }

  /** An article the server analyses (listed, readable, not too large). */
  isCorpusDocument(uri: vscode.Uri): boolean {
    const doc = this.byPath.get(uri.path);
    return !!doc && doc.problem === null;
  }

  /** Asks the server to list and read the corpus folders again. */
  async rescan(): Promise<void> {
    await (await this.client).sendRequest(RescanRequest, {});
  }

  private async fetch(client: LanguageClient): Promise<void> {
    if (this.fetching) {
      this.again = true; // One request at a time; the last notification always gets a fresh answer.
      return;
    }
    this.fetching = true;
    try {
      const { scanned, documents } = await client.sendRequest(DocumentsRequest, {});
      this.listed = documents.map((d) => ({ ...d, path: vscode.Uri.parse(d.uri).path }));
      this.byPath = new Map(this.listed.map((d) => [d.path, d]));
      this.changed.fire();
      if (scanned) this.scanned();
    } catch (e) {
      this.log.warn(`[corpus] could not list the documents: ${(e as Error).message}`);
    } finally {
      this.fetching = false;
      if (this.again) {
        this.again = false;
        void this.fetch(client);
      }
    }
  }
}
