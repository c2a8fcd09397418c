import * as assert from 'node:assert';
import * as vscode from 'vscode';
import { api, openSeed, waitFor } from './helpers';

const positionOf = (doc: vscode.TextDocument, needle: string): vscode.Position => {
  const offset = doc.getText().indexOf(needle);
  assert.ok(offset >= 0, `"${needle}" occurs`);
  return doc.positionAt(offset + 1);
};

describe('Language server (through the real vscode-languageclient)', () => {
  it('Find All References on "Putin" lists his mentions across the corpus', async function () {
    this.timeout(60_000);
    const a = await api();
    await a.languageClient();
    const editor = await openSeed(a, '000_');
    const refs = await waitFor('references in several documents', async () => {
      const r = await vscode.commands.executeCommand<vscode.Location[]>('vscode.executeReferenceProvider', editor.document.uri, positionOf(editor.document, 'Putin'));
      return new Set(r.map((l) => l.uri.toString())).size >= 3 ? r : undefined;
    }, 45_000);
    for (const r of refs) {
      const doc = await vscode.workspace.openTextDocument(r.uri);
      assert.match(doc.getText(r.range), /Putin|Wladimir/);
    }
  });

  it('Go to Symbol in Workspace finds actors; the Outline lists claims, actors and figures', async function () {
    this.timeout(30_000);
    const a = await api();
    await a.languageClient();
    const found = await waitFor('a workspace symbol for Putin', async () => {
      const s = await vscode.commands.executeCommand<vscode.SymbolInformation[]>('vscode.executeWorkspaceSymbolProvider', 'Putin');
      return s.find((x) => x.name === 'Wladimir Putin');
    }, 20_000);
    assert.ok(found.location.uri.path.endsWith('.txt'));
    const editor = await openSeed(a, '000_');
    const outline = await waitFor('the outline', async () => {
      const s = await vscode.commands.executeCommand<vscode.DocumentSymbol[]>('vscode.executeDocumentSymbolProvider', editor.document.uri);
      return s?.length ? s : undefined;
    });
    assert.ok(outline.some((s) => s.name === 'Actors' && s.children.some((c) => c.name === 'Wladimir Putin')));
    assert.ok(outline.some((s) => s.name === 'Figures' && s.children.length > 0));
  });

  it('a claim shows a code lens with its links and status', async function () {
    this.timeout(30_000);
    const a = await api();
    await a.languageClient();
    const editor = await openSeed(a, '003_');
    const lenses = await waitFor('code lenses', async () => {
      const l = await vscode.commands.executeCommand<vscode.CodeLens[]>('vscode.executeCodeLensProvider', editor.document.uri);
      return l?.length ? l : undefined;
    });
    assert.ok(lenses.some((l) => /(linked to \d+ claims? in \d+ documents?|not linked) · \w+/.test(l.command?.title ?? '')), lenses.map((l) => l.command?.title).join(' | '));
  });
});
