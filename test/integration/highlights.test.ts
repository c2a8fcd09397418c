import * as assert from 'node:assert';
import * as vscode from 'vscode';
import { createDetector } from '../../src/core/detect/create';
import { loadNerModel } from '../../src/core/detect/ner/model-file';
import { nodeGunzip } from '../../src/platform/gunzip';
import { api, EXTENSION_ID, hoverAt, openSeed, waitFor } from './helpers';

/** The core's detection with the shipped model, run here, to compare with what the server made the editor draw. */
async function coreDetection(text: string): Promise<ReturnType<ReturnType<typeof createDetector>['detect']>> {
  const extension = vscode.extensions.getExtension(EXTENSION_ID)!.extensionUri;
  const model = loadNerModel(await vscode.workspace.fs.readFile(vscode.Uri.joinPath(extension, 'media', 'ner', 'model.bin')), nodeGunzip);
  return createDetector({ model }).detect(text);
}

describe('Highlights and hovers', () => {
  it('decorates exactly the figures and actors the core detects', async () => {
    const a = await api();
    const editor = await openSeed(a, '000_');
    const entities = await coreDetection(editor.document.getText());
    const figures = entities.filter((e) => e.kind === 'figure').map((e) => [e.start, e.end]);
    const actors = entities.filter((e) => e.kind === 'actor' && e.source === 'registry').map((e) => [e.start, e.end]);
    // Drawn from the language server's detection (its own process, with the same registry and model).
    const same = (x: unknown, y: unknown): boolean => JSON.stringify(x) === JSON.stringify(y);
    const applied = await waitFor('decorations equal to the core detection', () => {
      const d = a.decorations.applied(editor.document.uri);
      return d && same(d.figure, figures) && same(d.actor, actors) ? d : undefined;
    }, 20_000);
    const text = editor.document.getText();
    const money = text.indexOf('1,4 Milliarden US-Dollar');
    assert.ok(applied.figure.some(([s, e]) => s === money && e === money + '1,4 Milliarden US-Dollar'.length), 'the money figure is decorated');
  });

  it('hover on a figure shows its type and normalised value', async () => {
    const a = await api();
    const editor = await openSeed(a, '000_');
    const text = await hoverAt(editor, '1,4 Milliarden US-Dollar');
    assert.match(text, /money/);
    assert.match(text, /1,400,000,000 USD/);
    const over = await hoverAt(editor, 'über 1000');
    assert.match(over, /more than/);
  });

  it('hover on an actor shows its canonical name, type and mentions across documents', async () => {
    const a = await api();
    const editor = await openSeed(a, '000_');
    const text = await hoverAt(editor, 'Wladimir Putin');
    assert.match(text, /Wladimir Putin/);
    assert.match(text, /person/);
    assert.match(text, /\d+ mentions in [2-5] documents/);
    // Each document is a link that opens it at a mention (a file link with #Lline,column works in any LSP editor).
    const links = [...text.matchAll(/\]\(([^)\s]+\.txt)#L(\d+),(\d+)\)/g)];
    assert.ok(links.length >= 2, 'one link per document');
    for (const [, uri, line, column] of links) {
      const doc = await vscode.workspace.openTextDocument(vscode.Uri.parse(uri!).with({ scheme: editor.document.uri.scheme, authority: editor.document.uri.authority }));
      const at = doc.offsetAt(new vscode.Position(Number(line) - 1, Number(column) - 1));
      assert.match(doc.getText().slice(at, at + 30), /^(Wladimir )?Putin/, `${uri}#L${line},${column} opens at a mention`);
    }
  });

  it('go when the article leaves the corpus, and come back with it', async () => {
    const a = await api();
    const editor = await openSeed(a, '001_');
    const drawn = (): true | undefined => (a.decorations.applied(editor.document.uri)?.figure.length ? true : undefined);
    await waitFor('highlights', drawn, 20_000);
    const config = vscode.workspace.getConfiguration('sourceAnnotator');
    await config.update('fileExtensions', ['.md'], vscode.ConfigurationTarget.Workspace);
    try {
      await waitFor('no highlights once .txt files are not articles', () => (a.decorations.applied(editor.document.uri) ? undefined : true), 20_000);
    } finally {
      await config.update('fileExtensions', undefined, vscode.ConfigurationTarget.Workspace);
    }
    await waitFor('highlights again', drawn, 20_000);
  });

  it('decorations follow an edit', async () => {
    const a = await api();
    const editor = await openSeed(a, '003_');
    const before = await waitFor('decorations', () => a.decorations.applied(editor.document.uri));
    const firstFigure = before.figure[0]!;
    await editor.edit((b) => b.insert(new vscode.Position(0, 0), 'XYZ '));
    try {
      await waitFor('shifted decorations', () => {
        const now = a.decorations.applied(editor.document.uri);
        return now && now.figure[0]?.[0] === firstFigure[0] + 4 ? now : undefined;
      });
    } finally {
      await vscode.commands.executeCommand('undo');
      await vscode.commands.executeCommand('workbench.action.files.revert');
    }
  });
});
