import * as assert from 'node:assert';
import * as vscode from 'vscode';
import { Commands } from '../../src/extension/constants';
import { api, claimsOf, hoverAt, openSeed, readText, waitFor } from './helpers';

// 002: "Washington und Seoul werfen Nordkorea vor, Russland mit Waffen und Munition … zu versorgen."
const ACCUSATION = 'Washington und Seoul werfen Nordkorea vor';

describe('Suggested links across documents', () => {
  it('shows suggestions in the claim hover, links one from the light bulb command, and forgets a rejected one', async () => {
    const a = await api();
    const editor = await openSeed(a, '002_');
    const path = editor.document.uri.path;
    const claim = (await claimsOf(a, path)).find((c) => c.exact.startsWith(ACCUSATION))!;
    assert.ok(claim, 'the seed has the accusation tagged');
    const hover = await waitFor('suggestions in the hover', async () => {
      const h = await hoverAt(editor, ACCUSATION);
      return /Suggested links/.test(h) ? h : undefined;
    }, 20_000);
    assert.match(hover, /(same claim|corroborates|contradicts|elaborates)\? “/);
    const client = await a.languageClient();
    const suggestions = async (): Promise<{ uri: string; id: string; rel: string }[]> =>
      client.sendRequest('sourceAnnotator/suggestions', { uri: a.toUri(path).toString(), id: claim.id });
    const [first, second] = await suggestions();
    assert.ok(first && second, 'at least two suggestions');
    assert.ok(!first.uri.endsWith(path.split('/').pop()!), 'from another document');
    const sidecar = a.toUri(path + '.annotations.json');
    await vscode.commands.executeCommand(Commands.linkSuggested, path, claim.id, 0, 'corroborates');
    try {
      assert.match(await readText(sidecar), new RegExp(`"rel": "corroborates",\\s+"target": "[^"]*#${first.id}"`));
      assert.ok(!(await suggestions()).some((s) => s.id === first.id), 'a linked claim is no longer suggested');
      await vscode.commands.executeCommand(Commands.linkSuggested, path, claim.id, 0, 'dismiss');
      assert.match(await readText(sidecar), new RegExp(`"dismissed": \\[\\s+"[^"]*#${second.id}"`));
      assert.ok(!(await suggestions()).some((s) => s.id === second.id), 'a rejected suggestion is not offered again');
    } finally {
      await vscode.commands.executeCommand(Commands.undo);
      await vscode.commands.executeCommand(Commands.undo);
    }
    const after = await readText(sidecar);
    assert.doesNotMatch(after, /dismissed/);
    assert.doesNotMatch(after, new RegExp(`#${first.id}"`), 'both undone');
  });
});

describe('Suggested links in the Documents view', () => {
  it('lists each claim’s suggestions under the article, links one from its row and rejects another', async () => {
    const a = await api();
    const doc = a.corpus.documents().find((d) => d.path.split('/').pop()!.startsWith('002_'))!;
    const docNode = { kind: 'document' as const, path: doc.path };
    const group = await waitFor('a Suggested links group', async () => (await a.tree.getChildren(docNode)).find((n) => n.kind === 'group' && n.group === 'suggestions'), 20_000);
    const label = a.tree.getTreeItem(group).label as string;
    assert.match(label, /^Suggested links \(\d+\)$/);
    const rows = await a.tree.getChildren(group);
    assert.ok(rows.length >= 2 && rows.every((r) => r.kind === 'suggestion'));
    const [first, second] = rows as Array<Extract<typeof rows[number], { kind: 'suggestion' }>>;
    const item = a.tree.getTreeItem(first!);
    assert.match(String(item.description), /(same claim|corroborates|contradicts|elaborates)\? · /);
    assert.equal(item.contextValue, 'suggestion');
    assert.ok(!first!.suggestion.link.uri.endsWith(doc.path.split('/').pop()!), 'a claim of another document');
    const sidecar = a.toUri(doc.path + '.annotations.json');
    // The row's inline buttons call the commands with the row itself.
    await vscode.commands.executeCommand(Commands.linkSuggested, first, 'corroborates');
    try {
      assert.match(await readText(sidecar), new RegExp(`"rel": "corroborates",\\s+"target": "[^"]*#${first!.suggestion.link.id}"`));
      await vscode.commands.executeCommand(Commands.dismissSuggestion, second);
      assert.match(await readText(sidecar), new RegExp(`"dismissed": \\[\\s+"[^"]*#${second!.suggestion.link.id}"`));
      const again = await a.tree.getChildren((await a.tree.getChildren(docNode)).find((n) => n.kind === 'group' && n.group === 'suggestions'));
      assert.ok(!again.some((r) => r.kind === 'suggestion' && r.suggestion.claim === second!.suggestion.claim && r.suggestion.link.id === second!.suggestion.link.id), 'a rejected suggestion leaves the view');
    } finally {
      await vscode.commands.executeCommand(Commands.undo);
      await vscode.commands.executeCommand(Commands.undo);
    }
  });
});

describe('Passages that look like a claim elsewhere', () => {
  it('hints at an untagged sentence that states another document’s claim, and tags and links it in one step', async () => {
    const a = await api();
    const seed = await openSeed(a, '002_');
    const folder = vscode.Uri.joinPath(seed.document.uri, '..');
    const uri = vscode.Uri.joinPath(folder, 'zz_passage.txt');
    const sentence = 'Washington und Seoul werfen Nordkorea vor, Russland mit Waffen und Munition für den Krieg in der Ukraine zu versorgen.';
    await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(`Neue Vorwürfe\n\n${sentence}\n`));
    const sidecar = vscode.Uri.joinPath(folder, 'zz_passage.txt.annotations.json');
    try {
      const editor = await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri));
      const hint = await waitFor('a hint on the sentence', () => vscode.languages.getDiagnostics(uri).find((d) => /Looks like a claim in/.test(d.message)), 30_000);
      assert.equal(hint.severity, vscode.DiagnosticSeverity.Hint);
      assert.equal(editor.document.getText(hint.range), sentence);
      const at = new vscode.Range(hint.range.start.translate(0, 3), hint.range.start.translate(0, 3));
      const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', uri, at);
      const tagAndLink = actions.find((x) => /^Tag as claim and link to/.test(x.title));
      assert.ok(tagAndLink?.command, 'the light bulb offers to tag and link');
      const [path, start, end, target] = tagAndLink.command.arguments as [string, number, number, { uri: string; id: string }];
      assert.ok(target.uri.includes('002_') || target.uri.includes('003_') || target.uri.includes('000_'), 'a claim of a seed');
      await vscode.commands.executeCommand(tagAndLink.command.command, path, start, end, target, 'corroborates', 'corroborates');
      const stored = JSON.parse(await readText(sidecar)) as { annotations: Array<{ target: { selector: Array<{ exact?: string }> }; links: Array<{ rel: string; target: string }> }> };
      assert.equal(stored.annotations.length, 1);
      assert.equal(stored.annotations[0]!.target.selector[0]!.exact, sentence);
      assert.deepEqual(stored.annotations[0]!.links.map((l) => [l.rel, l.target.endsWith(`#${target.id}`)]), [['corroborates', true]]);
      await waitFor('no hint once tagged', () => (vscode.languages.getDiagnostics(uri).some((d) => /Looks like a claim in/.test(d.message)) ? undefined : true), 20_000);
      await vscode.commands.executeCommand(Commands.undo);
      const undone = JSON.parse(await readText(sidecar)) as { annotations: unknown[] };
      assert.equal(undone.annotations.length, 0, 'one undo takes back the claim and its link');
    } finally {
      await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
      await vscode.workspace.fs.delete(uri);
      await vscode.workspace.fs.delete(sidecar).then(undefined, () => undefined);
    }
  });
});

describe('Figures side by side', () => {
  it('the figure hover says what other sources give for the same quantity, and Problems flag a contradicting one', async () => {
    const a = await api();
    const editor = await openSeed(a, '000_');
    const hover = await waitFor('other sources in the hover', async () => {
      const h = await hoverAt(editor, 'über 1000');
      return /Other sources on this quantity/.test(h) ? h : undefined;
    }, 30_000);
    assert.match(hover, /“über 11\.000” Container/);
    assert.doesNotMatch(hover, /⚠/, 'über 1000 and über 11.000 agree');
    const uri = vscode.Uri.joinPath(editor.document.uri, '..', 'zz_figures.txt');
    await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode('Neue Zahlen\n\nLaut Moskau hat Nordkorea nur 500 Container mit Munition an Russland geliefert.\n'));
    try {
      await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri));
      const problem = await waitFor('a Problem on “500”', () => vscode.languages.getDiagnostics(uri).find((d) => /Sources disagree/.test(d.message)), 30_000);
      assert.match(problem.message, /this article says “500 Container”; 00\d_[0-9a-f]+\.txt says “über 1\d?\.?000 Container”/);
    } finally {
      await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
      await vscode.workspace.fs.delete(uri);
    }
  });
});
