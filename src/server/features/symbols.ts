// Go to Symbol: an article's claims, actors and figures (the Outline); actors and claims across the corpus.
import * as l10n from '@vscode/l10n';
import { SymbolKind, type DocumentSymbol, type WorkspaceSymbol } from 'vscode-languageserver';
import { preview } from '../../core/text';
import type { Locator } from '../locator';
import type { AnnotatorWorkspace } from '../workspace';

const claimName = (exact: string): string => `“${preview(exact, 60)}”`;

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
  const byActor = new Map<string, DocumentSymbol[]>();
  for (const e of entities) {
    if (e.kind !== 'actor') continue;
    byActor.set(e.canonical, [...(byActor.get(e.canonical) ?? []), symbol(e.text, SymbolKind.Key, e.start, e.end)]);
  }
  const actors = [...byActor].map(([name, mentions]) => ({ ...mentions[0]!, name, kind: SymbolKind.Object, detail: `${mentions.length}×`, children: mentions }));
  const figures = entities.flatMap((e) => (e.kind === 'figure' ? [symbol(e.text, SymbolKind.Number, e.start, e.end, e.type)] : []));
  return [...group(l10n.t('Claims'), claims), ...group(l10n.t('Actors'), actors), ...group(l10n.t('Figures'), figures)];
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
