import * as vscode from 'vscode';
import type { BaseLanguageClient as LanguageClient } from 'vscode-languageclient';
import { basename, dirname, relative } from '../core/paths';
import { preview } from '../core/text';
import { OutlineRequest, type ClaimInfo, type DocumentOutline, type OffsetRange, type SuggestionOf } from '../protocol/protocol';
import { Commands, ContextKeys, type DocumentsGrouping } from './constants';
import type { CorpusView, ListedDocument } from './corpus-view';
import { Disposable } from './disposable';
import { RELATION_LABELS } from './relation-labels';

const t = vscode.l10n.t;

type OutlineGroup = 'claims' | 'suggestions' | 'actors' | 'figures' | 'sources' | 'detached';
/**
 * More articles than this in one folder are listed in ranges of RANGE: the editor builds every row of a list it is
 * shown in one go, and 1,000 rows (the first page of the listing) blocked the extension host for a third of a second.
 */
const PAGE = 250;
const RANGE = 250;

export type DocumentsNode =
  /** A folder, or (grouped by source) an outlet or a month: `path` is the group's key. */
  | { kind: 'folder'; path: string; label: string }
  /** Articles `from` to `to` (exclusive) of a folder with too many to list at once. */
  | { kind: 'range'; path: string; from: number; to: number }
  | { kind: 'document'; path: string }
  | { kind: 'group'; path: string; group: OutlineGroup; count: number; outline: DocumentOutline }
  | { kind: 'suggestion'; path: string; suggestion: SuggestionOf }
  | { kind: 'source'; path: string; source: DocumentOutline['sources'][number] }
  | { kind: 'claim'; path: string; claim: ClaimInfo }
  | { kind: 'actor'; path: string; canonical: string; type: string; mentions: OffsetRange[] }
  | { kind: 'figure'; path: string; figure: DocumentOutline['figures'][number] };

/** The Documents view: articles with counts (from the server's index); claims, actors, figures and detached claims beneath each. */
export class DocumentsTreeProvider extends Disposable implements vscode.TreeDataProvider<DocumentsNode> {
  private readonly changed = this._register(new vscode.EventEmitter<DocumentsNode | DocumentsNode[] | undefined>());
  readonly onDidChangeTreeData = this.changed.event;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private filterText = '';
  /** Articles whose row changed since the last refresh; undefined: refresh the whole list. */
  private dirty: Set<string> | undefined = new Set();
  /** One node object per article: VS Code refreshes a row by the identity of its element. */
  private readonly nodes = new Map<string, DocumentsNode & { kind: 'document' }>();

  constructor(private readonly corpus: CorpusView, private readonly client: Promise<LanguageClient>, private readonly toUri: (path: string) => vscode.Uri) {
    super();
    // Coalesce bursts (git checkouts, the index filling) into one refresh of the rows that changed: redrawing
    // 10,000 rows five times a second would keep the extension host busy while the index fills.
    this._register(corpus.onDidChange((paths) => {
      // A row that changes is updated in place (CorpusView) and stays in its folder; but it may have found its title,
      // which the filter goes by, or its outlet or date, which the other groupings go by.
      if (!paths || this.filterText || this.groupBy !== 'folder') this.grouped = undefined;
      if (!paths || this.filterText) this.dirty = undefined;
      else for (const p of paths) this.dirty?.add(p);
      this.timer ??= setTimeout(() => {
        this.timer = undefined;
        const dirty = this.dirty;
        this.dirty = new Set();
        if (!dirty) this.changed.fire(undefined);
        else {
          const rows = [...dirty].flatMap((p) => this.nodes.get(p) ?? []);
          if (rows.length > 0) this.changed.fire(rows);
        }
      }, 200);
    }));
    this._register({ dispose: () => clearTimeout(this.timer) });
  }

  /** Shows only the articles whose title or file name contains `text` (any case); '' shows all. */
  setFilter(text: string): void {
    this.filterText = text.trim().toLocaleLowerCase();
    this.grouped = undefined;
    void vscode.commands.executeCommand('setContext', ContextKeys.documentsFiltered, this.filterText !== '');
    this.changed.fire(undefined);
  }

  get filter(): string {
    return this.filterText;
  }

  /** The shown articles by folder, kept until the corpus or the filter changes: the editor asks for rows and their labels often. */
  private grouped: Map<string, ListedDocument[]> | undefined;

  private groupBy: DocumentsGrouping = 'folder';

  /** Groups the articles by folder, by outlet or by month of publication. */
  setGrouping(groupBy: DocumentsGrouping): void {
    if (groupBy === this.groupBy) return;
    this.groupBy = groupBy;
    this.grouped = undefined;
    this.changed.fire(undefined);
  }

  /** The group an article is listed under: its folder, its outlet, or its month of publication. */
  private keyOf(d: ListedDocument): string {
    if (this.groupBy === 'outlet') return `outlet:${d.outlet ?? ''}`;
    if (this.groupBy === 'published') return `published:${d.published?.slice(0, 7) ?? ''}`;
    return dirname(d.path);
  }

  /** Articles whose title, file name or outlet contains the filter (any case), grouped. */
  private folders(): Map<string, ListedDocument[]> {
    if (this.grouped) return this.grouped;
    const f = this.filterText;
    const byFolder = new Map<string, ListedDocument[]>();
    for (const d of this.corpus.documents()) {
      if (f && !d.title.toLocaleLowerCase().includes(f) && !basename(d.path).toLocaleLowerCase().includes(f) && !d.outlet?.toLocaleLowerCase().includes(f)) continue;
      const key = this.keyOf(d);
      const list = byFolder.get(key);
      if (list) list.push(d);
      else byFolder.set(key, [d]);
    }
    // By source, the newest first within a group (undated last), then by title.
    if (this.groupBy !== 'folder') for (const list of byFolder.values()) list.sort(byDateThenTitle);
    return (this.grouped = byFolder);
  }

  /** Group keys in display order: folders and outlets by name (none last), months newest first (none last). */
  private sortedKeys(): string[] {
    const keys = [...this.folders().keys()];
    if (this.groupBy === 'folder') return keys.sort();
    const none = (k: string): boolean => k.endsWith(':');
    return keys.sort((a, b) => (none(a) !== none(b) ? (none(a) ? 1 : -1) : this.groupBy === 'published' ? (a < b ? 1 : -1) : a.localeCompare(b)));
  }

  async getChildren(node?: DocumentsNode): Promise<DocumentsNode[]> {
    if (!node) {
      const byFolder = this.folders();
      if (byFolder.size <= 1 && this.groupBy === 'folder') {
        const [folder, docs] = [...byFolder][0] ?? ['/', []];
        return this.page(folder, docs);
      }
      return this.sortedKeys().map((key) => this.groupNode(key));
    }
    if (node.kind === 'folder') return this.page(node.path, this.folders().get(node.path) ?? []);
    if (node.kind === 'range') return (this.folders().get(node.path) ?? []).slice(node.from, node.to).map((d) => this.node(d.path));
    if (node.kind === 'document') {
      const doc = this.corpus.get(node.path);
      if (!doc || doc.problem !== undefined) return [];
      const client = await this.client;
      const outline = await client.sendRequest(OutlineRequest, { uri: doc.uri });
      if (!outline) return [];
      const anchored = outline.claims.filter((c) => c.anchored).length;
      const group = (g: OutlineGroup, count: number): DocumentsNode => ({ kind: 'group', path: node.path, group: g, count, outline });
      const groups = [group('claims', anchored), group('sources', outline.sources.length), group('actors', outline.actors.length), group('figures', outline.figures.length)];
      if (outline.suggestions.length > 0) groups.splice(1, 0, group('suggestions', outline.suggestions.length));
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
      case 'sources':
        return outline.sources.map((source) => ({ kind: 'source', path, source }));
      case 'suggestions':
        return outline.suggestions.map((suggestion) => ({ kind: 'suggestion', path, suggestion }));
    }
  }

  /**
   * A folder's articles, or ranges of RANGE articles when there are more than PAGE: the editor builds a row for
   * every child it is given, and 10,000 rows at once kept the extension host busy for over a second.
   */
  private page(folder: string, docs: readonly ListedDocument[]): DocumentsNode[] {
    if (docs.length <= PAGE) return docs.map((d) => this.node(d.path));
    const ranges: DocumentsNode[] = [];
    for (let from = 0; from < docs.length; from += RANGE) ranges.push({ kind: 'range', path: folder, from, to: Math.min(docs.length, from + RANGE) });
    return ranges;
  }

  private node(path: string): DocumentsNode & { kind: 'document' } {
    let node = this.nodes.get(path);
    if (!node) this.nodes.set(path, (node = { kind: 'document', path }));
    return node;
  }

  getParent(node: DocumentsNode): DocumentsNode | undefined {
    if (node.kind === 'folder') return undefined;
    if (node.kind === 'range') return this.folderOf(node.path);
    if (node.kind !== 'document') return this.node(node.path);
    const listed = this.corpus.get(node.path);
    const folder = listed ? this.keyOf(listed) : dirname(node.path);
    const siblings = this.folders().get(folder) ?? [];
    if (siblings.length > PAGE) {
      const from = Math.floor(siblings.findIndex((d) => d.path === node.path) / RANGE) * RANGE;
      return { kind: 'range', path: folder, from, to: Math.min(siblings.length, from + RANGE) };
    }
    return this.folderOf(folder);
  }

  /** The group row of `key`, unless the view lists a single folder flat. */
  private folderOf(key: string): DocumentsNode | undefined {
    if (this.folders().size <= 1 && this.groupBy === 'folder') return undefined;
    return this.groupNode(key);
  }

  private groupNode(key: string): DocumentsNode {
    if (this.groupBy === 'folder') return folderNode(key, commonFolder([...this.folders().keys()]));
    const value = key.slice(key.indexOf(':') + 1);
    const label = value || (this.groupBy === 'outlet' ? t('(outlet unknown)') : t('(date unknown)'));
    return { kind: 'folder', path: key, label };
  }

  getTreeItem(node: DocumentsNode): vscode.TreeItem {
    const open = (start: number, end: number): vscode.Command => ({ command: Commands.openLocation, title: t('Open'), arguments: [node.path, start, end] });
    switch (node.kind) {
      case 'folder': {
        const item = new vscode.TreeItem(node.label, vscode.TreeItemCollapsibleState.Expanded);
        item.id = `folder:${node.path}`;
        if (this.groupBy === 'folder') {
          item.resourceUri = this.toUri(node.path);
          item.iconPath = vscode.ThemeIcon.Folder;
        } else item.iconPath = new vscode.ThemeIcon(this.groupBy === 'outlet' ? 'broadcast' : 'calendar');
        item.description = t('{0} articles', this.folders().get(node.path)?.length ?? 0);
        return item;
      }
      case 'range': {
        const docs = (this.folders().get(node.path) ?? []).slice(node.from, node.to);
        const item = new vscode.TreeItem(`${node.from + 1}–${node.to}`, vscode.TreeItemCollapsibleState.Collapsed);
        item.id = `range:${node.path}:${node.from}`;
        item.iconPath = new vscode.ThemeIcon('files');
        item.description = docs.length > 0 ? `${basename(docs[0]!.path)} … ${basename(docs[docs.length - 1]!.path)}` : undefined;
        return item;
      }
      case 'document':
        return this.documentItem(this.corpus.get(node.path) ?? node.path);
      case 'group': {
        const labels = { claims: t('Claims'), suggestions: t('Suggested links'), sources: t('Sources'), actors: t('Actors'), figures: t('Figures'), detached: t('Detached') };
        const icons = { claims: 'quote', suggestions: 'sparkle', sources: 'megaphone', actors: 'person', figures: 'symbol-number', detached: 'warning' };
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
        // Nobody cited and no claimant: the analyst should find out who says so.
        const unattributed = claim.anchored && !claim.claimant && claim.attribution === null;
        const hedged = claim.attribution?.hedges.length ? t('hedged: {0}', claim.attribution.hedges.join(', ')) : undefined;
        item.description = [t(claim.status), claim.claimant, hedged, unattributed ? t('unattributed') : undefined].filter(Boolean).join(' · ');
        item.tooltip = new vscode.MarkdownString().appendText(claim.exact);
        if (unattributed) item.tooltip.appendMarkdown(`\n\n${t('Unattributed: the text cites nobody for this passage, and it has no claimant.')}`);
        item.contextValue = claim.anchored ? 'claim' : 'detachedClaim';
        item.iconPath = new vscode.ThemeIcon(claim.anchored ? 'quote' : 'warning', unattributed ? new vscode.ThemeColor('list.warningForeground') : undefined);
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
      case 'source': {
        const { source } = node;
        const item = new vscode.TreeItem(source.name);
        item.id = `${node.path}#source:${source.name}`;
        item.description = source.hedged > 0 ? t('cited ×{0} · {1} hedged', source.count, source.hedged) : t('cited ×{0}', source.count);
        item.tooltip = t('{0} is cited {1} times in this article; {2} of them hedged (soll, angeblich, Konjunktiv I …).', source.name, source.count, source.hedged);
        item.iconPath = new vscode.ThemeIcon('megaphone');
        item.command = open(source.start, source.end);
        return item;
      }
      case 'suggestion': {
        const { claim, from, link } = node.suggestion;
        const item = new vscode.TreeItem(preview(link.exact, 80));
        item.id = `${node.path}#suggestion:${claim}:${link.uri}#${link.id}`;
        item.description = `${t(RELATION_LABELS[link.rel])}? · ${link.title}`;
        item.tooltip = new vscode.MarkdownString()
          .appendMarkdown(`**${t('This article')}:** `).appendText(from)
          .appendMarkdown(`\n\n**${link.title}:** `).appendText(link.exact)
          .appendMarkdown(`\n\n${t('Guessed relation: {0} · score {1}', t(RELATION_LABELS[link.rel]), link.score.toFixed(2))}\n\n`).appendText(link.reasons.join(' · '));
        item.contextValue = 'suggestion';
        item.iconPath = new vscode.ThemeIcon(link.rel === 'contradicts' ? 'diff-removed' : 'sparkle');
        item.command = { command: Commands.openLocation, title: t('Open'), arguments: [vscode.Uri.parse(link.uri).path, link.start, link.end] };
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

  /** A row's tooltip when the pointer rests on it: an article's source card. */
  resolveTreeItem(item: vscode.TreeItem, node: DocumentsNode): vscode.TreeItem {
    if (node.kind !== 'document' || item.tooltip) return item;
    const doc = this.corpus.get(node.path);
    if (doc && doc.problem === undefined && !doc.pending) item.tooltip = sourceCard(doc);
    return item;
  }

  private documentItem(doc: ListedDocument | string): vscode.TreeItem {
    if (typeof doc === 'string') return new vscode.TreeItem(basename(doc)); // Gone from the corpus since listed.
    const readable = doc.problem === undefined && !doc.pending;
    const item = new vscode.TreeItem(doc.title, readable ? vscode.TreeItemCollapsibleState.Collapsed : vscode.TreeItemCollapsibleState.None);
    item.id = doc.path;
    item.resourceUri = this.toUri(doc.path);
    item.contextValue = 'document';
    // An article, not a folder: with a resourceUri and children the file icon theme would draw a folder.
    item.iconPath = new vscode.ThemeIcon('file-text');
    item.command = { command: Commands.openLocation, title: t('Open'), arguments: [doc.path, 0, 0] };
    if (doc.pending) {
      item.description = t('reading…');
      return item;
    }
    if (doc.problem !== undefined) {
      item.description = t('not annotatable: {0}', doc.problem);
      item.iconPath = new vscode.ThemeIcon('circle-slash');
      item.tooltip = `${basename(doc.path)}: ${doc.problem}`;
      return item;
    }
    const counts = doc.figures !== undefined && doc.actors !== undefined
      ? t('{0} claims · {1} figures · {2} actors', doc.claims, doc.figures, doc.actors)
      : t('{0} claims · indexing…', doc.claims);
    // The source first, unless the group already says it.
    const outlet = this.groupBy === 'outlet' ? undefined : doc.outlet ?? doc.source;
    item.description = [outlet, this.groupBy === 'published' ? undefined : doc.published, counts].filter(Boolean).join(' · ');
    // The source card comes with resolveTreeItem, on hover: as a Markdown tooltip on each of the 500 rows of a page,
    // VS Code parsed them all (about 0.3 s of this extension host's thread) before showing any.
    if (doc.sidecarProblem) {
      item.iconPath = new vscode.ThemeIcon('error', new vscode.ThemeColor('list.errorForeground'));
      item.tooltip = t('{0} — annotations are read-only until the file is fixed', doc.sidecarProblem);
    }
    return item;
  }
}

const byDateThenTitle = (a: ListedDocument, b: ListedDocument): number =>
  (a.published ?? '') !== (b.published ?? '') ? ((a.published ?? '') < (b.published ?? '') ? 1 : -1) : a.title.localeCompare(b.title);

/** The article as a source, for its row's tooltip. */
function sourceCard(doc: ListedDocument): vscode.MarkdownString {
  const md = new vscode.MarkdownString();
  md.appendMarkdown('**').appendText(doc.title).appendMarkdown('**\n\n');
  const rows: [string, string | undefined][] = [[t('Outlet'), doc.outlet], [t('Original source'), doc.source], [t('Published'), doc.published], [t('Author'), doc.author], [t('Language'), doc.language]];
  for (const [label, value] of rows) md.appendMarkdown(`${label}: `).appendText(value ?? '—').appendMarkdown('  \n');
  md.appendMarkdown('\n').appendText(basename(doc.path));
  return md;
}

/** A folder's row, labelled by its path below the folder common to all (`common`). */
function folderNode(folder: string, common: string): DocumentsNode {
  return { kind: 'folder', path: folder, label: relative(common, folder) || basename(folder) };
}

/** The deepest folder that contains every one of `folders`. */
function commonFolder(folders: readonly string[]): string {
  const split = folders.map((f) => f.split('/'));
  const first = split[0] ?? [];
  let n = 0;
  while (n < first.length && split.every((parts) => parts[n] === first[n])) n++;
  return first.slice(0, n).join('/') || '/';
}
