import * as assert from 'node:assert';
import { join } from 'node:path';
import * as vscode from 'vscode';
import { Commands } from '../../src/extension/constants';
import { api, exists, hoverAt, openSeed, readText, seedPath, waitFor } from './helpers';

const sidecarOf = (uri: vscode.Uri): vscode.Uri => uri.with({ path: uri.path + '.annotations.json' });

describe('Sources: metadata and boilerplate', () => {
  it('dims the lines that are not the article, finds nothing in them, and says why on hover', async () => {
    const a = await api();
    const editor = await openSeed(a, '004_');
    const text = editor.document.getText();
    const watch = text.indexOf('Jetzt beobachten');
    const reply = text.lastIndexOf('Leave a Reply');
    const d = await waitFor('boilerplate drawn', () => {
      const applied = a.decorations.applied(editor.document.uri);
      return applied?.boilerplate.some(([s]) => s === watch) && applied.boilerplate.some(([s]) => s === reply) ? applied : undefined;
    }, 20_000);
    assert.ok(d.boilerplate.some(([s, e]) => text.slice(s, e) === '< p>'), 'the leftover tag inside the first paragraph');
    assert.ok(d.actor.length > 10, 'the article itself is highlighted');
    const hover = await hoverAt(editor, 'Jetzt beobachten');
    assert.match(hover, /Not article text\*\* · teaser/);
  });

  it('a line marked as article text is analysed again, and the decision is stored in the sidecar and undoable', async () => {
    const a = await api();
    const editor = await openSeed(a, '004_');
    const uri = editor.document.uri;
    const watch = editor.document.getText().indexOf('Jetzt beobachten');
    const before = (await exists(sidecarOf(uri))) ? await readText(sidecarOf(uri)) : undefined;
    await vscode.commands.executeCommand(Commands.markLine, uri.path, 'Jetzt beobachten', true);
    try {
      await waitFor('the line no longer dimmed', () => (a.decorations.applied(uri)?.boilerplate.some(([s]) => s === watch) === false ? true : undefined), 20_000);
      assert.match(await readText(sidecarOf(uri)), /"articleLines": \[\n\s+"Jetzt beobachten"\n\s+\]/);
    } finally {
      await vscode.commands.executeCommand(Commands.undo);
    }
    await waitFor('dimmed again after undo', () => (a.decorations.applied(uri)?.boilerplate.some(([s]) => s === watch) ? true : undefined), 20_000);
    if (before !== undefined) assert.doesNotMatch(await readText(sidecarOf(uri)), /articleLines/);
  });

  it('the Documents view shows each article\'s outlet, and a date the analyst records', async () => {
    const a = await api();
    const path = seedPath(a, '001_');
    const row = (): vscode.TreeItem => a.tree.getTreeItem((a.corpus.get(path) && { kind: 'document', path }) as never);
    await waitFor('the outlet on the row', () => (String(row().description).startsWith('Welt Nachrichten · ') ? true : undefined), 20_000);
    // The source card comes when the pointer rests on the row (resolveTreeItem), not with every row.
    assert.strictEqual(row().tooltip, undefined);
    const node = { kind: 'document' as const, path };
    const card = ((a.tree.resolveTreeItem(a.tree.getTreeItem(node), node)).tooltip as vscode.MarkdownString).value.replace(/&nbsp;/g, ' ');
    assert.match(card, /Original source: The Telegraph/);
    assert.strictEqual(row().label, 'Nordkorea könnte „Waffen an Russland liefern“, da sich die Länder darauf einigen, die Beziehungen zu stärken', 'the headline, not the outlet line above it');
    await vscode.commands.executeCommand(Commands.editSourceMeta, path, 'published', '2024-06-18');
    try {
      await waitFor('the date on the row', () => (String(row().description).startsWith('Welt Nachrichten · 2024-06-18 · ') ? true : undefined), 20_000);
      const stored = JSON.parse(await readText(sidecarOf(a.toUri(path))));
      assert.deepStrictEqual(stored.meta, { published: '2024-06-18' });
      assert.strictEqual(stored.schemaVersion, 3);
    } finally {
      await vscode.commands.executeCommand(Commands.undo);
    }
  });

  it('groups the Documents view by outlet, and back by folder', async () => {
    const a = await api();
    await vscode.commands.executeCommand(Commands.groupDocuments, 'outlet');
    try {
      const groups = await waitFor('outlet groups', async () => {
        const labels = (await a.tree.getChildren()).map((n) => String(a.tree.getTreeItem(n).label));
        return labels.includes('OZD') ? labels : undefined;
      });
      assert.deepStrictEqual(groups, ['Eulerpool News', 'OZD', 'Welt Nachrichten', '(outlet unknown)']);
      const ozd = (await a.tree.getChildren()).find((n) => a.tree.getTreeItem(n).label === 'OZD')!;
      assert.deepStrictEqual((await a.tree.getChildren(ozd)).map((n) => n.path.split('/').pop()), ['002_7002fa1c3b2b2e4d.txt']);
    } finally {
      await vscode.commands.executeCommand(Commands.groupDocuments, 'folder');
    }
    await waitFor('flat again', async () => ((await a.tree.getChildren()).every((n) => n.kind === 'document') ? true : undefined));
  });
});

describe('Add to Corpus (import)', () => {
  const fixture = (name: string): vscode.Uri => vscode.Uri.file(join(__dirname, '..', '..', '..', 'test', 'fixtures', 'import', name));

  it('imports a saved web page as an article with its outlet and date; a file it cannot read adds nothing', async () => {
    const a = await api();
    const folder = vscode.Uri.joinPath(a.toUri(seedPath(a, '000_')), '..');
    const before = a.corpus.documents().length;
    const result = await vscode.commands.executeCommand<{ imported: { uri: string; title: string; outlet: string | null; published: string | null }[]; failed: { from: string; error: string }[] }>(
      Commands.addToCorpus, [fixture('morgenblatt-donau.html'), fixture('abgebrochen.pdf')], folder);
    const created = result.imported.map((i) => vscode.Uri.parse(i.uri));
    try {
      assert.strictEqual(result.imported.length, 1, JSON.stringify(result));
      assert.deepStrictEqual([result.imported[0]!.outlet, result.imported[0]!.published], ['Mainzer Morgenblatt', '2024-06-18']);
      assert.strictEqual(result.failed.length, 1);
      assert.match(result.failed[0]!.from, /abgebrochen\.pdf$/);
      const path = created[0]!.path;
      await waitFor('the article in the corpus', () => (a.corpus.documents().length === before + 1 && a.corpus.get(path)?.outlet ? true : undefined), 20_000);
      assert.strictEqual(a.corpus.get(path)!.outlet, 'Mainzer Morgenblatt', 'recorded in its sidecar, shown in the Documents view');
      assert.match(await readText(created[0]!), /^Getreide über die Donau: Kiew setzt auf neue Route\n/);
      assert.ok(await exists(sidecarOf(created[0]!)), 'with its sidecar');
    } finally {
      for (const uri of created) {
        await vscode.workspace.fs.delete(sidecarOf(uri)).then(undefined, () => undefined);
        await vscode.workspace.fs.delete(uri).then(undefined, () => undefined);
      }
    }
    await waitFor('the corpus as before', () => (a.corpus.documents().length === before ? true : undefined), 20_000);
  });
});
