// The claims graph in the browser build: the same panel and page, the graph built by the server in its Web Worker.
import * as vscode from 'vscode';
import type { ClaimGraph } from '../../src/core/analysis/claim-graph';
import { Commands } from '../../src/extension/constants';
import { ok } from './assert';
import { api, waitFor } from './helpers';

describe('Claims graph in the browser build', () => {
  it('Show Claims Graph opens its webview, whose page receives the seeds\' claims and their links', async function () {
    this.timeout(60_000);
    const a = await api();
    const delivered = new Promise<ClaimGraph>((resolve) => {
      const listener = a.graph.onDidDeliver((g) => (listener.dispose(), resolve(g)));
    });
    await vscode.commands.executeCommand(Commands.showGraph);
    await waitFor('a Claims Graph tab', () => vscode.window.tabGroups.all.flatMap((g) => g.tabs).find((t) => t.input instanceof vscode.TabInputWebview && t.label === 'Claims Graph'));
    const graph = await delivered;
    ok(graph.nodes.filter((n) => n.kind === 'claim').length >= 6, 'the seeds\' claims are nodes');
    ok(graph.edges.some((e) => e.kind === 'contradicts'), 'the seeds\' contradiction is an edge');
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });
});
