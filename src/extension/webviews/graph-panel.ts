// Show Claims Graph: one webview panel drawing the corpus's claims graph, which the language server builds
// (GraphRequest). The page asks for data when it (re)loads and names only node ids back; what to open is looked up
// here. It edits nothing, so it is the same in Restricted Mode.
import * as vscode from 'vscode';
import type { BaseLanguageClient as LanguageClient } from 'vscode-languageclient';
import type { ClaimGraph } from '../../core/analysis/claim-graph';
import type { Logger } from '../../core/ports';
import { GraphRequest } from '../../protocol/protocol';
import type { FromGraphPage, GraphStrings, ToGraphPage } from '../../webview/lib/graph-messages';
import { Commands, VIEW_GRAPH } from '../constants';
import type { CorpusChange, CorpusView } from '../corpus-view';
import { Disposable } from '../disposable';
import { openLocation } from '../locations';
import { webviewHtml, webviewOptions } from './webview-shell';

const t = vscode.l10n.t;
/** Edits arrive as a burst of corpus changes: redraw once they settle. */
const REFRESH_DELAY_MS = 300;

function graphStrings(skipped: number): GraphStrings {
  return {
    relations: { same: t('same claim'), corroborates: t('corroborates'), contradicts: t('contradicts'), elaborates: t('elaborates') },
    statuses: { unverified: t('unverified'), corroborated: t('corroborated'), disputed: t('disputed'), refuted: t('refuted') },
    kinds: { claimant: t('Claimants'), document: t('Documents') },
    kind: { claimant: t('Claimant'), document: t('Document') },
    relationsLegend: t('Links:'),
    actor: t('Actor:'),
    allActors: t('Everyone'),
    show: t('Show:'),
    statusLegend: t('Claims:'),
    hedged: t('hedged'),
    detectedClaimant: t('claimant detected, not recorded'),
    nodeList: t('Claims, documents and claimants'),
    graphLabel: t('Graph of the claims, their documents and claimants, and the links between claims. The list beside it has the same nodes.'),
    empty: t('No claims to show. Tag a claim in an article, or change the filters.'),
    readOnly: vscode.workspace.isTrusted ? null : t('Restricted Mode: the graph only shows and opens; trust the folder to annotate.'),
    skipped: skipped ? t('{0} documents with unreadable annotation files are left out (see Problems).', skipped) : null,
  };
}

export class GraphPanel extends Disposable {
  private panel: vscode.WebviewPanel | undefined;
  private shown: { root: vscode.Uri; graph: ClaimGraph } | undefined;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private readonly delivered = this._register(new vscode.EventEmitter<ClaimGraph>());
  /** Fires with each graph the page was sent after it asked (tests wait for it). */
  readonly onDidDeliver = this.delivered.event;

  constructor(private readonly extensionUri: vscode.Uri, private readonly corpus: CorpusView, private readonly client: Promise<LanguageClient>, private readonly log: Logger) {
    super();
    this._register(vscode.commands.registerCommand(Commands.showGraph, () => this.show()));
    this._register(corpus.onDidChange((change) => {
      if (this.affects(change)) this.refreshSoon();
    }));
    this._register(vscode.workspace.onDidGrantWorkspaceTrust(() => this.refreshSoon()));
    // A graph left open comes back after a reload or restart; its page asks for the graph again.
    this._register(vscode.window.registerWebviewPanelSerializer(VIEW_GRAPH, { deserializeWebviewPanel: async (panel) => void this.adopt(panel) }));
    this._register({ dispose: () => (clearTimeout(this.timer), this.panel?.dispose()) });
  }

  show(): vscode.WebviewPanel {
    if (this.panel) {
      this.panel.reveal();
      return this.panel;
    }
    return this.adopt(vscode.window.createWebviewPanel(VIEW_GRAPH, t('Claims Graph'), vscode.ViewColumn.Active, webviewOptions(this.extensionUri)));
  }

  /** Makes `panel` the graph's: a new one, or one VS Code restored after a reload. */
  private adopt(panel: vscode.WebviewPanel): vscode.WebviewPanel {
    const title = t('Claims Graph');
    panel.title = title;
    panel.webview.options = webviewOptions(this.extensionUri);
    panel.iconPath = vscode.Uri.joinPath(this.extensionUri, 'media', 'icon.svg');
    const listening = panel.webview.onDidReceiveMessage((m: FromGraphPage) => void this.received(m));
    panel.onDidDispose(() => {
      listening.dispose();
      if (this.panel === panel) this.panel = undefined;
    });
    panel.webview.html = webviewHtml(panel.webview, this.extensionUri, { script: 'graph.js', style: 'graph.css', title });
    this.panel = panel;
    return panel;
  }

  /** Opens what a node stands for: a claim's passage, or a document; beside the graph, which stays in view. */
  async open(nodeId: string): Promise<vscode.TextEditor | undefined> {
    const node = this.shown?.graph.nodes.find((n) => n.id === nodeId);
    if (!this.shown || !node || node.kind === 'claimant') return undefined;
    const root = this.shown.root;
    const toUri = (path: string): vscode.Uri => vscode.Uri.joinPath(root, path);
    const [start, end] = node.kind === 'claim' && node.anchored ? [node.start, node.end] : [0, 0];
    return openLocation(toUri, node.document, start, end, vscode.ViewColumn.Beside);
  }

  private async received(message: FromGraphPage): Promise<void> {
    try {
      if (message.type === 'ready') await this.refresh();
      else if (message.type === 'open') await this.open(message.node);
    } catch (e) {
      this.log.warn(`[graph] ${message.type}: ${(e as Error).message}`);
      void vscode.window.showErrorMessage(t('Claims graph: {0}', (e as Error).message));
    }
  }

  /**
   * Whether a change of the corpus can change the graph: the list itself, or an article that is in the graph or has
   * claims now. While the index fills, most changes are counts of articles without claims: no redraw for those.
   */
  private affects(change: CorpusChange): boolean {
    if (!change || !this.shown) return true;
    const root = this.shown.root;
    const drawn = new Set(this.shown.graph.nodes.flatMap((n) => (n.kind === 'document' ? [vscode.Uri.joinPath(root, n.document).path] : [])));
    return change.some((path) => drawn.has(path) || (this.corpus.get(path)?.claims ?? 0) > 0);
  }

  private refreshSoon(): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.refresh().catch((e: unknown) => this.log.warn(`[graph] refresh: ${(e as Error).message}`)), REFRESH_DELAY_MS);
  }

  /** Asks the server for the graph and sends it to the page (a hidden page asks again when shown). */
  private async refresh(): Promise<void> {
    const panel = this.panel;
    if (!panel?.visible) return;
    const { root, graph, skipped } = await (await this.client).sendRequest(GraphRequest, {});
    this.shown = { root: vscode.Uri.parse(root), graph };
    const message: ToGraphPage = { type: 'graph', graph, strings: graphStrings(skipped) };
    if (await panel.webview.postMessage(message)) this.delivered.fire(graph);
  }
}
