import * as assert from 'node:assert';
import * as vscode from 'vscode';
import { Commands } from '../../src/extension/constants';
import { api, hoverText, openSeed, readText, waitFor } from './helpers';

describe("The analyst's actor decisions", () => {
  const registryUri = (): vscode.Uri => vscode.Uri.joinPath(vscode.workspace.workspaceFolders![0]!.uri, 'source-annotator.actors.json');

  after(async () => {
    await Promise.resolve(vscode.workspace.fs.delete(registryUri())).catch(() => undefined);
  });

  it('Mark selection as actor adds it to the workspace registry and highlights it at once', async () => {
    const a = await api();
    const editor = await openSeed(a, '004_');
    const path = editor.document.uri.path;
    const name = 'Eastern Economic Forum';
    const start = editor.document.getText().indexOf(name);
    assert.ok(start >= 0);
    await vscode.commands.executeCommand(Commands.markActor, path, start, start + name.length, 'organisation');
    const registry = JSON.parse(await readText(registryUri()));
    assert.deepStrictEqual(registry.actors.map((x: { canonical: string; type: string }) => [x.canonical, x.type]), [[name, 'organisation']]);
    // Highlighted as a registry actor (not a suggestion), and the hover names it.
    await waitFor('highlighted as an actor', () => a.decorations.applied(editor.document.uri)?.actor.some(([s, e]) => s === start && e === start + name.length), 20_000);
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', editor.document.uri, editor.document.positionAt(start + 1));
    assert.match(hoverText(hovers), /Eastern Economic Forum/);
  });

  it('Not an actor removes a detection everywhere and is stored in the registry', async () => {
    const a = await api();
    const editor = await openSeed(a, '000_');
    const path = editor.document.uri.path;
    const start = editor.document.getText().indexOf('Mercedes-Benz');
    await vscode.commands.executeCommand(Commands.notAnActor, path, start, start + 'Mercedes-Benz'.length);
    const registry = JSON.parse(await readText(registryUri()));
    assert.ok(registry.notActors.includes('Mercedes-Benz'));
    const gone = ([s, e]: [number, number]): boolean => !(s <= start && start + 'Mercedes-Benz'.length <= e);
    await waitFor('no longer highlighted', () => {
      const d = a.decorations.applied(editor.document.uri);
      return d && d.actor.every(gone) && d.suggestedActor.every(gone) ? true : undefined;
    }, 20_000);
  });

  it('a registry file with an error is reported and never overwritten by a decision', async () => {
    const a = await api();
    const broken = '{ "schemaVersion": 1, "actors": [ { "id": 3 } ] }\n';
    await vscode.workspace.fs.writeFile(registryUri(), new TextEncoder().encode(broken));
    const editor = await openSeed(a, '000_');
    const start = editor.document.getText().indexOf('Maybach');
    await vscode.commands.executeCommand(Commands.notAnActor, editor.document.uri.path, start, start + 'Maybach'.length);
    assert.strictEqual(await readText(registryUri()), broken);
    const problem = await waitFor('the problem in Problems', () => vscode.languages.getDiagnostics(registryUri())[0]);
    assert.strictEqual(problem.severity, vscode.DiagnosticSeverity.Error);
  });
});
