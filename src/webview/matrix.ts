// The claims × sources matrix page: a toolbar (Refresh, Export CSV…, Export Markdown…, hide unlinked claims) and
// the table, with one roving tab stop moved by the arrow keys. Data arrives by postMessage and enters the page as
// text only; opening a passage and exporting are asked of the extension.
import type { Matrix } from '../core/analysis/claims-matrix';
import { el, format } from './lib/dom';
import { moveInGrid, type GridPos } from './lib/grid-nav';
import type { FromMatrixView, MatrixLabels, ToMatrixView } from './lib/matrix-messages';
import { renderTable, type RenderedTable } from './lib/matrix-table';

interface ViewState {
  hideUnlinked: boolean;
  focus?: GridPos;
}

declare function acquireVsCodeApi(): { postMessage(message: FromMatrixView): void; getState(): ViewState | undefined; setState(state: ViewState): void };

const vscode = acquireVsCodeApi();
const root = document.getElementById('root')!;
let state: ViewState = vscode.getState() ?? { hideUnlinked: false };
let shown: { matrix: Matrix; labels: MatrixLabels; readOnly: boolean } | undefined;
let table: RenderedTable | undefined;

const post = (message: FromMatrixView): void => vscode.postMessage(message);
const save = (next: Partial<ViewState>): void => vscode.setState((state = { ...state, ...next }));

function toolbar(labels: MatrixLabels, matrix: Matrix, visibleRows: number, readOnly: boolean): HTMLElement {
  const button = (text: string, message: FromMatrixView, id: string): HTMLButtonElement => {
    const b = el('button', { text, attrs: { type: 'button', id } });
    b.addEventListener('click', () => post(message));
    return b;
  };
  const hide = el('input', { attrs: { type: 'checkbox', id: 'hide-unlinked' } });
  hide.checked = state.hideUnlinked;
  hide.addEventListener('change', () => {
    save({ hideUnlinked: hide.checked, focus: undefined });
    render();
  });
  return el('div', { className: 'toolbar', attrs: { role: 'toolbar', 'aria-label': labels.title } },
    button(labels.refresh, { type: 'refresh' }, 'refresh'),
    button(labels.exportCsv, { type: 'export', format: 'csv', hideUnlinked: state.hideUnlinked }, 'export-csv'),
    button(labels.exportMarkdown, { type: 'export', format: 'markdown', hideUnlinked: state.hideUnlinked }, 'export-markdown'),
    el('label', { className: 'hide-unlinked' }, hide, document.createTextNode(labels.hideUnlinked)),
    el('span', { className: 'summary', text: format(labels.summary, visibleRows, matrix.columns.length), attrs: { 'aria-live': 'polite' } }),
    ...(readOnly ? [el('span', { className: 'read-only', text: labels.readOnly })] : []),
  );
}

function stopAt(pos: GridPos): HTMLElement | undefined {
  return table?.stops[pos.row]?.[pos.col]?.[pos.item];
}

function posOf(node: Element | null): GridPos | undefined {
  const stop = node?.closest<HTMLElement>('[data-row]');
  if (!stop) return undefined;
  return { row: Number(stop.dataset.row), col: Number(stop.dataset.col), item: Number(stop.dataset.item) };
}

/** Makes `pos` the one tab stop of the table; focuses it when asked. */
function setFocus(pos: GridPos, focus: boolean): void {
  const next = stopAt(pos);
  if (!next) return;
  table!.table.querySelectorAll('[tabindex="0"]').forEach((n) => n.setAttribute('tabindex', '-1'));
  next.setAttribute('tabindex', '0');
  if (focus) {
    next.focus();
    next.scrollIntoView({ block: 'nearest', inline: 'nearest' });
  }
  save({ focus: pos });
}

function open(stop: HTMLElement | null | undefined): void {
  const claim = stop?.closest<HTMLElement>('.claim');
  if (claim?.dataset.document && claim.dataset.id) post({ type: 'open', document: claim.dataset.document, id: claim.dataset.id });
}

function wire(rendered: RenderedTable): void {
  const { table: t, stops } = rendered;
  const cols = stops[0]?.length ?? 0;
  t.addEventListener('keydown', (e) => {
    const pos = posOf(e.target as Element);
    if (!pos) return;
    if (e.key === 'Enter' || e.key === ' ') {
      e.preventDefault();
      open(stopAt(pos));
      return;
    }
    const next = moveInGrid(e.key, e.ctrlKey || e.metaKey, pos, { rows: stops.length, cols, stops: (r, c) => stops[r]?.[c]?.length ?? 1 });
    if (!next) return;
    e.preventDefault();
    setFocus(next, true);
  });
  t.addEventListener('click', (e) => {
    const pos = posOf(e.target as Element);
    if (!pos) return;
    setFocus(pos, true);
    open(e.target as HTMLElement);
  });
}

function render(): void {
  if (!shown) return;
  const { matrix, labels, readOnly } = shown;
  const rows = state.hideUnlinked ? matrix.rows.filter((r) => r.linked) : matrix.rows;
  const hadFocus = !!table && table.table.contains(document.activeElement);
  root.replaceChildren(toolbar(labels, matrix, rows.length, readOnly));
  table = undefined;
  if (rows.length === 0) {
    root.append(el('p', { className: 'empty', text: labels.empty }));
  } else {
    table = renderTable(matrix, rows, labels);
    wire(table);
    root.append(el('div', { className: 'scroller' }, table.table));
    // The tab stop stays where it was across refreshes (clamped to the new table), else the first claim cell.
    const want = state.focus ?? { row: 0, col: 1, item: 0 };
    const row = Math.min(want.row, rows.length - 1);
    const col = Math.min(want.col, table.stops[row]!.length - 1);
    setFocus({ row, col, item: Math.min(want.item, table.stops[row]![col]!.length - 1) }, hadFocus);
  }
  root.setAttribute('aria-busy', 'false');
}

window.addEventListener('message', (e: MessageEvent<ToMatrixView>) => {
  const message = e.data;
  switch (message.type) {
    case 'matrix':
      shown = { matrix: message.matrix, labels: message.labels, readOnly: message.readOnly };
      render();
      break;
    case 'loading':
      root.setAttribute('aria-busy', 'true');
      break;
    case 'error':
      root.setAttribute('aria-busy', 'false');
      root.replaceChildren(el('p', { className: 'error', text: message.message, attrs: { role: 'alert' } }));
      if (shown) root.append(toolbar(shown.labels, shown.matrix, 0, shown.readOnly));
      break;
  }
});

post({ type: 'ready' });
