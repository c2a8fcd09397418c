// Figures and actors of the open articles, as the language server detects them: the extension host never runs
// detection for what it draws, so typing in a long article costs it nothing but the drawing.
import * as vscode from 'vscode';
import type { BaseLanguageClient } from 'vscode-languageclient';
import type { Logger } from '../core/ports';
import { EntitiesChangedNotification, EntitiesRequest, type DocumentEntities } from '../protocol/protocol';
import { Disposable } from './disposable';

export class ServerEntities extends Disposable {
  private readonly latest = new Map<string, DocumentEntities>();
  private readonly changed = this._register(new vscode.EventEmitter<string>());
  /** Fires with a document path whose entities changed on the server. */
  readonly onDidChange = this.changed.event;

  constructor(private readonly client: Promise<BaseLanguageClient>, private readonly log: Logger) {
    super();
    void client.then((c) => this._register(c.onNotification(EntitiesChangedNotification, ({ uris }) => {
      for (const uri of uris) {
        const path = vscode.Uri.parse(uri).path;
        this.latest.delete(path);
        this.changed.fire(path);
      }
    })));
  }

  /** The entities of `doc` at its current version (asked for once per version), or undefined if the server has none. */
  async get(doc: vscode.TextDocument): Promise<DocumentEntities | undefined> {
    const known = this.latest.get(doc.uri.path);
    if (known && known.version === doc.version) return known;
    try {
      const c = await this.client;
      const fresh = await c.sendRequest(EntitiesRequest, { uri: c.code2ProtocolConverter.asUri(doc.uri) });
      if (!fresh) return undefined;
      this.latest.set(doc.uri.path, fresh);
      return fresh;
    } catch (e) {
      this.log.warn(`[entities] ${doc.uri.path}: ${(e as Error).message}`);
      return undefined;
    }
  }

  /** What the server last said for `doc`, if it is still about its current text. */
  current(doc: vscode.TextDocument): DocumentEntities | undefined {
    const known = this.latest.get(doc.uri.path);
    return known && known.version === doc.version ? known : undefined;
  }
}
