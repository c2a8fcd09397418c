import * as assert from 'node:assert';
import { writeFileSync } from 'node:fs';
import * as vscode from 'vscode';
import { Commands } from '../../src/extension/constants';
import { fingerprint } from '../../src/core/anchor/fingerprint';
import { addClaim } from '../../src/core/corpus/claim-edits';
import { emptySidecar } from '../../src/core/corpus/document-state';
import { serializeSidecar } from '../../src/core/store/serialize';
import { api, claimsOf, exists, openSeed, rangeOf, readText, waitFor } from './helpers';

describe('Annotations that survive', () => {
  it('a claim follows live edits, is detached when its text is deleted, and can be re-attached', async () => {
    const a = await api();
    const editor = await openSeed(a, '001_');
    const path = editor.document.uri.path;
    const passage = 'Pjöngjang lagert seit Jahrzehnten Waffen';
    const range = rangeOf(editor.document, passage);
    const id = await vscode.commands.executeCommand<string>(Commands.tagClaim, path, editor.document.offsetAt(range.start), editor.document.offsetAt(range.end));
    assert.ok(id);
    // As the language server holds it: it follows the editor's changes.
    const claim = async (): Promise<{ anchor: string; start: number; exact: string }> => {
      const c = (await claimsOf(a, path)).find((x) => x.id === id)!;
      return { anchor: c.anchored ? 'anchored' : 'orphaned', start: c.start, exact: c.exact };
    };
    const start = (await claim()).start;
    await editor.edit((b) => b.insert(new vscode.Position(0, 0), 'Eingefügt. '));
    assert.deepStrictEqual(await claim(), { anchor: 'anchored', start: start + 11, exact: passage });
    const now = rangeOf(editor.document, passage);
    await editor.edit((b) => b.delete(now));
    assert.strictEqual((await claim()).anchor, 'orphaned', 'deleted text leaves the claim detached, not moved');
    await vscode.commands.executeCommand('undo');
    await waitFor('claim back after undo', async () => ((await claim()).anchor === 'anchored' ? true : undefined));
    await editor.edit((b) => b.delete(rangeOf(editor.document, passage)));
    const doc = (await a.tree.getChildren()).find((n) => n.path === path)!;
    await waitFor('Detached node', async () => (await a.tree.getChildren(doc)).find((n) => n.kind === 'group' && n.group === 'detached'));
    const target = rangeOf(editor.document, 'Rüstungsquelle');
    await vscode.commands.executeCommand(Commands.reattachClaim, path, id, editor.document.offsetAt(target.start), editor.document.offsetAt(target.end));
    const reattached = await claim();
    assert.deepStrictEqual([reattached.anchor, reattached.exact], ['anchored', 'Rüstungsquelle']);
    await vscode.commands.executeCommand('workbench.action.files.revert');
  });

  it('a sidecar changed on disk while the article is open is reloaded and merged by id, losing nothing', async () => {
    const a = await api();
    const editor = await openSeed(a, '002_');
    const path = editor.document.uri.path;
    const sidecarUri = a.toUri(path + '.annotations.json');
    // A colleague's pull adds a claim to the file...
    const theirs = JSON.parse(await readText(sidecarUri));
    const colleague = { ...theirs.annotations[0], id: '01ZZZZZZZZZZZZZZZZZZZZZZZZ', body: { ...theirs.annotations[0].body, note: 'from a colleague' } };
    theirs.annotations.push(colleague);
    // ...and this window tags a claim of its own before it has seen that change.
    writeFileSync(sidecarUri.fsPath, JSON.stringify(theirs, null, 2) + '\n');
    const range = rangeOf(editor.document, 'Putin');
    const mine = await vscode.commands.executeCommand<string>(Commands.tagClaim, path, editor.document.offsetAt(range.start), editor.document.offsetAt(range.end));
    await waitFor('both claims known to the server', async () => {
      const ids = (await claimsOf(a, path)).map((x) => x.id);
      return ids.includes(mine) && ids.includes(colleague.id) ? true : undefined;
    });
    // The next write keeps both.
    await vscode.commands.executeCommand(Commands.setStatus, path, mine, 'refuted');
    const onDisk = JSON.parse(await readText(sidecarUri)).annotations.map((x: { id: string }) => x.id);
    assert.ok(onDisk.includes(mine) && onDisk.includes(colleague.id), 'both claims on disk');
  });

  it('a hand-edited link that leads outside the workspace is refused with a warning in Problems', async () => {
    const a = await api();
    const doc = a.corpus.documents().find((d) => d.claims > 0 && !d.sidecarProblem)!;
    const sidecarUri = a.toUri(doc.path + '.annotations.json');
    const original = await readText(sidecarUri);
    const json = JSON.parse(original);
    json.annotations[0].links = [{ rel: 'same', target: '../../../etc/passwd#x' }];
    await vscode.workspace.fs.writeFile(sidecarUri, new TextEncoder().encode(JSON.stringify(json, null, 2) + '\n'));
    try {
      const warning = await waitFor('link warning', () => vscode.languages.getDiagnostics(sidecarUri).find((d) => /outside/.test(d.message)));
      assert.strictEqual(warning.severity, vscode.DiagnosticSeverity.Warning);
    } finally {
      await vscode.workspace.fs.writeFile(sidecarUri, new TextEncoder().encode(original));
    }
  });

  it('a sidecar whose article is gone is reported and can be re-linked to another article', async () => {
    const a = await api();
    const folder = a.corpus.documents()[0]!.path.replace(/\/[^/]+$/, '');
    // Built here, not copied from a seed, so that what earlier tests did to the seeds cannot change the outcome.
    const text = 'Munition für Moskau\n\nDas Weiße Haus sagt, Nordkorea liefere Munition an Russland.\nMoskau und Pjöngjang bestreiten das.\n';
    const passages = ['Nordkorea liefere Munition an Russland', 'Moskau und Pjöngjang bestreiten das'];
    const ctx = { now: new Date().toISOString(), author: 'test' };
    let sidecar = { ...emptySidecar('renamed-away.txt'), fingerprint: fingerprint(text) };
    for (const p of passages) sidecar = addClaim(sidecar, text, text.indexOf(p), text.indexOf(p) + p.length, ctx).sidecar;
    const orphan = `${folder}/renamed-away.txt.annotations.json`;
    const article = `${folder}/zz_relinked.txt`;
    try {
      await vscode.workspace.fs.writeFile(a.toUri(orphan), new TextEncoder().encode(serializeSidecar(sidecar)));
      const found = await waitFor('the orphan reported', async () => ((await a.orphans.check()).includes(orphan) ? true : undefined));
      assert.ok(found);
      await vscode.workspace.fs.writeFile(a.toUri(article), new TextEncoder().encode('Neue Fassung.\n' + text));
      await waitFor('the new article in the corpus', () => (a.corpus.get(article) && !a.corpus.get(article)!.pending) || undefined);
      assert.ok(await a.orphans.relink(orphan, article));
      const claims = await waitFor('claims re-anchored on the new article', async () => {
        const c = await claimsOf(a, article);
        return c.length === passages.length ? c : undefined;
      });
      assert.deepStrictEqual(claims.map((c) => [c.anchored, c.exact]), passages.map((p) => [true, p]), 'claims re-anchored on the new article');
      assert.ok(!(await exists(a.toUri(orphan))), 'the orphaned file was moved, not copied');
    } finally {
      for (const path of [orphan, article + '.annotations.json', article]) {
        if (await exists(a.toUri(path))) await vscode.workspace.fs.delete(a.toUri(path));
      }
      await waitFor('deleted article leaves the corpus', () => (a.corpus.get(article) ? undefined : true));
    }
  });
});
