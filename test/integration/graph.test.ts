import * as assert from 'node:assert';
import * as vscode from 'vscode';
import type { ClaimGraph, ClaimNode } from '../../src/core/analysis/claim-graph';
import { Commands } from '../../src/extension/constants';
import type { SourceAnnotatorApi } from '../../src/extension/main';
import { api, claimsOf, readText, seedPath, waitFor } from './helpers';

const TITLE = 'Claims Graph';
const RELATIONS = ['same', 'corroborates', 'contradicts', 'elaborates'];

const graphTabs = (): vscode.Tab[] =>
  vscode.window.tabGroups.all.flatMap((g) => g.tabs).filter((t) => t.input instanceof vscode.TabInputWebview && t.input.viewType.endsWith('sourceAnnotator.graph'));

/** The next graph the panel's page is sent that passes `test` (the page asks for it once its script runs). */
function nextDelivery(a: SourceAnnotatorApi, test: (g: ClaimGraph) => boolean = () => true, timeoutMs = 20_000): Promise<ClaimGraph> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => (listener.dispose(), reject(new Error('timed out waiting for the graph page to receive a graph'))), timeoutMs);
    const listener = a.graph.onDidDeliver((g) => {
      if (!test(g)) return;
      clearTimeout(timer);
      listener.dispose();
      resolve(g);
    });
  });
}

interface RecordedLink { from: string; to: string; rel: string }
/** The links recorded in the workspace's annotation files (earlier tests may have added some), by claim id. */
async function recordedLinks(a: SourceAnnotatorApi): Promise<RecordedLink[]> {
  const out: RecordedLink[] = [];
  for (const d of a.corpus.documents()) {
    const text = await readText(a.toUri(`${d.path}.annotations.json`)).catch(() => undefined);
    if (!text) continue;
    for (const c of (JSON.parse(text) as { annotations: Array<{ id: string; links: Array<{ rel: string; target: string }> }> }).annotations) {
      out.push(...c.links.map((l) => ({ from: c.id, to: l.target.split('#')[1]!, rel: l.rel })));
    }
  }
  return out;
}

/** Every recorded link between two existing claims is an edge of its relation, and every link edge is a recorded link. */
async function assertLinksAreEdges(a: SourceAnnotatorApi, graph: ClaimGraph): Promise<void> {
  const claimIdOf = new Map(graph.nodes.flatMap((n) => (n.kind === 'claim' ? [[n.id, n.claimId] as const] : [])));
  const edges = graph.edges.filter((e) => RELATIONS.includes(e.kind)).map((e) => ({ from: claimIdOf.get(e.source)!, to: claimIdOf.get(e.target)!, rel: e.kind }));
  const recorded = await recordedLinks(a);
  const joins = (x: RecordedLink, y: RecordedLink): boolean => x.rel === y.rel && ((x.from === y.from && x.to === y.to) || (x.rel !== 'elaborates' && x.from === y.to && x.to === y.from));
  const existing = new Set(claimIdOf.values());
  for (const l of recorded.filter((r) => existing.has(r.to))) assert.ok(edges.some((e) => joins(e, l)), `the link ${l.from} ${l.rel} ${l.to} is an edge`);
  for (const e of edges) assert.ok(recorded.some((l) => joins(e, l)), `the edge ${e.from} ${e.rel} ${e.to} is a recorded link`);
  assert.ok(edges.length > 0, 'the seeds have links (earlier tests may have changed some)');
}

describe('Claims graph', () => {
  after(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  it('Show Claims Graph opens a webview tab titled "Claims Graph" whose page asks for the graph and receives the seeds\' claims and links', async () => {
    const a = await api();
    const delivered = nextDelivery(a);
    await vscode.commands.executeCommand(Commands.showGraph);
    const tab = await waitFor('a Claims Graph webview tab', () => graphTabs()[0]);
    assert.strictEqual(tab.label, TITLE);
    // Only the page's own script (loaded by nonce under the CSP) sends 'ready', which this delivery answers.
    const graph = await delivered;
    const claims = await claimsOf(a);
    assert.deepStrictEqual(graph.nodes.filter((n) => n.kind === 'claim').map((n) => (n as ClaimNode).claimId).sort(), claims.map((c) => c.id).sort(), 'every claim of the seeds is a node');
    await assertLinksAreEdges(a, graph);
    await vscode.commands.executeCommand(Commands.showGraph);
    assert.strictEqual(graphTabs().length, 1, 'showing it again reveals the same panel');
  });

  it('GraphRequest over the language client returns the seeds\' documents, claims, claimants and links', async () => {
    const a = await api();
    const client = await a.languageClient();
    // By method name: this test bundle has its own copy of the protocol classes.
    const { root, graph } = await client.sendRequest<{ root: string; graph: ClaimGraph; skipped: number }>('sourceAnnotator/graph', {});
    const claims = await claimsOf(a);
    const annotated = new Set(claims.map((c) => vscode.Uri.parse(c.uri).path));
    const documents = graph.nodes.filter((n) => n.kind === 'document');
    assert.deepStrictEqual(documents.map((d) => vscode.Uri.joinPath(vscode.Uri.parse(root), d.document).path).sort(), [...annotated].sort(), 'a node per annotated document, its path relative to root');
    for (const c of claims) {
      const node = graph.nodes.find((n): n is ClaimNode => n.kind === 'claim' && n.claimId === c.id);
      assert.ok(node, `claim ${c.id} is a node`);
      assert.deepStrictEqual([node.start, node.end, node.text], [c.start, c.end, c.exact], `claim ${c.id} as the server holds it`);
      // Without a recorded claimant, the graph takes the attributed source (if any).
      if (c.claimant) assert.strictEqual(node.claimant, c.claimant, `claim ${c.id}'s claimant`);
      assert.ok(graph.edges.some((e) => e.kind === 'in' && e.source === node.id), `claim ${c.id} is in its document`);
    }
    assert.ok(graph.nodes.some((n) => n.kind === 'claimant' && n.label === 'USA' && n.claims === 2), 'USA is one claimant of two claims');
    const contradiction = graph.edges.find((e) => e.kind === 'contradicts');
    assert.ok(contradiction, 'the seeds\' contradiction is an edge');
    const ids = new Set(graph.nodes.map((n) => n.id));
    assert.ok(graph.edges.every((e) => ids.has(e.source) && ids.has(e.target)), 'no edge points nowhere');
  });

  it('a claim tagged in an article appears in the open graph, and goes when undone', async () => {
    const a = await api();
    a.graph.show();
    const path = seedPath(a, '001_');
    const text = await readText(a.toUri(path));
    const start = text.indexOf('Nordkorea');
    // Deliveries are recorded from before the tag (one may come before the command returns the new id); a delivery
    // that an earlier test's change caused may come too, so the one that counts is the first with the new claim.
    const seen: ClaimGraph[] = [];
    const recording = a.graph.onDidDeliver((g) => seen.push(g));
    const id = await vscode.commands.executeCommand<string>(Commands.tagClaim, path, start, start + 40);
    const hasNew = (g: ClaimGraph): boolean => g.nodes.some((n) => n.kind === 'claim' && n.claimId === id);
    try {
      const graph = seen.find(hasNew) ?? (await nextDelivery(a, hasNew));
      recording.dispose();
      assert.ok(graph.nodes.some((n) => n.kind === 'claim' && n.claimId === id), 'the new claim is a node');
      assert.ok(graph.nodes.some((n) => n.kind === 'document' && n.document.endsWith(path.split('/').pop()!)), 'its document is a node now');
    } finally {
      recording.dispose();
      const gone = nextDelivery(a, (g) => !g.nodes.some((n) => n.kind === 'claim' && n.claimId === id));
      await vscode.commands.executeCommand(Commands.undo);
      await gone;
    }
  });

  it('a status set on a claim of the graph redraws it with that status', async () => {
    const a = await api();
    a.graph.show();
    const russia = (await claimsOf(a)).find((c) => c.claimant === 'Russland')!;
    const isRefuted = (g: ClaimGraph): boolean => g.nodes.some((n) => n.kind === 'claim' && n.claimId === russia.id && n.status === 'refuted');
    const redrawn = nextDelivery(a, isRefuted);
    await vscode.commands.executeCommand(Commands.setStatus, vscode.Uri.parse(russia.uri).path, russia.id, 'refuted');
    try {
      await redrawn;
    } finally {
      const back = nextDelivery(a, (g) => !isRefuted(g));
      await vscode.commands.executeCommand(Commands.undo);
      await back;
    }
  });

  it('opening a claim node shows its passage selected, beside the graph', async () => {
    const a = await api();
    const delivered = graphTabs().length === 0 ? nextDelivery(a) : undefined;
    const panel = a.graph.show();
    await delivered;
    const { graph } = await (await a.languageClient()).sendRequest<{ graph: ClaimGraph }>('sourceAnnotator/graph', {});
    const claim = graph.nodes.find((n): n is ClaimNode => n.kind === 'claim' && n.claimant === 'Russland')!;
    const editor = await a.graph.open(claim.id);
    assert.ok(editor, 'an editor opened');
    assert.strictEqual(editor.document.getText(editor.selection), claim.text, 'the passage is selected');
    assert.notStrictEqual(editor.viewColumn, panel.viewColumn, 'beside the graph');
    assert.strictEqual(await a.graph.open('claimant:Russland'), undefined, 'a claimant opens nothing');
    assert.strictEqual(await a.graph.open('document:../../etc/passwd'), undefined, 'an id the graph does not have opens nothing');
  });
});
