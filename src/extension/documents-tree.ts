import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { basename } from '../core/paths';
import { preview } from '../core/text';
import { OutlineRequest, type ClaimInfo, type DocumentOutline, type OffsetRange } from '../protocol/protocol';
import { Commands } from './constants';
import type { CorpusView, ListedDocument } from './corpus-view';
import { Disposable } from './disposable';

const t = vscode.l10n.t;

export type DocumentsNode =
  | { kind: 'document'; path: string }
  | { kind: 'group'; path: string; group: 'claims' | 'actors' | 'figures' | 'detached'; count: number; outline: DocumentOutline }
  | { kind: 'claim'; path: string; claim: ClaimInfo }
  | { kind: 'actor'; path: string; canonical: string; type: string; mentions: OffsetRange[] }
  | { kind: 'figure'; path: string; figure: DocumentOutline['figures'][number] };

/** The Documents view: articles with counts (from the server's index); claims, actors, figures and detached claims beneath each. */
export class DocumentsTreeProvider extends Disposable implements vscode.TreeDataProvider<DocumentsNode> {
  private readonly changed = this._register(new vscode.EventEmitter<DocumentsNode | undefined>());
  readonly onDidChangeTreeData = this.changed.event;
  private timer: ReturnType<typeof setTimeout> | undefined;

  constructor(private readonly corpus: CorpusView, private readonly client: Promise<LanguageClient>, private readonly toUri: (path: string) => vscode.Uri) {
    super();
    // Coalesce bursts (typing, git checkouts, the index filling) into one refresh.
    this._register(corpus.onDidChange(() => {
      clearTimeout(this.timer);
      this.timer = setTimeout(() => this.changed.fire(undefined), 200);
    }));
    this._register({ dispose: () => clearTimeout(this.timer) });
  }

  async getChildren(node?: DocumentsNode): Promise<DocumentsNode[]> {
    if (!node) return this.corpus.documents().map((d) => ({ kind: 'document', path: d.path }));
    if (node.kind === 'document') {
      const doc = this.corpus.get(node.path);
      if (!doc || doc.problem !== null) return [];
      const client = await this.client;
      const outline = await client.sendRequest(OutlineRequest, { uri: doc.uri });
      if (!outline) return [];
      const anchored = outline.claims.filter((c) => c.anchored).length;
      const group = (g: 'claims' | 'actors' | 'figures' | 'detached', count: number): DocumentsNode => ({ kind: 'group', path: node.path, group: g, count, outline });
      const groups = [group('claims', anchored), group('actors', outline.actors.length), group('figures', outline.figures.length)];
      if (anchored < outline.claims.length) groups.push(group('detached', outline.claims.length - anchored));
      return groups;
    }
    if (node.kind !== 'group') return [];
    const { outline, path } = node;
    switch (node.group) {
      case 'claims':
      case 'detached':
        return outline.claims.filter((c) => c.anchored === (node.group === 'claims')).map((claim) => ({ kind: 'claim', path, claim }));
      case 'figures':
        return outline.figures.map((figure) => ({ kind: 'figure', path, figure }));
      case 'actors':
        return outline.actors.map((a) => ({ kind: 'actor', path, canonical: a.canonical, type: a.type, mentions: a.mentions }));
    }
  }

  getParent(node: DocumentsNode): DocumentsNode | undefined {
    // Only documents are revealed by path; deeper nodes are reached by expanding.
    return node.kind === 'document' ? undefined : { kind: 'document', path: node.path };
  }

  getTreeItem(node: DocumentsNode): vscode.TreeItem {
    const open = (start: number, end: number): vscode.Command => ({ command: Commands.openLocation, title: t('Open'), arguments: [node.path, start, end] });
    switch (node.kind) {
      case 'document':
        return this.documentItem(this.corpus.get(node.path) ?? node.path);
      case 'group': {
        const labels = { claims: t('Claims'), actors: t('Actors'), figures: t('Figures'), detached: t('Detached') };
        const icons = { claims: 'quote', actors: 'person', figures: 'symbol-number', detached: 'warning' };
        const item = new vscode.TreeItem(`${labels[node.group]} (${node.count})`, node.count > 0 ? vscode.TreeItemCollapsibleState.Collapsed : vscode.TreeItemCollapsibleState.None);
        item.id = `${node.path}#${node.group}`;
        item.iconPath = new vscode.ThemeIcon(icons[node.group], node.group === 'detached' ? new vscode.ThemeColor('list.warningForeground') : undefined);
        if (node.group === 'detached') item.tooltip = t('These claims could not be placed in the current text. Select the passage they belong to and use “Re-attach here”.');
        return item;
      }
      case 'claim': {
        const { claim } = node;
        const item = new vscode.TreeItem(preview(claim.exact, 80));
        item.id = `${node.path}#claim:${claim.id}`;
        item.description = [t(claim.status), claim.claimant].filter(Boolean).join(' · ');
        item.tooltip = new vscode.MarkdownString().appendText(claim.exact);
        item.contextValue = claim.anchored ? 'claim' : 'detachedClaim';
        item.iconPath = new vscode.ThemeIcon(claim.anchored ? 'quote' : 'warning');
        if (claim.anchored) item.command = open(claim.start, claim.end);
        return item;
      }
      case 'actor': {
        const item = new vscode.TreeItem(node.canonical);
        item.id = `${node.path}#actor:${node.canonical}`;
        item.description = `${t(node.type)} · ×${node.mentions.length}`;
        item.iconPath = new vscode.ThemeIcon(node.type === 'person' ? 'person' : node.type === 'organisation' ? 'organization' : node.type === 'state' ? 'globe' : 'location');
        item.command = open(node.mentions[0]![0], node.mentions[0]![1]);
        return item;
      }
      case 'figure': {
        const item = new vscode.TreeItem(node.figure.text);
        item.id = `${node.path}#figure:${node.figure.start}`;
        item.description = `${t(node.figure.type)} · ${node.figure.description}`;
        item.iconPath = new vscode.ThemeIcon('symbol-number');
        item.command = open(node.figure.start, node.figure.end);
        return item;
      }
    }
  }

  private documentItem(doc: ListedDocument | string): vscode.TreeItem {
    if (typeof doc === 'string') return new vscode.TreeItem(basename(doc)); // Gone from the corpus since listed.
    const readable = doc.problem === null && !doc.pending;
    const item = new vscode.TreeItem(doc.title, readable ? vscode.TreeItemCollapsibleState.Collapsed : vscode.TreeItemCollapsibleState.None);
    item.id = doc.path;
    item.resourceUri = this.toUri(doc.path);
    item.contextValue = 'document';
    item.command = { command: Commands.openLocation, title: t('Open'), arguments: [doc.path, 0, 0] };
    if (doc.pending) {
      item.description = t('reading…');
      return item;
    }
    if (doc.problem !== null) {
      item.description = t('not annotatable: {0}', doc.problem);
      item.iconPath = new vscode.ThemeIcon('circle-slash');
      item.tooltip = `${basename(doc.path)}: ${doc.problem}`;
      return item;
    }
    item.description = doc.figures !== null && doc.actors !== null
      ? t('{0} claims · {1} figures · {2} actors', doc.claims, doc.figures, doc.actors)
      : t('{0} claims · indexing…', doc.claims);
    item.tooltip = basename(doc.path);
    if (doc.sidecarProblem) {
      item.iconPath = new vscode.ThemeIcon('error', new vscode.ThemeColor('list.errorForeground'));
      item.tooltip = t('{0} — annotations are read-only until the file is fixed', doc.sidecarProblem);
    }
    return item;
  }
}
