import * as vscode from 'vscode';
import type { BaseLanguageClient } from 'vscode-languageclient';
import type { NotificationType, RequestType } from 'vscode-languageserver-protocol';
import type { SourceAnnotatorApi } from '../../src/extension/main';
import { ok } from './assert';

export const EXTENSION_ID = 'source-annotator.source-annotator';

/** The extension's API once its corpus is scanned and its language server (in a Web Worker here) is running. */
export async function api(): Promise<SourceAnnotatorApi> {
  const ext = vscode.extensions.getExtension<SourceAnnotatorApi>(EXTENSION_ID);
  ok(ext, `extension ${EXTENSION_ID} is installed`);
  const exported = await ext.activate();
  await exported.ready();
  await exported.languageClient();
  return exported;
}

export async function waitFor<T>(what: string, probe: () => T | undefined | false | Promise<T | undefined | false>, timeoutMs = 20_000): Promise<T> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value !== undefined && value !== false) return value;
    if (Date.now() > until) throw new Error(`timed out after ${timeoutMs / 1000} s waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

export const seedsFolder = (): vscode.Uri => {
  const folder = vscode.workspace.workspaceFolders?.[0]?.uri;
  ok(folder, 'a folder is open');
  return folder;
};

/** The seed article whose file name starts with `prefix` ('000_'), opened in an editor. */
export async function openSeed(prefix: string): Promise<vscode.TextEditor> {
  const entries = await vscode.workspace.fs.readDirectory(seedsFolder());
  const name = entries.map(([n]) => n).find((n) => n.startsWith(prefix) && n.endsWith('.txt'));
  ok(name, `a seed named ${prefix}… is in the workspace`);
  const doc = await vscode.workspace.openTextDocument(vscode.Uri.joinPath(seedsFolder(), name));
  return vscode.window.showTextDocument(doc);
}

export function positionOf(doc: vscode.TextDocument, needle: string, within = 1): vscode.Position {
  const offset = doc.getText().indexOf(needle);
  ok(offset >= 0, `"${needle}" occurs in ${doc.uri.path}`);
  return doc.positionAt(offset + within);
}

export function hoverText(hovers: vscode.Hover[]): string {
  return hovers.flatMap((h) => h.contents.map((c) => (typeof c === 'string' ? c : 'value' in c ? c.value : ''))).join('\n');
}

/**
 * A custom request by its method name: this bundle has its own copy of the protocol library, and the extension's
 * client rejects a RequestType object made by another copy ("Unknown parameter structure auto").
 */
export function request<P, R>(client: BaseLanguageClient, type: RequestType<P, R, void>, params: P): Promise<R> {
  return client.sendRequest<R>(type.method, params);
}

export function onNotification<P>(client: BaseLanguageClient, type: NotificationType<P>, handler: (params: P) => void): vscode.Disposable {
  return client.onNotification(type.method, handler);
}
