// The graph's nodes as a keyboard list beside the canvas, which no keyboard or screen reader can use: a listbox
// with one tab stop (arrows, Home and End move; Enter opens), whose current item is the node selected in the graph.
// Labels go in by textContent: article text is never parsed as HTML.
import type { GraphNode } from '../../core/analysis/claim-graph';
import type { GraphStrings } from './graph-messages';

export class NodeList {
  readonly element: HTMLUListElement;
  private items: HTMLLIElement[] = [];
  private current = 0;

  constructor(label: string, private readonly onSelect: (id: string) => void, private readonly onOpen: (id: string) => void) {
    this.element = document.createElement('ul');
    this.element.className = 'node-list';
    this.element.setAttribute('role', 'listbox');
    this.element.setAttribute('aria-label', label);
    this.element.addEventListener('keydown', (e) => this.key(e));
    this.element.addEventListener('click', (e) => {
      const i = this.items.indexOf((e.target as HTMLElement).closest('li') as HTMLLIElement);
      if (i >= 0) this.move(i, true);
    });
    this.element.addEventListener('dblclick', (e) => {
      const item = (e.target as HTMLElement).closest('li');
      if (item?.dataset.id) this.onOpen(item.dataset.id);
    });
  }

  render(nodes: readonly GraphNode[], strings: GraphStrings): void {
    const selected = this.items[this.current]?.dataset.id;
    // A redraw (after an edit, a filter) must not drop the keyboard's place in the list.
    const hadFocus = this.element.contains(document.activeElement);
    this.items = nodes.map((n) => this.item(n, strings));
    this.element.replaceChildren(...this.items);
    const again = this.items.findIndex((i) => i.dataset.id === selected);
    this.current = Math.max(0, again);
    this.items.forEach((item, i) => (item.tabIndex = i === this.current ? 0 : -1));
    if (again >= 0) this.items[again]!.setAttribute('aria-selected', 'true');
    if (hadFocus) this.items[this.current]?.focus();
  }

  /** Marks a node chosen in the graph as the current item (without moving the focus there). */
  select(id: string): void {
    const i = this.items.findIndex((item) => item.dataset.id === id);
    if (i >= 0) this.move(i, false);
  }

  private item(n: GraphNode, strings: GraphStrings): HTMLLIElement {
    const li = document.createElement('li');
    li.setAttribute('role', 'option');
    li.setAttribute('aria-selected', 'false');
    li.dataset.id = n.id;
    li.className = `node-item kind-${n.kind}`;
    const kind = document.createElement('span');
    kind.className = 'kind';
    kind.textContent = n.kind === 'claim' ? strings.statuses[n.status] : strings.kind[n.kind];
    const label = document.createElement('span');
    label.className = 'label';
    label.textContent = n.kind === 'claimant' ? `${n.label} (${n.claims})` : n.label;
    li.append(kind, label);
    li.title = n.kind === 'claim' ? [n.text, n.claimant, n.hedged ? strings.hedged : ''].filter(Boolean).join('\n') : n.label;
    return li;
  }

  private key(e: KeyboardEvent): void {
    const last = this.items.length - 1;
    const to = { ArrowDown: this.current + 1, ArrowUp: this.current - 1, Home: 0, End: last }[e.key];
    if (to !== undefined) {
      e.preventDefault();
      this.move(Math.min(last, Math.max(0, to)), true);
    } else if (e.key === 'Enter' || e.key === ' ') {
      e.preventDefault();
      const id = this.items[this.current]?.dataset.id;
      if (id && e.key === 'Enter') this.onOpen(id);
      else if (id) this.onSelect(id);
    }
  }

  private move(i: number, focus: boolean): void {
    const from = this.items[this.current];
    if (from) {
      from.tabIndex = -1;
      from.setAttribute('aria-selected', 'false');
    }
    const to = this.items[i];
    if (!to) return;
    this.current = i;
    to.tabIndex = 0;
    to.setAttribute('aria-selected', 'true');
    to.scrollIntoView({ block: 'nearest' });
    if (focus) {
      to.focus();
      this.onSelect(to.dataset.id!);
    }
  }
}
