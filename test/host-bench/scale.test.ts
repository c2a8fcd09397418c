// Measured inside the real VS Code extension host, on the bench's corpus of 10,000 varied articles plus one
// article of 1 MB: how soon the Documents view lists the articles and their titles, how soon an article opened
// while the index fills shows its highlights, and how long this host's event loop is ever blocked (while the
// server indexes, and while the analyst types in the 1 MB article). Prints one line for the bench:
//   __BENCH__ {...}
import * as assert from 'node:assert';
import { writeFileSync } from 'node:fs';
import { Session } from 'node:inspector/promises';
import { monitorEventLoopDelay, type IntervalHistogram } from 'node:perf_hooks';
import * as vscode from 'vscode';
import type { DocumentsNode } from '../../src/extension/documents-tree';
import type { SourceAnnotatorApi } from '../../src/extension/main';
import { EXTENSION_ID, waitFor } from '../integration/helpers';

const BIG = 'big-article.txt';

function loopMonitor(): IntervalHistogram {
  const h = monitorEventLoopDelay({ resolution: 5 });
  h.enable();
  return h;
}
const ms = (ns: number): number => Math.round(ns / 1e5) / 10;

/** SA_BENCH_PROFILE=file: CPU profiles of this extension host (file-indexing, file-typing), to find what blocks it. */
async function startProfile(): Promise<((phase: string) => Promise<void>) | undefined> {
  const file = process.env.SA_BENCH_PROFILE;
  if (!file) return undefined;
  const session = new Session();
  session.connect();
  await session.post('Profiler.enable');
  await session.post('Profiler.setSamplingInterval', { interval: 500 });
  await session.post('Profiler.start');
  return async (phase) => {
    const { profile } = await session.post('Profiler.stop');
    writeFileSync(file.replace(/(\.cpuprofile)?$/, `-${phase}.cpuprofile`), JSON.stringify(profile));
    session.disconnect();
  };
}

describe('scale (bench, not a test)', function () {
  this.timeout(900_000);

  it('measures titles, highlights during indexing and event-loop blocking', async () => {
    const out: Record<string, number | string> = {};
    const indexing = loopMonitor();
    const stopProfile = await startProfile();
    const ext = vscode.extensions.getExtension<SourceAnnotatorApi>(EXTENSION_ID)!;
    const a = await ext.activate();
    // Also measured from here: loading this extension's 1 MB bundle (most of it vscode-languageclient) is one block
    // at start-up, before the server runs, that the whole-window figure includes.
    const afterActivation = loopMonitor();
    const opened = Date.now();
    await vscode.commands.executeCommand('workbench.view.extension.sourceAnnotator');
    const count = Number(process.env.SA_BENCH_COUNT ?? 10_001);
    // Articles reachable in the view: folders and ranges of articles expanded, articles themselves not.
    const listed = async (node?: DocumentsNode): Promise<number> => {
      let n = 0;
      for (const child of await a.tree.getChildren(node)) n += child.kind === 'document' ? 1 : await listed(child);
      return n;
    };
    await waitFor('the view shows rows', async () => ((await a.tree.getChildren()).length > 0 ? true : undefined), 120_000);
    out.firstRowsMs = Date.now() - opened;
    await waitFor('every article listed', async () => ((await listed()) >= count ? true : undefined), 120_000);
    out.listedMs = Date.now() - opened;
    await waitFor('every title read', () => (a.corpus.documents().every((d) => !d.pending) ? true : undefined), 120_000);
    out.titledMs = Date.now() - opened;

    // An article in the middle of the corpus, opened while the index is still filling.
    const unindexed = a.corpus.documents().filter((d) => d.figures === null && d.problem === null && !d.path.endsWith(BIG));
    out.unindexedAtOpen = unindexed.length;
    const pick = unindexed[Math.floor(unindexed.length / 2)] ?? a.corpus.documents()[Math.floor(count / 2)]!;
    const openedAt = Date.now();
    const editor = await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(a.toUri(pick.path)));
    out.shownMs = Date.now() - openedAt;
    await waitFor('highlights in the opened article', () => (a.decorations.applied(editor.document.uri)?.figure.length ? true : undefined), 60_000);
    out.highlightsMs = Date.now() - openedAt;

    await waitFor('the index complete', () => (a.corpus.documents().every((d) => d.figures !== null || d.problem !== null) ? true : undefined), 600_000);
    out.indexedMs = Date.now() - opened;
    indexing.disable();
    afterActivation.disable();
    await stopProfile?.('indexing');
    out.loopMaxIndexingMs = ms(indexing.max);
    out.loopP99IndexingMs = ms(indexing.percentile(99));
    out.loopMaxAfterActivationMs = ms(afterActivation.max);
    out.loopP99AfterActivationMs = ms(afterActivation.percentile(99));

    // Typing in the 1 MB article: a character every 30 ms, as a fast typist does, in the middle of the text.
    const big = a.corpus.documents().find((d) => d.path.endsWith(BIG));
    assert.ok(big, `${BIG} is in the corpus`);
    const bigEditor = await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(a.toUri(big.path)));
    await waitFor('highlights in the 1 MB article', () => (a.decorations.applied(bigEditor.document.uri)?.figure.length ? true : undefined), 60_000);
    const typing = loopMonitor();
    const stopTypingProfile = await startProfile();
    const at = bigEditor.document.positionAt(Math.floor(bigEditor.document.getText().length / 2));
    // Where an analyst types is where the editor shows: the middle of the article, scrolled to.
    bigEditor.selection = new vscode.Selection(at, at);
    bigEditor.revealRange(new vscode.Range(at, at), vscode.TextEditorRevealType.InCenter);
    await waitFor('highlights where the analyst types', () => {
      const d = a.decorations.applied(bigEditor.document.uri);
      const from = bigEditor.document.offsetAt(at);
      return d?.figure.some(([s]) => Math.abs(s - from) < 5000) ? true : undefined;
    }, 30_000);
    const typed = 'Am 18. Juni 2024 lieferte Nordkorea 11.000 Container. ';
    for (let i = 0; i < typed.length; i++) {
      await bigEditor.edit((b) => b.insert(at.translate(0, i), typed[i]!), { undoStopBefore: false, undoStopAfter: false });
      await new Promise((r) => setTimeout(r, 30));
    }
    const lastKey = Date.now();
    const version = bigEditor.document.version;
    await waitFor('highlights for the typed text', () => {
      const d = a.decorations.applied(bigEditor.document.uri);
      const from = bigEditor.document.offsetAt(at);
      return d && bigEditor.document.version === version && d.figure.some(([s]) => s >= from && s < from + typed.length) ? true : undefined;
    }, 30_000);
    out.rehighlightAfterTypingMs = Date.now() - lastKey;
    typing.disable();
    await stopTypingProfile?.('typing');
    out.loopMaxTypingMs = ms(typing.max);
    out.loopP99TypingMs = ms(typing.percentile(99));
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
    console.log('__BENCH__ ' + JSON.stringify(out));
  });
});
