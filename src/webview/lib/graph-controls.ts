// The graph's filters, which double as its legend: a checkbox per relation beside a sample of its line, the actor
// picker, toggles for document and claimant nodes, and the claim statuses' colours. Built with the DOM API only.
import type { ClaimantNode } from '../../core/analysis/claim-graph';
import { CLAIM_STATUSES, LINK_RELATIONS } from '../../core/model/vocabulary';
import type { GraphFilter } from './graph-filter';
import type { GraphStrings } from './graph-messages';

export interface Controls {
  element: HTMLElement;
  /** Sets every control to the filter (after a change from the graph, or a restored state). */
  show(filter: GraphFilter): void;
  setClaimants(claimants: readonly ClaimantNode[], filter: GraphFilter): void;
}

function el<K extends keyof HTMLElementTagNameMap>(tag: K, className?: string, text?: string): HTMLElementTagNameMap[K] {
  const e = document.createElement(tag);
  if (className) e.className = className;
  if (text !== undefined) e.textContent = text;
  return e;
}

function checkbox(text: string, name: string, swatchClass?: string): { label: HTMLLabelElement; input: HTMLInputElement } {
  const label = el('label', 'check');
  const input = el('input');
  input.type = 'checkbox';
  input.name = name;
  label.append(input);
  if (swatchClass) label.append(el('span', `swatch ${swatchClass}`));
  label.append(el('span', undefined, text));
  return { label, input };
}

export function buildControls(s: GraphStrings, initial: GraphFilter, changed: (filter: GraphFilter) => void): Controls {
  let filter = initial;
  const element = el('form', 'controls');
  element.addEventListener('submit', (e) => e.preventDefault());

  const relations = el('fieldset', 'relations');
  relations.append(el('legend', undefined, s.relationsLegend));
  const relationBoxes = LINK_RELATIONS.map((rel) => {
    const { label, input } = checkbox(s.relations[rel], `relation-${rel}`, `edge-${rel}`);
    input.addEventListener('change', () => changed({ ...filter, relations: LINK_RELATIONS.filter((r, i) => (r === rel ? input.checked : relationBoxes[i]!.checked)) }));
    relations.append(label);
    return input;
  });

  const actorLabel = el('label', 'actor');
  actorLabel.append(el('span', undefined, s.actor));
  const actor = el('select');
  actor.name = 'actor';
  actorLabel.append(actor);
  actor.addEventListener('change', () => changed({ ...filter, actor: actor.value || null }));

  const shown = el('fieldset', 'shown');
  shown.append(el('legend', undefined, s.show));
  const documents = checkbox(s.kinds.document, 'documents', 'node-document');
  const claimants = checkbox(s.kinds.claimant, 'claimants', 'node-claimant');
  documents.input.addEventListener('change', () => changed({ ...filter, documents: documents.input.checked }));
  claimants.input.addEventListener('change', () => changed({ ...filter, claimants: claimants.input.checked }));
  shown.append(documents.label, claimants.label);

  const statuses = el('div', 'legend');
  statuses.append(el('span', 'legend-title', s.statusLegend));
  for (const status of CLAIM_STATUSES) {
    const item = el('span', 'legend-item');
    item.append(el('span', `swatch node-claim status-${status}`), el('span', undefined, s.statuses[status]));
    statuses.append(item);
  }
  const hedged = el('span', 'legend-item');
  hedged.append(el('span', 'swatch node-claim hedged'), el('span', undefined, s.hedged));
  const detected = el('span', 'legend-item');
  detected.append(el('span', 'swatch edge-detected'), el('span', undefined, s.detectedClaimant));
  statuses.append(hedged, detected);

  element.append(relations, actorLabel, shown, statuses);

  const show = (next: GraphFilter): void => {
    filter = next;
    LINK_RELATIONS.forEach((rel, i) => (relationBoxes[i]!.checked = next.relations.includes(rel)));
    actor.value = next.actor ?? '';
    documents.input.checked = next.documents;
    claimants.input.checked = next.claimants;
  };
  const setClaimants = (nodes: readonly ClaimantNode[], next: GraphFilter): void => {
    const all = el('option', undefined, s.allActors);
    all.value = '';
    actor.replaceChildren(all, ...nodes.map((n) => {
      const option = el('option', undefined, `${n.label} (${n.claims})`);
      option.value = n.id;
      return option;
    }));
    show(next);
  };
  show(filter);
  return { element, show, setClaimants };
}
