import * as assert from 'node:assert';
import * as vscode from 'vscode';
import { Commands } from '../../src/extension/constants';
import type { Matrix, MatrixClaim, MatrixRow } from '../../src/core/analysis/claims-matrix';
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

  // Earlier tests of the suite change the seeds (000's sidecar is deleted by the corrupt-sidecar test): these
  // check the seeds' own links, which hold either way, and all rows when 000 is still annotated.
  const rowWith = (matrix: Matrix, id: string): MatrixRow | undefined => matrix.rows.find((r) => Object.values(r.cells).flat().some((c) => c.id === id));
  const claimsIn = (row: MatrixRow | undefined, prefix: string): MatrixClaim[] => Object.entries(row?.cells ?? {}).filter(([d]) => d.startsWith(prefix)).flatMap(([, c]) => c);

  it('MatrixRequest groups the seeds\' linked claims: the denial contradicts the 11,000 containers, the FT elaborates the accusation', async () => {
    const a = await api();
    const { matrix, uris } = await matrixOf();
    assert.deepStrictEqual(uris, matrix.columns.map((c) => a.toUri(seedPath(a, c.document.slice(0, 4))).toString()), 'the URI of each column\'s document');
    const outlets = matrix.columns.map((c) => c.outlet ?? '\uffff');
    assert.deepStrictEqual(outlets, [...outlets].sort((x, y) => x.localeCompare(y)), 'columns grouped by outlet');
    const denial = rowWith(matrix, DENIAL);
    // The 11,000 containers elaborate 000's claim: without it that link counts for nothing and the claim asserts.
    const with000 = matrix.rows.some((r) => claimsIn(r, '000_').some((c) => c.id === '01M830V9D7WSEM74XGARRH7TEJ'));
    assert.deepStrictEqual(claimsIn(denial, '003_').map((c) => [c.id, c.stance, c.claimant]), [['01M830V9FRA4JV8P14K3V9EV7Z', with000 ? 'elaborates' : 'asserts', 'US-Außenministerium'], [DENIAL, 'contradicts', 'Russland']]);
    const accusation = rowWith(matrix, '01M830V9DWJ8AGBNHG773AC9HQ');
    assert.deepStrictEqual(claimsIn(accusation, '002_').map((c) => c.stance), ['asserts', 'corroborates']);
    assert.deepStrictEqual(claimsIn(accusation, '004_').map((c) => [c.stance, c.claimant]), [['elaborates', 'Financial Times']]);
    assert.deepStrictEqual(matrix.columns.find((c) => c.document.startsWith('003_'))?.outlet, 'Euractiv');
    // With 000's claim, which both link to, the two are one row.
    if (with000) assert.strictEqual(denial, accusation);
  });

  it('exports what it shows as CSV and Markdown, fresh after a new claim is linked into a row', async () => {
    const a = await api();
    const path = seedPath(a, '001_');
    const text = (await vscode.workspace.openTextDocument(a.toUri(path))).getText();
    const needle = 'Waffen an Russland liefern';
    const start = text.indexOf(needle);
    await vscode.commands.executeCommand(Commands.showMatrix);
    const csv = vscode.Uri.joinPath(folder(), 'matrix-test.csv');
    // Not .md: that would be an article of the corpus.
    const md = vscode.Uri.joinPath(folder(), 'matrix-test.markdown');
    await a.matrix.exportMatrix('csv', false, csv);
    const id = await vscode.commands.executeCommand<string>(Commands.tagClaim, path, start, start + needle.length);
    try {
      await vscode.commands.executeCommand(Commands.linkClaim, path, id, `${seedPath(a, '003_')}#${DENIAL}`, 'contradicts');
      const { matrix } = await waitFor('the new claim in the denial\'s row', async () => {
        const result = await matrixOf();
        return rowWith(result.matrix, id) === rowWith(result.matrix, DENIAL) && rowWith(result.matrix, id) ? result : undefined;
      });
      assert.deepStrictEqual(claimsIn(rowWith(matrix, id), '001_').find((c) => c.id === id)?.stance, 'contradicts');
      await a.matrix.exportMatrix('csv', false, csv);
      const lines = (await readText(csv)).split('\r\n').filter(Boolean);
      assert.strictEqual(lines.length, matrix.rows.length + 1, 'a header and a line per row (a cell\'s claims are lines inside quotes)');
      assert.match(lines[0]!, /,"?Welt Nachrichten: /, 'the new claim\'s document is a column');
      await a.matrix.exportMatrix('markdown', true, md);
      const table = (await readText(md)).split('\n').filter((l) => l.startsWith('| '));
      assert.strictEqual(table.length, 2 + matrix.rows.filter((r) => r.linked).length, 'only the linked rows');
    } finally {
      await vscode.commands.executeCommand(Commands.removeClaim, path, id);
      for (const f of [csv, md]) await vscode.workspace.fs.delete(f).then(undefined, () => undefined);
      await vscode.window.tabGroups.close(matrixTabs());
    }
    await waitFor('the matrix without the removed claim', async () => (rowWith((await matrixOf()).matrix, id) ? undefined : true));
  });
});
