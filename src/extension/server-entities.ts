// Figures and actors of the open articles, as the language server detects them: the extension host never runs
// detection for what it draws, so typing in a long article costs it nothing but the drawing.
import * as vscode from 'vscode';
import type { BaseLanguageClient } from 'vscode-languageclient';
import type { Logger } from '../core/ports';
import { EntitiesChangedNotification, EntitiesRequest, type DocumentEntities, type OffsetRange } from '../protocol/protocol';
import { Disposable } from './disposable';

export class ServerEntities extends Disposable {
  private readonly latest = new Map<string, DocumentEntities>();
  /** Per document: the request in flight, for which version and window. */
  private readonly asking = new Map<string, { version: number; window: OffsetRange | null; answer: Promise<DocumentEntities | undefined> }>();
  private readonly changed = this._register(new vscode.EventEmitter<string>());
  /** Fires with a document path whose entities changed on the server. */
  readonly onDidChange = this.changed.event;

  constructor(private readonly client: Promise<BaseLanguageClient>, private readonly log: Logger) {
    super();
    void client.then((c) => this._register(c.onNotification(EntitiesChangedNotification, ({ uris }) => {
      for (const uri of uris) {
        const path = vscode.Uri.parse(uri).path;
        // A question still on its way is answered after the change (the server's messages come in the order it
        // sent them): its answer stands.
        this.latest.delete(path);
        this.changed.fire(path);
      }
    })));
  }

  /**
   * The entities of `doc` at its current version that overlap `window` (all of them without one), or undefined if
   * the server has none. Asked for once per version and window; a known answer that covers the window is reused.
   */
  async get(doc: vscode.TextDocument, window?: OffsetRange): Promise<DocumentEntities | undefined> {
    const path = doc.uri.path;
    const known = this.latest.get(path);
    if (known && known.version === doc.version && covers(known.window, window)) return known;
    // The question already on its way (asked as the article opened): its answer, not a second one.
    const asked = this.asking.get(path);
    if (asked && asked.version === doc.version && covers(asked.window, window)) return asked.answer;
    const answer = this.ask(doc, window);
    this.asking.set(path, { version: doc.version, window: window ?? null, answer });
    try {
      return await answer;
    } finally {
      if (this.asking.get(path)?.answer === answer) this.asking.delete(path);
    }
  }

  private async ask(doc: vscode.TextDocument, window: OffsetRange | undefined): Promise<DocumentEntities | undefined> {
    try {
      const c = await this.client;
      const fresh = await c.sendRequest(EntitiesRequest, { uri: c.code2ProtocolConverter.asUri(doc.uri), ...(window ? { window } : {}) });
      if (!fresh) return undefined;
      this.latest.set(doc.uri.path, fresh);
      return fresh;
    } catch (e) {
      this.log.warn(`[entities] ${doc.uri.path}: ${(e as Error).message}`);
      return undefined;
    }
  }

}

/** Whether ranges fetched for `known` (null: the whole text) include every range overlapping `wanted`. */
export function covers(known: OffsetRange | null, wanted: OffsetRange | undefined): boolean {
  if (!known) return true;
  return !!wanted && known[0] <= wanted[0] && known[1] >= wanted[1];
}
