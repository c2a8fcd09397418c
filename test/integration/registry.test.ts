import * as assert from 'node:assert';
import * as vscode from 'vscode';
import { Commands } from '../../src/extension/constants';
import { api, openSeed, readText } from './helpers';

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
    const mention = a.service.corpus.entities(path).find((e) => e.start === start);
    assert.ok(mention?.kind === 'actor' && mention.source === 'registry' && mention.canonical === name, 'now a registry actor');
  });

  it('Not an actor removes a detection everywhere and is stored in the registry', async () => {
    const a = await api();
    const editor = await openSeed(a, '000_');
    const path = editor.document.uri.path;
    const start = editor.document.getText().indexOf('Mercedes-Benz');
    await vscode.commands.executeCommand(Commands.notAnActor, path, start, start + 'Mercedes-Benz'.length);
    const registry = JSON.parse(await readText(registryUri()));
    assert.ok(registry.notActors.includes('Mercedes-Benz'));
    assert.ok(!a.service.corpus.entities(path).some((e) => e.kind === 'actor' && e.text === 'Mercedes-Benz'));
  });

  it('a registry file with an error is reported and never overwritten by a decision', async () => {
    const a = await api();
    const broken = '{ "schemaVersion": 1, "actors": [ { "id": 3 } ] }\n';
    await vscode.workspace.fs.writeFile(registryUri(), new TextEncoder().encode(broken));
    const editor = await openSeed(a, '000_');
    const start = editor.document.getText().indexOf('Maybach');
    await vscode.commands.executeCommand(Commands.notAnActor, editor.document.uri.path, start, start + 'Maybach'.length);
    assert.strictEqual(await readText(registryUri()), broken);
    assert.ok(a.detectors.problem, 'the problem is known (shown in Problems)');
  });
});
