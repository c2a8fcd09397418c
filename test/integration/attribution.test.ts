import * as assert from 'node:assert';
import * as vscode from 'vscode';
import { Commands } from '../../src/extension/constants';
import { api, claimsOf, hoverAt, openSeed, waitFor } from './helpers';

// 002: "Nun, so berichtete der russische Sicherheitsrat, gehe es vor allem darum, …" — reported speech in
// Konjunktiv I, attributed to the Russian Security Council.
const REPORTED = 'so berichtete der russische Sicherheitsrat, gehe es vor allem darum';

describe('Attribution: who is cited, how firmly', () => {
  it('marks the cue and the hedge, and the hover names the source, the mode and the hedge', async () => {
    const a = await api();
    const editor = await openSeed(a, '002_');
    const text = editor.document.getText();
    const cue = text.indexOf('berichtete der russische Sicherheitsrat');
    const hedge = text.indexOf('gehe es vor allem');
    assert.ok(cue > 0 && hedge > 0);
    await waitFor('the cue and the hedge drawn', () => {
      const d = a.decorations.applied(editor.document.uri);
      return d?.attribution.some(([s]) => s === cue) && d.hedge.some(([s]) => s === hedge) ? true : undefined;
    }, 20_000);
    const hover = await hoverAt(editor, 'berichtete der russische');
    assert.match(hover, /Source: \*\*Nationaler Sicherheitsrat Russlands\*\*/);
    assert.match(hover, /indirect speech/);
    assert.match(hover, /hedged: \*gehe\*/);
  });

  it('Tag as claim takes the claimant from the attribution and notes the hedge; the analyst can change both', async () => {
    const a = await api();
    const editor = await openSeed(a, '002_');
    const text = editor.document.getText();
    const start = text.indexOf(REPORTED);
    const end = text.indexOf('.', start);
    const id = await vscode.commands.executeCommand<string>(Commands.tagClaim, editor.document.uri.path, start, end);
    try {
      const claim = await waitFor('the new claim', async () => (await claimsOf(a, editor.document.uri.path)).find((c) => c.id === id));
      assert.strictEqual(claim.claimant, 'Nationaler Sicherheitsrat Russlands');
      assert.match(claim.note ?? '', /gehe/);
      assert.deepStrictEqual(claim.attribution?.hedges, ['gehe']);
      await vscode.commands.executeCommand(Commands.setClaimant, editor.document.uri.path, id, 'Kreml');
      const changed = await waitFor('the claimant changed', async () => (await claimsOf(a, editor.document.uri.path)).find((c) => c.id === id && c.claimant === 'Kreml'));
      assert.strictEqual(changed.claimant, 'Kreml');
    } finally {
      await vscode.commands.executeCommand(Commands.undo);
      await vscode.commands.executeCommand(Commands.undo);
    }
    assert.ok(!(await claimsOf(a, editor.document.uri.path)).some((c) => c.id === id), 'undone');
  });

  it('the Documents view lists who an article cites, and how often hedged', async () => {
    const a = await api();
    const doc = (await a.tree.getChildren()).find((n) => n.path.includes('002_'))!;
    const sources = await waitFor('the Sources group', async () => (await a.tree.getChildren(doc)).find((n) => n.kind === 'group' && n.group === 'sources'));
    const items = (await a.tree.getChildren(sources)).map((n) => a.tree.getTreeItem(n));
    const council = items.find((i) => i.label === 'Nationaler Sicherheitsrat Russlands');
    assert.ok(council, `the council is listed among ${items.map((i) => String(i.label)).join(', ')}`);
    assert.match(String(council.description), /cited ×\d+ · 1 hedged/);
    assert.ok(items.some((i) => i.label === 'Kim Jong Un'), 'Kim is cited too');
  });
});
