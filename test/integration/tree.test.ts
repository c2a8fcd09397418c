import * as assert from 'node:assert';
import * as vscode from 'vscode';
import { api, waitFor } from './helpers';

describe('Documents tree', () => {
  it('lists the five seeds titled by their headline, with outlet and counts', async () => {
    const a = await api();
    const roots = await a.tree.getChildren();
    assert.strictEqual(roots.length, 5, 'five articles');
    // Counts come from the language server's index as it fills.
    await waitFor('counts for every article', () => (roots.every((n) => /figures/.test(String(a.tree.getTreeItem(n).description))) ? true : undefined), 30_000);
    const client = await a.languageClient();
    for (const node of roots) {
      const item = a.tree.getTreeItem(node);
      // By method name: this test bundle has its own copy of the protocol classes.
      const meta = await client.sendRequest<{ title: string; outlet: string | null; source: string | null }>('sourceAnnotator/sourceMeta', { uri: a.toUri(node.path).toString() });
      assert.strictEqual(String(item.label), meta.title);
      // The outlet, else the original source, before the counts.
      const shown = meta.outlet ?? meta.source;
      assert.match(String(item.description), new RegExp(`^${shown ? `${shown} · ` : ''}\\d+ claims · \\d+ figures · \\d+ actors$`));
    }
    const labels = roots.map((n) => String(a.tree.getTreeItem(n).label));
    assert.ok(labels.includes('Nordkorea könnte „Waffen an Russland liefern“, da sich die Länder darauf einigen, die Beziehungen zu stärken'), 'the headline under the outlet line of 001');
  });

  it('lists the actors of an article with their mention counts', async () => {
    const a = await api();
    const doc = (await a.tree.getChildren()).find((n) => n.path.includes('000_'))!;
    const actors = (await a.tree.getChildren(doc)).find((n) => n.kind === 'group' && n.group === 'actors')!;
    const labels = (await a.tree.getChildren(actors)).map((n) => a.tree.getTreeItem(n));
    const nordkorea = labels.find((i) => i.label === 'Nordkorea');
    assert.ok(nordkorea, 'Nordkorea is listed');
    assert.match(String(nordkorea.description), /state · ×\d+/);
  });

  it('refreshes when an article is added on disk, and when it is deleted', async () => {
    const a = await api();
    const folder = a.corpus.documents()[0]!.path.replace(/\/[^/]+$/, '');
    const uri = a.toUri(`${folder}/zz_new_article.txt`);
    await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode('Neuer Artikel\n\nPutin traf Kim Jong Un am 18. Juni.\n'));
    try {
      const deadline = Date.now() + 10_000;
      while (!(await a.tree.getChildren()).some((n) => n.path.endsWith('zz_new_article.txt'))) {
        if (Date.now() > deadline) assert.fail('new article did not appear in the tree');
        await new Promise((r) => setTimeout(r, 100));
      }
    } finally {
      await vscode.workspace.fs.delete(uri);
    }
    await waitFor('the deleted article gone from the tree', async () => ((await a.tree.getChildren()).some((n) => n.path.endsWith('zz_new_article.txt')) ? undefined : true));
  });

  it('filters by title or file name, and says so in the view', async () => {
    const a = await api();
    await vscode.commands.executeCommand('sourceAnnotator.filterDocuments', '003_');
    try {
      const shown = await a.tree.getChildren();
      assert.deepStrictEqual(shown.map((n) => n.path.split('/').pop()!.slice(0, 4)), ['003_']);
      await vscode.commands.executeCommand('sourceAnnotator.filterDocuments', 'KREML');
      const byTitle = await a.tree.getChildren();
      assert.ok(byTitle.length >= 1 && byTitle.length < 5, `${byTitle.length} articles have Kreml in their title`);
      for (const n of byTitle) assert.match(String(a.tree.getTreeItem(n).label), /kreml/i);
      await vscode.commands.executeCommand('sourceAnnotator.filterDocuments', 'ozd');
      assert.deepStrictEqual((await a.tree.getChildren()).map((n) => n.path.split('/').pop()!.slice(0, 4)), ['002_'], 'by outlet');
    } finally {
      await vscode.commands.executeCommand('sourceAnnotator.clearDocumentsFilter');
    }
    assert.strictEqual((await a.tree.getChildren()).length, 5);
  });

  it('groups articles by folder when the corpus spans more than one', async () => {
    const a = await api();
    const folder = a.corpus.documents()[0]!.path.replace(/\/[^/]+$/, '');
    const uri = a.toUri(`${folder}/more/zz_sub_article.txt`);
    await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode('Ein Artikel im Unterordner\n\nPutin traf Kim Jong Un.\n'));
    try {
      const roots = await waitFor('two folders', async () => {
        const r = await a.tree.getChildren();
        return r.length === 2 && r.every((n) => n.kind === 'folder') ? r : undefined;
      });
      const labels = roots.map((n) => String(a.tree.getTreeItem(n).label)).sort();
      assert.deepStrictEqual(labels, [folder.split('/').pop(), 'more'].sort());
      const sub = roots.find((n) => a.tree.getTreeItem(n).label === 'more')!;
      assert.deepStrictEqual((await a.tree.getChildren(sub)).map((n) => n.path), [uri.path]);
    } finally {
      await vscode.workspace.fs.delete(a.toUri(`${folder}/more`), { recursive: true });
    }
    await waitFor('one folder again, a flat list', async () => ((await a.tree.getChildren()).length === 5 ? true : undefined));
  });
});
