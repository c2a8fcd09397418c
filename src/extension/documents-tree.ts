import * as vscode from 'vscode';
import type { DocumentState } from '../core/corpus/document-state';
import type { Annotation } from '../core/model/annotation';
import type { ActorMention, Figure } from '../core/model/entities';
import { basename } from '../core/paths';
import { describeFigure } from '../core/present';
import { preview } from '../core/text';
import { Commands } from './constants';
import type { CorpusService } from './corpus-service';
import type { IndexCounts } from './index-counts';
import { Disposable } from './disposable';

const t = vscode.l10n.t;

export type DocumentsNode =
  | { kind: 'document'; path: string }
  | { kind: 'group'; path: string; group: 'claims' | 'actors' | 'figures' | 'detached' }
  | { kind: 'claim'; path: string; annotation: Annotation }
  | { kind: 'actor'; path: string; canonical: string; type: string; mentions: ActorMention[] }
  | { kind: 'figure'; path: string; figure: Figure };

/** The Documents view: articles with counts; claims, actors, figures and detached claims beneath each. */
export class DocumentsTreeProvider extends Disposable implements vscode.TreeDataProvider<DocumentsNode> {
  private readonly changed = this._register(new vscode.EventEmitter<DocumentsNode | undefined>());
  readonly onDidChangeTreeData = this.changed.event;
  private timer: ReturnType<typeof setTimeout> | undefined;

  constructor(private readonly service: CorpusService, private readonly counts: IndexCounts) {
    super();
    // Coalesce bursts (typing, git checkouts, the index filling) into one refresh.
    const refresh = (): void => {
      clearTimeout(this.timer);
      this.timer = setTimeout(() => this.changed.fire(undefined), 200);
    };
    this._register(service.onDidChange(refresh));
    this._register(counts.onDidChange(refresh));
    this._register({ dispose: () => clearTimeout(this.timer) });
  }

  getChildren(node?: DocumentsNode): DocumentsNode[] {
    const corpus = this.service.corpus;
    if (!node) return corpus.documents().map((d) => ({ kind: 'document', path: d.path }));
    const state = corpus.get(node.path);
    if (!state) return [];
    if (node.kind === 'document') {
      if (state.text === undefined) return [];
      const groups: DocumentsNode[] = [
        { kind: 'group', path: node.path, group: 'claims' },
        { kind: 'group', path: node.path, group: 'actors' },
        { kind: 'group', path: node.path, group: 'figures' },
      ];
      if (state.sidecar.annotations.some((a) => a.anchor === 'orphaned')) groups.push({ kind: 'group', path: node.path, group: 'detached' });
      return groups;
    }
    if (node.kind !== 'group') return [];
    const entities = corpus.entities(node.path);
    switch (node.group) {
      case 'claims':
      case 'detached':
        return state.sidecar.annotations
          .filter((a) => (a.anchor === 'orphaned') === (node.group === 'detached'))
          .sort((a, b) => a.target.selector[1].start - b.target.selector[1].start)
          .map((annotation) => ({ kind: 'claim', path: node.path, annotation }));
      case 'figures':
        return entities.filter((e): e is Figure => e.kind === 'figure').map((figure) => ({ kind: 'figure', path: node.path, figure }));
      case 'actors': {
        const byActor = new Map<string, ActorMention[]>();
        for (const e of entities) if (e.kind === 'actor') byActor.set(e.canonical, [...(byActor.get(e.canonical) ?? []), e]);
        return [...byActor.entries()]
          .sort((a, b) => b[1].length - a[1].length || a[0].localeCompare(b[0]))
          .map(([canonical, mentions]) => ({ kind: 'actor', path: node.path, canonical, type: mentions[0]!.type, mentions }));
      }
    }
  }

  getParent(node: DocumentsNode): DocumentsNode | undefined {
    if (node.kind === 'document') return undefined;
    if (node.kind === 'group') return { kind: 'document', path: node.path };
    const group = node.kind === 'claim' ? (node.annotation.anchor === 'orphaned' ? 'detached' : 'claims') : node.kind === 'actor' ? 'actors' : 'figures';
    return { kind: 'group', path: node.path, group };
  }

  getTreeItem(node: DocumentsNode): vscode.TreeItem {
    const corpus = this.service.corpus;
    const open = (start: number, end: number): vscode.Command => ({ command: Commands.openLocation, title: t('Open'), arguments: [node.path, start, end] });
    switch (node.kind) {
      case 'document':
        return this.documentItem(corpus.get(node.path)!);
      case 'group': {
        const count = this.getChildren(node).length;
        const labels = { claims: t('Claims'), actors: t('Actors'), figures: t('Figures'), detached: t('Detached') };
        const icons = { claims: 'quote', actors: 'person', figures: 'symbol-number', detached: 'warning' };
        const item = new vscode.TreeItem(`${labels[node.group]} (${count})`, count > 0 ? vscode.TreeItemCollapsibleState.Collapsed : vscode.TreeItemCollapsibleState.None);
        item.id = `${node.path}#${node.group}`;
        item.iconPath = new vscode.ThemeIcon(icons[node.group], node.group === 'detached' ? new vscode.ThemeColor('list.warningForeground') : undefined);
        if (node.group === 'detached') item.tooltip = t('These claims could not be placed in the current text. Select the passage they belong to and use “Re-attach here”.');
        return item;
      }
      case 'claim': {
        const [quote, pos] = node.annotation.target.selector;
        const item = new vscode.TreeItem(preview(quote.exact, 80));
        item.id = `${node.path}#claim:${node.annotation.id}`;
        item.description = [t(node.annotation.body.status), node.annotation.body.claimant].filter(Boolean).join(' · ');
        item.tooltip = new vscode.MarkdownString().appendText(quote.exact);
        item.contextValue = node.annotation.anchor === 'orphaned' ? 'detachedClaim' : 'claim';
        item.iconPath = new vscode.ThemeIcon(node.annotation.anchor === 'orphaned' ? 'warning' : 'quote');
        if (node.annotation.anchor === 'anchored') item.command = open(pos.start, pos.end);
        return item;
      }
      case 'actor': {
        const item = new vscode.TreeItem(node.canonical);
        item.id = `${node.path}#actor:${node.canonical}`;
        item.description = `${t(node.type)} · ×${node.mentions.length}`;
        item.iconPath = new vscode.ThemeIcon(node.type === 'person' ? 'person' : node.type === 'organisation' ? 'organization' : node.type === 'state' ? 'globe' : 'location');
        item.command = open(node.mentions[0]!.start, node.mentions[0]!.end);
        return item;
      }
      case 'figure': {
        const item = new vscode.TreeItem(node.figure.text);
        item.id = `${node.path}#figure:${node.figure.start}`;
        item.description = `${t(node.figure.type)} · ${describeFigure(node.figure)}`;
        item.iconPath = new vscode.ThemeIcon('symbol-number');
        item.command = open(node.figure.start, node.figure.end);
        return item;
      }
    }
  }

  private documentItem(state: DocumentState): vscode.TreeItem {
    const item = new vscode.TreeItem(state.title, state.text === undefined ? vscode.TreeItemCollapsibleState.None : vscode.TreeItemCollapsibleState.Collapsed);
    item.id = state.path;
    item.resourceUri = this.service.fs.toUri(state.path);
    item.contextValue = 'document';
    item.command = { command: Commands.openLocation, title: t('Open'), arguments: [state.path, 0, 0] };
    if (state.pending) {
      item.description = t('reading…');
      return item;
    }
    if (state.text === undefined) {
      item.description = t('not annotatable: {0}', state.problem ?? '');
      item.iconPath = new vscode.ThemeIcon('circle-slash');
      item.tooltip = `${basename(state.path)}: ${state.problem ?? ''}`;
      return item;
    }
    const counts = this.counts.get(state.path);
    item.description = counts
      ? t('{0} claims · {1} figures · {2} actors', state.sidecar.annotations.length, counts.figures, counts.actors)
      : t('{0} claims · indexing…', state.sidecar.annotations.length);
    item.tooltip = basename(state.path);
    if (state.sidecarProblem) {
      item.iconPath = new vscode.ThemeIcon('error', new vscode.ThemeColor('list.errorForeground'));
      item.tooltip = t('{0}:{1}:{2}: {3} — annotations are read-only until the file is fixed', basename(state.sidecarProblem.path), state.sidecarProblem.line, state.sidecarProblem.column, state.sidecarProblem.message);
    }
    return item;
  }
}
