// Go to Symbol: an article's claims, actors and figures (the Outline); actors and claims across the corpus.
import * as l10n from '@vscode/l10n';
import { SymbolKind, type DocumentSymbol, type WorkspaceSymbol } from 'vscode-languageserver';
import { preview } from '../../core/text';
import type { Locator } from '../locator';
import type { AnnotatorWorkspace } from '../workspace';

const claimName = (exact: string): string => `“${preview(exact, 60)}”`;
/**
 * The Outline lists at most this many actors (the most mentioned), mentions under each, and figures: a 1 MB
 * article has some 100,000 entities and thousands of actors, and the editor asks again after every pause in
 * typing. At 300 actors of 20 mentions and 500 figures, each answer blocked the extension host for 170 ms
 * (npm run bench, typing in the 1 MB article); at most 800 symbols now. Find All References and Go to Symbol in
 * Workspace list them all.
 */
export const MAX_ACTORS = 100;
export const MAX_MENTIONS = 5;
export const MAX_FIGURES = 200;

export function documentSymbols(ws: AnnotatorWorkspace, locator: Locator, document: string): DocumentSymbol[] {
  const state = ws.corpus.get(document);
  if (!state?.text) return [];
  const symbol = (name: string, kind: SymbolKind, start: number, end: number, detail?: string, children?: DocumentSymbol[]): DocumentSymbol => {
    const range = locator.range(document, start, end);
    return { name, kind, range, selectionRange: range, detail, children };
  };
  const group = (name: string, children: DocumentSymbol[]): DocumentSymbol[] => {
    if (children.length === 0) return [];
    const first = children[0]!.range.start;
    const last = children.reduce((end, c) => (c.range.end.line > end.line || (c.range.end.line === end.line && c.range.end.character > end.character) ? c.range.end : end), first);
    return [{ name, kind: SymbolKind.Namespace, range: { start: first, end: last }, selectionRange: { start: first, end: first }, children }];
  };
  const claims = state.sidecar.annotations
    .filter((a) => a.anchor === 'anchored')
    .sort((a, b) => a.target.selector[1].start - b.target.selector[1].start)
    .map((a) => symbol(claimName(a.target.selector[0].exact), SymbolKind.String, a.target.selector[1].start, a.target.selector[1].end, a.body.status));
  const entities = ws.corpus.entities(document);
  const byActor = new Map<string, { count: number; mentions: DocumentSymbol[] }>();
  const figures: DocumentSymbol[] = [];
  let figureCount = 0;
  for (const e of entities) {
    if (e.kind === 'figure') {
      if (++figureCount <= MAX_FIGURES) figures.push(symbol(e.text, SymbolKind.Number, e.start, e.end, e.type));
      continue;
    }
    let actor = byActor.get(e.canonical);
    if (!actor) byActor.set(e.canonical, (actor = { count: 0, mentions: [] }));
    if (++actor.count <= MAX_MENTIONS) actor.mentions.push(symbol(e.text, SymbolKind.Key, e.start, e.end));
  }
  const ranked = byActor.size > MAX_ACTORS ? [...byActor].sort((a, b) => b[1].count - a[1].count).slice(0, MAX_ACTORS).sort((a, b) => a[1].mentions[0]!.range.start.line - b[1].mentions[0]!.range.start.line) : [...byActor];
  const actors = ranked.map(([name, { count, mentions }]) => ({ ...mentions[0]!, name, kind: SymbolKind.Object, detail: `${count}×`, children: mentions }));
  const actorGroup = byActor.size > MAX_ACTORS ? l10n.t('Actors (the {0} most mentioned of {1})', MAX_ACTORS, byActor.size) : l10n.t('Actors');
  const figureGroup = figureCount > MAX_FIGURES ? l10n.t('Figures (the first {0} of {1})', MAX_FIGURES, figureCount) : l10n.t('Figures');
  return [...group(l10n.t('Claims'), claims), ...group(actorGroup, actors), ...group(figureGroup, figures)];
}

export function workspaceSymbols(ws: AnnotatorWorkspace, locator: Locator, query: string): WorkspaceSymbol[] {
  const q = query.toLocaleLowerCase();
  const matches = (name: string): boolean => q === '' || name.toLocaleLowerCase().includes(q);
  const out: WorkspaceSymbol[] = [];
  // Most mentioned first: the claimant picker lists them in this order.
  for (const [name, mentions] of [...ws.index.actors()].sort((a, b) => b[1].length - a[1].length)) {
    if (!matches(name) || mentions.length === 0) continue;
    const first = mentions[0]!;
    out.push({ name, kind: SymbolKind.Object, containerName: `actor · ${mentions.length} mentions`, location: locator.location(first.document, first.start, first.end) });
    if (out.length >= 500) return out;
  }
  for (const c of ws.corpus.claims()) {
    const exact = c.annotation.target.selector[0].exact;
    if (!matches(exact) && !matches(c.annotation.body.claimant ?? '')) continue;
    const [, pos] = c.annotation.target.selector;
    out.push({ name: claimName(exact), kind: SymbolKind.String, containerName: `claim · ${c.annotation.body.status}`, location: locator.location(c.document, pos.start, pos.end) });
    if (out.length >= 1000) break;
  }
  return out;
}
