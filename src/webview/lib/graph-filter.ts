// What the graph page shows under its filters: pure functions over the graph model, so they are tested without a DOM.
import type { ClaimGraph, GraphNode } from '../../core/analysis/claim-graph';
import { LINK_RELATIONS, type LinkRelation } from '../../core/model/vocabulary';

export interface GraphFilter {
  /** Relations whose links are drawn. */
  relations: LinkRelation[];
  /** A claimant node id: only that actor's claims and their neighbourhood; null: everyone. */
  actor: string | null;
  documents: boolean;
  claimants: boolean;
}

export const DEFAULT_FILTER: GraphFilter = { relations: [...LINK_RELATIONS], actor: null, documents: true, claimants: true };

export interface Visible {
  nodes: Set<string>;
  edges: Set<string>;
}

const isLink = (kind: string): kind is LinkRelation => (LINK_RELATIONS as readonly string[]).includes(kind);

/**
 * The nodes and edges to show. With an actor: the actor's claims, the claims linked to them by a shown relation,
 * and the documents and claimants of those claims. Documents and claimants only appear with a shown claim.
 */
export function visibleElements(graph: ClaimGraph, filter: GraphFilter): Visible {
  const relations = new Set(filter.relations);
  const links = graph.edges.filter((e) => isLink(e.kind) && relations.has(e.kind));
  let claims = new Set(graph.nodes.filter((n) => n.kind === 'claim').map((n) => n.id));
  if (filter.actor !== null) {
    const own = new Set(graph.edges.filter((e) => e.kind === 'claims' && e.source === filter.actor).map((e) => e.target));
    claims = new Set(own);
    for (const e of links) {
      if (own.has(e.source)) claims.add(e.target);
      if (own.has(e.target)) claims.add(e.source);
    }
  }
  const nodes = new Set(claims);
  for (const e of graph.edges) {
    if (!claims.has(e.kind === 'claims' ? e.target : e.source)) continue;
    if (e.kind === 'in' && filter.documents) nodes.add(e.target);
    if (e.kind === 'claims' && (filter.claimants || e.source === filter.actor)) nodes.add(e.source);
  }
  const edges = new Set<string>();
  for (const e of graph.edges) {
    if (!nodes.has(e.source) || !nodes.has(e.target)) continue;
    if (!isLink(e.kind) || relations.has(e.kind)) edges.add(e.id);
  }
  return { nodes, edges };
}

/** The order of the keyboard list: each document followed by its claims, then the claimants. */
export function listedNodes(graph: ClaimGraph, visible: Visible): GraphNode[] {
  const shown = graph.nodes.filter((n) => visible.nodes.has(n.id));
  const claimsOf = new Map<string, GraphNode[]>();
  for (const n of shown) if (n.kind === 'claim') claimsOf.set(n.document, [...(claimsOf.get(n.document) ?? []), n]);
  const documents = graph.nodes.filter((n) => n.kind === 'document' && claimsOf.has(n.document));
  return [
    ...documents.flatMap((d) => [...(visible.nodes.has(d.id) ? [d] : []), ...(d.kind === 'document' ? claimsOf.get(d.document)! : [])]),
    ...shown.filter((n) => n.kind === 'claimant'),
  ];
}
