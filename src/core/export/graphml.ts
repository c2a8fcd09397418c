// The claims graph as GraphML (http://graphml.graphdrawing.org/), which Gephi, yEd, Cytoscape desktop and networkx
// read: every node and edge with its fields as data, declared once per field as a key.
import type { ClaimGraph, GraphEdge, GraphNode } from '../analysis/claim-graph';
import { el, serializeXml, textEl, type XmlElement } from './refi/xml';

type Field<T> = { id: string; type: 'string' | 'int' | 'boolean'; value: (x: T) => string | number | boolean | null | undefined };

const NODE_FIELDS: Field<GraphNode>[] = [
  { id: 'kind', type: 'string', value: (n) => n.kind },
  { id: 'label', type: 'string', value: (n) => n.label },
  { id: 'text', type: 'string', value: (n) => (n.kind === 'claim' ? n.text : undefined) },
  { id: 'document', type: 'string', value: (n) => (n.kind === 'claimant' ? undefined : n.document) },
  { id: 'start', type: 'int', value: (n) => (n.kind === 'claim' ? n.start : undefined) },
  { id: 'end', type: 'int', value: (n) => (n.kind === 'claim' ? n.end : undefined) },
  { id: 'status', type: 'string', value: (n) => (n.kind === 'claim' ? n.status : undefined) },
  { id: 'hedged', type: 'boolean', value: (n) => (n.kind === 'claim' ? n.hedged : undefined) },
  { id: 'claimant', type: 'string', value: (n) => (n.kind === 'claim' ? n.claimant : undefined) },
  { id: 'outlet', type: 'string', value: (n) => (n.kind === 'document' ? n.outlet : undefined) },
  { id: 'published', type: 'string', value: (n) => (n.kind === 'document' ? n.published : undefined) },
];
const EDGE_FIELDS: Field<GraphEdge>[] = [
  { id: 'relation', type: 'string', value: (e) => e.kind },
  { id: 'detected', type: 'boolean', value: (e) => e.detected },
];

function data<T>(fields: Field<T>[], prefix: string, x: T): XmlElement[] {
  return fields.flatMap((f) => {
    const v = f.value(x);
    return v === undefined || v === null ? [] : [textEl('data', String(v), { key: `${prefix}_${f.id}` })];
  });
}

/** The graph as a GraphML document; edges are directed (a symmetric relation reads the same either way). */
export function claimGraphToGraphml(graph: ClaimGraph): string {
  const keys = [
    ...NODE_FIELDS.map((f) => el('key', { id: `n_${f.id}`, for: 'node', 'attr.name': f.id, 'attr.type': f.type })),
    ...EDGE_FIELDS.map((f) => el('key', { id: `e_${f.id}`, for: 'edge', 'attr.name': f.id, 'attr.type': f.type })),
  ];
  const nodes = graph.nodes.map((n) => el('node', { id: n.id }, data(NODE_FIELDS, 'n', n)));
  const edges = graph.edges.map((e) => el('edge', { id: e.id, source: e.source, target: e.target }, data(EDGE_FIELDS, 'e', e)));
  return serializeXml(el('graphml', { xmlns: 'http://graphml.graphdrawing.org/xmlns' }, [...keys, el('graph', { id: 'claims', edgedefault: 'directed' }, [...nodes, ...edges])]));
}
