import * as assert from 'node:assert';
import * as vscode from 'vscode';
import { Commands } from '../../src/extension/constants';
import type { MatrixResult } from '../../src/protocol/protocol';
import { api, readText, seedPath, waitFor } from './helpers';

const DENIAL = '01M830V9FVS0TY49H9A9MY28MJ';
const matrixTabs = (): vscode.Tab[] =>
  vscode.window.tabGroups.all.flatMap((g) => g.tabs).filter((t) => t.input instanceof vscode.TabInputWebview && t.input.viewType.endsWith('sourceAnnotator.matrix'));

describe('Claims × sources matrix', () => {
  const folder = (): vscode.Uri => vscode.workspace.workspaceFolders![0]!.uri;

  async function matrixOf(): Promise<MatrixResult> {
    const client = await (await api()).languageClient();
    // By method name: this test bundle has its own copy of the protocol classes.
    return client.sendRequest<MatrixResult>('sourceAnnotator/matrix', {});
  }

  it('Show Claims × Sources Matrix opens one webview panel, and reveals it when run again', async () => {
    await api();
    await vscode.commands.executeCommand(Commands.showMatrix);
    const tab = await waitFor('a matrix webview tab', () => matrixTabs()[0]);
    assert.strictEqual(tab.label, 'Claims × Sources');
    await vscode.commands.executeCommand(Commands.showMatrix);
    assert.strictEqual(matrixTabs().length, 1, 'still one panel');
    await vscode.window.tabGroups.close(matrixTabs());
  });

  it('MatrixRequest gives the seeds\' linked claims as one row over four outlets, with the URI of each document', async () => {
    const a = await api();
    const { matrix, uris } = await matrixOf();
    assert.deepStrictEqual(matrix.columns.map((c) => c.outlet), ['Eulerpool News', 'Euractiv', 'Financial Times', 'OZD']);
    assert.deepStrictEqual(uris, matrix.columns.map((c) => a.toUri(seedPath(a, c.document.slice(0, 4))).toString()));
    assert.strictEqual(matrix.rows.length, 1);
    const claims = Object.values(matrix.rows[0]!.cells).flat();
    assert.strictEqual(claims.length, 6, 'every seed claim');
    assert.deepStrictEqual(claims.filter((c) => c.stance === 'contradicts').map((c) => [c.id, c.claimant]), [[DENIAL, 'Russland']]);
  });

  it('exports what it shows as CSV and Markdown, fresh after a new claim is linked into the row', async () => {
    const a = await api();
    const path = seedPath(a, '001_');
    const text = (await vscode.workspace.openTextDocument(a.toUri(path))).getText();
    const needle = 'Waffen an Russland liefern';
    const start = text.indexOf(needle);
    await vscode.commands.executeCommand(Commands.showMatrix);
    await a.matrix.exportMatrix('csv', false, vscode.Uri.joinPath(folder(), 'matrix-before.csv'));
    const id = await vscode.commands.executeCommand<string>(Commands.tagClaim, path, start, start + needle.length);
    const csv = vscode.Uri.joinPath(folder(), 'matrix-test.csv');
    // Not .md: that would be an article of the corpus.
    const md = vscode.Uri.joinPath(folder(), 'matrix-test.markdown');
    try {
      await vscode.commands.executeCommand(Commands.linkClaim, path, id, `${seedPath(a, '003_')}#${DENIAL}`, 'contradicts');
      await waitFor('the new claim in the matrix', async () => ((await matrixOf()).matrix.columns.length === 5 ? true : undefined));
      await a.matrix.exportMatrix('csv', false, csv);
      const lines = (await readText(csv)).split('\r\n').filter(Boolean);
      assert.strictEqual(lines.length, 2, 'a header and the one row');
      assert.match(lines[0]!, /Welt Nachrichten: /, 'the new document is a column');
      assert.match(lines[1]!, /,"?contradicts( · [^,"]+)?"?$/, 'the new claim (last column) contradicts its group');
      await a.matrix.exportMatrix('markdown', true, md);
      assert.match(await readText(md), /^\| Claims \| .*Welt Nachrichten: /m);
    } finally {
      await vscode.commands.executeCommand(Commands.removeClaim, path, id);
      for (const f of [csv, md, vscode.Uri.joinPath(folder(), 'matrix-before.csv')]) await vscode.workspace.fs.delete(f).then(undefined, () => undefined);
      await vscode.window.tabGroups.close(matrixTabs());
    }
    await waitFor('the matrix without the removed claim', async () => ((await matrixOf()).matrix.columns.length === 4 ? true : undefined));
  });
});
