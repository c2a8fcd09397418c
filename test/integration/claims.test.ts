import * as assert from 'node:assert';
import * as vscode from 'vscode';
import { Commands } from '../../src/extension/constants';
import { api, claimsOf, hoverAt, openSeed, rangeOf, readText, waitFor } from './helpers';

const sidecarOf = (uri: vscode.Uri): vscode.Uri => uri.with({ path: uri.path + '.annotations.json' });

async function tagViaCodeAction(editor: vscode.TextEditor, passage: string): Promise<string> {
  const range = rangeOf(editor.document, passage);
  editor.selection = new vscode.Selection(range.start, range.end);
  const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', editor.document.uri, range);
  const tag = actions.find((x) => x.title === 'Tag as claim');
  assert.ok(tag?.command, `"Tag as claim" is offered, got: ${actions.map((x) => x.title).join(', ')}`);
  const id = await vscode.commands.executeCommand<string>(tag.command.command, ...(tag.command.arguments ?? []));
  assert.ok(id, 'the command returns the new claim id');
  return id;
}

describe('Claims', () => {
  it('Tag as claim (code action) writes the sidecar next to the article', async () => {
    const a = await api();
    const editor = await openSeed(a, '001_');
    const passage = editor.document.getText().split('\n').find((l) => l.length > 80)!.slice(0, 60);
    const id = await tagViaCodeAction(editor, passage);
    const json = JSON.parse(await readText(sidecarOf(editor.document.uri)));
    const stored = json.annotations.find((x: { id: string }) => x.id === id);
    assert.ok(stored, 'the claim is in the sidecar');
    assert.strictEqual(stored.target.selector[0].exact, passage);
    assert.strictEqual(stored.body.status, 'unverified');
    const applied = await waitFor('claim decoration', () => a.decorations.applied(editor.document.uri)?.claim.length ? a.decorations.applied(editor.document.uri) : undefined);
    assert.ok(applied.claim.some(([s]) => s === editor.document.getText().indexOf(passage)));
  });

  it('linking two claims in different documents shows the link in both hovers', async () => {
    const a = await api();
    const e2 = await openSeed(a, '002_');
    const p2 = e2.document.getText().split('\n').find((l) => l.length > 80)!.slice(0, 50);
    const id2 = await tagViaCodeAction(e2, p2);
    const e4 = await openSeed(a, '004_');
    const p4 = e4.document.getText().split('\n').find((l) => l.length > 80)!.slice(0, 50);
    const id4 = await tagViaCodeAction(e4, p4);
    await vscode.commands.executeCommand(Commands.linkClaim, e4.document.uri.path, id4, `${e2.document.uri.path}#${id2}`, 'corroborates');
    await vscode.commands.executeCommand(Commands.setStatus, e4.document.uri.path, id4, 'disputed');
    const hover4 = await hoverAt(e4, p4);
    assert.match(hover4, /disputed/);
    assert.match(hover4, /→ corroborates/);
    assert.ok(hover4.includes(p2.slice(0, 30).replace(/[\\`*_{}[\]()#+\-.!|<>~&]/g, (c) => '\\' + c)), 'source hover previews the target claim');
    const e2again = await vscode.window.showTextDocument(e2.document);
    const hover2 = await hoverAt(e2again, p2);
    assert.match(hover2, /← corroborates/);
  });

  it('undo restores the sidecar as it was before the last change', async () => {
    const a = await api();
    const editor = await openSeed(a, '003_');
    const sidecar = sidecarOf(editor.document.uri);
    const before = await readText(sidecar).catch(() => undefined);
    const passage = editor.document.getText().split('\n').find((l) => l.length > 80)!.slice(0, 40);
    const id = await tagViaCodeAction(editor, passage);
    await vscode.commands.executeCommand(Commands.editNote, editor.document.uri.path, id, 'checked with a second source');
    assert.match(await readText(sidecar), /checked with a second source/);
    await vscode.commands.executeCommand(Commands.undo);
    assert.doesNotMatch(await readText(sidecar), /checked with a second source/);
    await vscode.commands.executeCommand(Commands.undo);
    const after = await readText(sidecar).catch(() => undefined);
    assert.ok(!after || !after.includes(id), 'the claim is gone again');
    if (before) assert.strictEqual(after, before);
  });

  it('a corrupt sidecar is reported at its line and column and left byte-identical', async () => {
    const a = await api();
    const editor = await openSeed(a, '000_');
    const sidecar = sidecarOf(editor.document.uri);
    const corrupt = '{\n  "schemaVersion": 2,\n  "annotations": [ oops ]\n}\n';
    await vscode.workspace.fs.writeFile(sidecar, new TextEncoder().encode(corrupt));
    const diagnostics = await waitFor('diagnostic', () => {
      const d = vscode.languages.getDiagnostics(sidecar);
      return d.length > 0 ? d : undefined;
    });
    assert.strictEqual(diagnostics[0]!.range.start.line, 2, 'points at line 3');
    const range = rangeOf(editor.document, 'Nordkorea');
    const id = await vscode.commands.executeCommand(Commands.tagClaim, editor.document.uri.path, editor.document.offsetAt(range.start), editor.document.offsetAt(range.end));
    assert.strictEqual(id, undefined, 'tagging is refused');
    assert.strictEqual(await readText(sidecar), corrupt, 'the file is byte-identical');
    await vscode.workspace.fs.delete(sidecar);
    await waitFor('the problem gone with the file', () => (vscode.languages.getDiagnostics(sidecar).length === 0 ? true : undefined));
  });

  it('exports the corpus as CSV with one row per claim', async () => {
    const a = await api();
    const target = vscode.Uri.joinPath(vscode.workspace.workspaceFolders![0]!.uri, 'export-test.csv');
    await vscode.commands.executeCommand(Commands.exportAnnotations, 'csv', target);
    const bytes = await vscode.workspace.fs.readFile(target);
    assert.deepStrictEqual([...bytes.subarray(0, 3)], [0xef, 0xbb, 0xbf], 'UTF-8 BOM for spreadsheet programs');
    const csv = await readText(target);
    const claims = (await claimsOf(a)).length;
    assert.ok(claims > 0);
    assert.strictEqual(csv.trim().split('\r\n').length, claims + 1, 'header plus one row per claim');
    assert.match(csv, /^document,id,text/);
    await vscode.workspace.fs.delete(target);
  });
});
