import * as assert from 'node:assert';
import * as vscode from 'vscode';
import { api, waitFor } from './helpers';

describe('Documents tree', () => {
  it('lists the five seeds titled by their first non-empty line, with counts', async () => {
    const a = await api();
    const roots = await a.tree.getChildren();
    assert.strictEqual(roots.length, 5, 'five articles');
    // Counts come from the language server's index as it fills.
    await waitFor('counts for every article', () => (roots.every((n) => /figures/.test(String(a.tree.getTreeItem(n).description))) ? true : undefined), 30_000);
    for (const node of roots) {
      const item = a.tree.getTreeItem(node);
      const text = new TextDecoder().decode(await vscode.workspace.fs.readFile(a.toUri(node.path)));
      const firstLine = text.split('\n').find((l) => l.trim() !== '')!.trim();
      assert.strictEqual(String(item.label), firstLine.length > 120 ? firstLine.slice(0, 119) + '…' : firstLine);
      assert.match(String(item.description), /\d+ claims · \d+ figures · \d+ actors/);
    }
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

  it('refreshes when an article is added on disk', async () => {
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
  });
});
