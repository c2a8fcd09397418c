// Per-article counts from the language server's index, for the Documents view: the extension host never detects
// the whole corpus itself, so a view of 10,000 articles appears at once and fills in as the index grows.
import * as vscode from 'vscode';
import type { BaseLanguageClient } from 'vscode-languageclient';
import type { Logger } from '../core/ports';
import { CorpusChangedNotification, DocumentsRequest } from '../protocol/protocol';
import { Disposable } from './disposable';

export interface Counts {
  figures: number;
  actors: number;
}

export class IndexCounts extends Disposable {
  private counts = new Map<string, Counts>();
  private fetching = false;
  private again = false;
  private readonly changed = this._register(new vscode.EventEmitter<void>());
  readonly onDidChange = this.changed.event;

  constructor(client: Promise<BaseLanguageClient>, private readonly log: Logger) {
    super();
    void client.then((c) => {
      this._register(c.onNotification(CorpusChangedNotification, () => void this.fetch(c)));
      void this.fetch(c);
    });
  }

  /** Undefined until the index has reached the article. */
  get(path: string): Counts | undefined {
    return this.counts.get(path);
  }

  private async fetch(client: BaseLanguageClient): Promise<void> {
    if (this.fetching) {
      this.again = true; // One request at a time; the last notification always gets a fresh answer.
      return;
    }
    this.fetching = true;
    try {
      const docs = await client.sendRequest(DocumentsRequest, {});
      const next = new Map<string, Counts>();
      for (const d of docs) if (d.figures !== null && d.actors !== null) next.set(vscode.Uri.parse(d.uri).path, { figures: d.figures, actors: d.actors });
      this.counts = next;
      this.changed.fire();
    } catch (e) {
      this.log.warn(`[index] could not read the document counts: ${(e as Error).message}`);
    } finally {
      this.fetching = false;
      if (this.again) {
        this.again = false;
        void this.fetch(client);
      }
    }
  }
}
