// The claims graph: claims, claimants and documents as nodes; the analyst's links, "claim in document" and
// "claimant makes claim" as edges. Built from what exports read (ExportDocument), so the graph, the matrix and
// every export agree on what the corpus says.
import { basename } from '../paths';
import { resolveLinkTarget } from '../model/links';
import type { ClaimStatus, LinkRelation } from '../model/vocabulary';
import type { ExportDocument } from '../export/types';

export type GraphNodeKind = 'claim' | 'claimant' | 'document';
/** A link's relation, 'in' (claim → its document) or 'claims' (claimant → claim). */
export type GraphEdgeKind = LinkRelation | 'in' | 'claims';

export interface ClaimNode {
  kind: 'claim';
  /** `claim:<document>#<annotation id>` */
  id: string;
  /** The quote, shortened. */
  label: string;
  /** The whole quote. */
  text: string;
  /** Its document's path, relative to the graph's root. */
  document: string;
  claimId: string;
  /** UTF-16 offsets of the passage in its document's text. */
  start: number;
  end: number;
  anchored: boolean;
  status: ClaimStatus;
  /** The text hedges it ("soll", "angeblich"), as detected. */
  hedged: boolean;
  claimant: string | null;
}

export interface ClaimantNode {
  kind: 'claimant';
  /** `claimant:<name>` */
  id: string;
  label: string;
  claims: number;
}

export interface DocumentNode {
  kind: 'document';
  /** `document:<path>` */
  id: string;
  /** Its title, else its file name. */
  label: string;
  document: string;
  outlet: string | null;
  published: string | null;
}

export type GraphNode = ClaimNode | ClaimantNode | DocumentNode;

export interface GraphEdge {
  id: string;
  source: string;
  target: string;
  kind: GraphEdgeKind;
  /** A 'claims' edge whose claimant was detected (who the text cites), not recorded by the analyst. */
  detected?: boolean;
}

export interface ClaimGraph {
  nodes: GraphNode[];
  edges: GraphEdge[];
}

/** Relations that read the same both ways: recorded on both claims they are still one edge. */
const SYMMETRIC: ReadonlySet<LinkRelation> = new Set(['same', 'corroborates', 'contradicts']);
const LABEL_LENGTH = 60;

export const claimNodeId = (document: string, claimId: string): string => `claim:${document}#${claimId}`;
export const documentNodeId = (document: string): string => `document:${document}`;
export const claimantNodeId = (name: string): string => `claimant:${name}`;

export function shortLabel(text: string, max = LABEL_LENGTH): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length <= max ? flat : `${flat.slice(0, max - 1).trimEnd()}…`;
}

/**
 * The graph of the documents' claims. A claim's claimant is the one the analyst recorded, else the source its
 * passage is attributed to; claimants of the same name are one node across documents. A link to a claim that is
 * not among the documents is left out, not drawn to nowhere; so is a document without claims.
 */
export function buildClaimGraph(documents: readonly ExportDocument[]): ClaimGraph {
  const nodes: GraphNode[] = [];
  const edges: GraphEdge[] = [];
  const claimants = new Map<string, ClaimantNode>();
  const claimIds = new Set<string>();

  for (const doc of documents) {
    if (doc.sidecar.annotations.length === 0) continue; // An article without claims would be a lone node.
    const docId = documentNodeId(doc.path);
    nodes.push({ kind: 'document', id: docId, label: doc.source?.title.trim() || basename(doc.path), document: doc.path, outlet: doc.source?.outlet ?? null, published: doc.source?.published ?? null });
    for (const a of doc.sidecar.annotations) {
      const id = claimNodeId(doc.path, a.id);
      if (claimIds.has(id)) continue; // A duplicated id in a hand-edited sidecar: the first one stands.
      claimIds.add(id);
      const attribution = doc.attributions?.get(a.id) ?? null;
      const recorded = a.body.claimant?.trim() || null;
      const claimant = recorded ?? (attribution?.source?.trim() || null);
      const [quote, position] = a.target.selector;
      nodes.push({
        kind: 'claim', id, label: shortLabel(quote.exact), text: quote.exact, document: doc.path, claimId: a.id,
        start: position.start, end: position.end, anchored: a.anchor === 'anchored', status: a.body.status,
        hedged: (attribution?.hedges.length ?? 0) > 0, claimant,
      });
      edges.push({ id: `in:${id}`, source: id, target: docId, kind: 'in' });
      if (claimant) {
        const node = claimants.get(claimant) ?? { kind: 'claimant' as const, id: claimantNodeId(claimant), label: claimant, claims: 0 };
        node.claims++;
        claimants.set(claimant, node);
        edges.push({ id: `claims:${id}`, source: node.id, target: id, kind: 'claims', ...(recorded ? {} : { detected: true }) });
      }
    }
  }
  nodes.push(...[...claimants.values()].sort((x, y) => x.label.localeCompare(y.label)));
  edges.push(...linkEdges(documents, claimIds));
  return { nodes, edges };
}

/** One edge per link between two claims of the graph; a symmetric relation recorded on both claims is one edge. */
function linkEdges(documents: readonly ExportDocument[], claimIds: ReadonlySet<string>): GraphEdge[] {
  const out = new Map<string, GraphEdge>();
  for (const doc of documents) {
    for (const a of doc.sidecar.annotations) {
      const source = claimNodeId(doc.path, a.id);
      for (const link of a.links) {
        const to = resolveLinkTarget(doc.path, link.target);
        const target = claimNodeId(to.document, to.id);
        if (!claimIds.has(target) || target === source) continue;
        const [x, y] = SYMMETRIC.has(link.rel) && target < source ? [target, source] : [source, target];
        const key = `${link.rel}:${x}→${y}`;
        if (!out.has(key)) out.set(key, { id: key, source, target, kind: link.rel });
      }
    }
  }
  return [...out.values()];
}
