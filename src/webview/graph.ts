// The claims graph page: cytoscape draws the graph (its own 'cose' layout), the controls filter it, the list beside
// it is the keyboard's way in. Everything it shows comes by postMessage and goes into the DOM as text.
import cytoscape from 'cytoscape';
import type { ClaimGraph, GraphNode } from '../core/analysis/claim-graph';
import { LINK_RELATIONS, type LinkRelation } from '../core/model/vocabulary';
import { buildControls, type Controls } from './lib/graph-controls';
import { DEFAULT_FILTER, listedNodes, visibleElements, type GraphFilter } from './lib/graph-filter';
import type { FromGraphPage, GraphStrings, ToGraphPage } from './lib/graph-messages';
import { graphStyle, readTheme } from './lib/graph-style';
import { NodeList } from './lib/node-list';

declare function acquireVsCodeApi(): { postMessage(message: FromGraphPage): void; getState(): unknown; setState(state: unknown): void };
const host = acquireVsCodeApi();

// Cytoscape's renderer prepends an inline <style> (`position: relative` for its container) unless an element with
// this id exists. The page's CSP refuses inline styles and graph.css already sets that rule, so a placeholder stands
// in for it: no violation, and no need to allow 'unsafe-inline'. (Its other styles are set through the CSSOM,
// which the CSP allows.)
const placeholder = document.createElement('meta');
placeholder.id = '__________cytoscape_stylesheet';
document.head.append(placeholder);

const restored = host.getState() as { filter?: GraphFilter } | undefined;
let filter: GraphFilter = { ...DEFAULT_FILTER, ...restored?.filter };
let graph: ClaimGraph = { nodes: [], edges: [] };
let strings: GraphStrings | undefined;
let view: { cy: cytoscape.Core; list: NodeList; controls: Controls; tooltip: HTMLElement; empty: HTMLElement; notes: HTMLElement } | undefined;

const open = (id: string): void => host.postMessage({ type: 'open', node: id });

function setUp(s: GraphStrings): NonNullable<typeof view> {
  const root = document.getElementById('root')!;
  const controls = buildControls(s, filter, (next) => setFilter(next));
  const canvas = document.createElement('div');
  canvas.id = 'graph';
  canvas.setAttribute('role', 'img');
  canvas.setAttribute('aria-label', s.graphLabel);
  const empty = document.createElement('p');
  empty.className = 'empty';
  empty.textContent = s.empty;
  empty.hidden = true;
  const tooltip = document.createElement('div');
  tooltip.className = 'tooltip';
  tooltip.setAttribute('role', 'tooltip');
  tooltip.hidden = true;
  const stage = document.createElement('div');
  stage.className = 'stage';
  stage.append(canvas, empty, tooltip);
  const list = new NodeList(s.nodeList, (id) => highlight(id), open);
  const side = document.createElement('aside');
  side.className = 'side';
  const heading = document.createElement('h2');
  heading.textContent = s.nodeList;
  side.append(heading, list.element);
  const body = document.createElement('div');
  body.className = 'body';
  body.append(stage, side);
  const notes = document.createElement('p');
  notes.className = 'notes';
  root.replaceChildren(controls.element, body, notes);

  const cy = cytoscape({ container: canvas, style: graphStyle(readTheme()), minZoom: 0.2, maxZoom: 3, boxSelectionEnabled: false });
  cy.on('tap', 'node', (e) => {
    const id = (e.target as cytoscape.NodeSingular).id();
    list.select(id);
    // A claimant narrows the graph to its claims (again: everyone); a claim or a document opens.
    if (id.startsWith('claimant:')) setFilter({ ...filter, actor: filter.actor === id ? null : id });
    else open(id);
  });
  cy.on('mouseover', 'node', (e) => showTooltip(e.target as cytoscape.NodeSingular));
  cy.on('mouseout', 'node', () => (tooltip.hidden = true));
  cy.on('pan zoom', () => (tooltip.hidden = true));
  // Theme changes swap the body's class (and the variables on the root element).
  const retheme = new MutationObserver(() => cy.style(graphStyle(readTheme())));
  retheme.observe(document.body, { attributes: true, attributeFilter: ['class'] });
  retheme.observe(document.documentElement, { attributes: true, attributeFilter: ['style', 'class'] });
  root.removeAttribute('aria-busy');
  return { cy, list, controls, tooltip, empty, notes };
}

function showTooltip(node: cytoscape.NodeSingular): void {
  const n = graph.nodes.find((x) => x.id === node.id());
  if (!view || !strings || !n) return;
  view.tooltip.textContent = describe(n, strings);
  const at = node.renderedPosition();
  view.tooltip.style.left = `${Math.round(at.x + 12)}px`;
  view.tooltip.style.top = `${Math.round(at.y + 12)}px`;
  view.tooltip.hidden = false;
}

function describe(n: GraphNode, s: GraphStrings): string {
  switch (n.kind) {
    case 'claim': return [n.text, [s.statuses[n.status], n.claimant, n.hedged ? s.hedged : null].filter(Boolean).join(' · ')].join('\n');
    case 'document': return [n.label, [n.outlet, n.published].filter(Boolean).join(' · ')].filter(Boolean).join('\n');
    case 'claimant': return `${n.label} (${n.claims})`;
  }
}

function highlight(id: string): void {
  if (!view) return;
  const node = view.cy.getElementById(id);
  view.cy.elements().unselect();
  if (node.nonempty()) {
    node.select();
    view.cy.center(node);
  }
}

function setFilter(next: GraphFilter): void {
  filter = next;
  host.setState({ filter });
  view?.controls.show(filter);
  apply(true);
}

/** Shows what the filter lets through, fills the list, and lays out the shown part again when asked. */
function apply(layout: boolean): void {
  if (!view || !strings) return;
  const visible = visibleElements(graph, filter);
  const { cy } = view;
  cy.batch(() => cy.elements().forEach((e) => void e.toggleClass('hidden', !(e.isNode() ? visible.nodes : visible.edges).has(e.id()))));
  view.list.render(listedNodes(graph, visible), strings);
  view.empty.hidden = graph.nodes.some((n) => n.kind === 'claim' && visible.nodes.has(n.id));
  if (layout) cy.elements().not('.hidden').layout({ name: 'cose', animate: false, fit: true, padding: 30, nodeDimensionsIncludeLabels: true, randomize: false }).run();
}

function show(message: ToGraphPage): void {
  strings = message.strings;
  view ??= setUp(strings);
  graph = message.graph;
  // An actor who no longer claims anything is no filter; the controls list the claimants there are now.
  if (filter.actor && !graph.nodes.some((n) => n.id === filter.actor)) filter = { ...filter, actor: null };
  filter = { ...filter, relations: filter.relations.filter((r: LinkRelation) => LINK_RELATIONS.includes(r)) };
  view.controls.setClaimants(graph.nodes.filter((n) => n.kind === 'claimant'), filter);
  view.notes.textContent = [strings.readOnly, strings.skipped].filter(Boolean).join(' ');
  const { cy } = view;
  // Nodes that stay keep their place, so a refresh after an edit does not reshuffle the picture.
  const placed = new Map(cy.nodes().map((n) => [n.id(), { ...n.position() }] as const));
  cy.batch(() => {
    cy.elements().remove();
    cy.add([
      ...graph.nodes.map((n) => ({ group: 'nodes' as const, data: nodeData(n), ...(placed.has(n.id) ? { position: placed.get(n.id)! } : {}) })),
      ...graph.edges.map((e) => ({ group: 'edges' as const, data: { id: e.id, source: e.source, target: e.target, kind: e.kind, detected: e.detected ?? false } })),
    ]);
  });
  apply(!graph.nodes.every((n) => placed.has(n.id)));
}

const nodeData = (n: GraphNode): Record<string, unknown> =>
  n.kind === 'claim' ? { id: n.id, kind: n.kind, label: n.label, status: n.status, hedged: n.hedged } : { id: n.id, kind: n.kind, label: n.label };

window.addEventListener('message', (e: MessageEvent<ToGraphPage>) => {
  if (e.data?.type === 'graph') show(e.data);
});
host.postMessage({ type: 'ready' });
