import * as assert from 'node:assert';
import * as vscode from 'vscode';
import type { SourceAnnotatorApi } from '../../src/extension/main';
import { ClaimsRequest, type ClaimInfo } from '../../src/protocol/protocol';

export const EXTENSION_ID = 'source-annotator.source-annotator';

export async function api(): Promise<SourceAnnotatorApi> {
  const ext = vscode.extensions.getExtension<SourceAnnotatorApi>(EXTENSION_ID);
  assert.ok(ext, `extension ${EXTENSION_ID} is installed`);
  const exported = await ext.activate();
  await exported.ready();
  return exported;
}

export async function waitFor<T>(what: string, probe: () => T | undefined | Promise<T | undefined>, timeoutMs = 10_000): Promise<T> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value !== undefined && value !== false) return value;
    if (Date.now() > until) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

/** The corpus document whose file name starts with `prefix` (e.g. '000_'). */
export function seedPath(a: SourceAnnotatorApi, prefix: string): string {
  const doc = a.corpus.documents().find((d) => d.path.split('/').pop()!.startsWith(prefix));
  assert.ok(doc, `a seed named ${prefix}… is in the corpus`);
  return doc.path;
}

export async function openSeed(a: SourceAnnotatorApi, prefix: string): Promise<vscode.TextEditor> {
  const doc = await vscode.workspace.openTextDocument(a.toUri(seedPath(a, prefix)));
  return vscode.window.showTextDocument(doc);
}

export function hoverText(hovers: vscode.Hover[]): string {
  return hovers.flatMap((h) => h.contents.map((c) => (typeof c === 'string' ? c : 'value' in c ? c.value : ''))).join('\n');
}

export async function hoverAt(editor: vscode.TextEditor, needle: string): Promise<string> {
  const offset = editor.document.getText().indexOf(needle);
  assert.ok(offset >= 0, `"${needle}" occurs in the document`);
  const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', editor.document.uri, editor.document.positionAt(offset + 1));
  return hoverText(hovers);
}

export async function readText(uri: vscode.Uri): Promise<string> {
  return new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));
}

export function rangeOf(doc: vscode.TextDocument, needle: string): vscode.Range {
  const offset = doc.getText().indexOf(needle);
  assert.ok(offset >= 0, `"${needle}" occurs in the document`);
  return new vscode.Range(doc.positionAt(offset), doc.positionAt(offset + needle.length));
}

/** The claims of a document (or of the corpus) as the language server holds them. */
export async function claimsOf(a: SourceAnnotatorApi, path?: string): Promise<ClaimInfo[]> {
  const client = await a.languageClient();
  // By method name: this test bundle has its own copy of the protocol classes, which the client's does not recognise.
  return client.sendRequest<ClaimInfo[]>(ClaimsRequest.method, path === undefined ? {} : { uri: a.toUri(path).toString() });
}

export async function exists(uri: vscode.Uri): Promise<boolean> {
  return Promise.resolve(vscode.workspace.fs.stat(uri)).then(() => true, () => false);
}
