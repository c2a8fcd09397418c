// The matrix as a real <table>: two header rows (outlets spanning their documents, then the documents), a row
// header per group of claims, and cells whose claims are the focus stops of the keyboard grid (grid-nav.ts).
import { outletGroups, type Matrix, type MatrixClaim, type MatrixColumn, type MatrixRow } from '../../core/analysis/claims-matrix';
import { el, format } from './dom';
import type { MatrixLabels } from './matrix-messages';

export interface RenderedTable {
  table: HTMLTableElement;
  /** Focus stops per [row][col]: col 0 is the row header; an empty cell is its own stop. */
  stops: HTMLElement[][][];
}

const EXCERPT = 70;
const excerpt = (text: string): string => {
  const t = text.replace(/\s+/g, ' ').trim();
  return t.length > EXCERPT ? t.slice(0, EXCERPT - 1) + '…' : t;
};

/** What a screen reader says for a claim, and what its tooltip shows. */
function describe(c: MatrixClaim, column: MatrixColumn, labels: MatrixLabels): string {
  const facts = [labels.stances[c.stance], c.claimant, labels.statuses[c.status], c.hedged ? `${labels.hedged}: ${c.hedges.join(', ')}` : ''].filter(Boolean);
  return `${facts.join(' · ')}\n${column.title}\n„${c.text}“`;
}

function claimStop(c: MatrixClaim, column: MatrixColumn, row: number, col: number, item: number, labels: MatrixLabels): HTMLElement {
  const head = el('div', { className: 'claim-head' },
    el('span', { className: `stance stance-${c.stance}`, text: labels.stances[c.stance] }),
    ...(c.claimant ? [el('span', { className: 'claimant', text: c.claimant })] : []),
    ...(c.hedged ? [el('span', { className: 'hedge', text: '≈', attrs: { 'aria-hidden': 'true' } })] : []),
  );
  return el('div', {
    className: `claim status-${c.status}${c.anchored ? '' : ' detached'}`,
    attrs: { tabindex: -1, role: 'button', title: describe(c, column, labels), 'aria-label': describe(c, column, labels), 'data-row': row, 'data-col': col, 'data-item': item, 'data-document': column.document, 'data-id': c.id },
  }, head, el('div', { className: 'excerpt', text: excerpt(c.text) }));
}

function headerRows(matrix: Matrix, labels: MatrixLabels): HTMLTableSectionElement {
  const outlets = el('tr', {}, el('th', { className: 'corner', text: labels.claims, attrs: { rowspan: 2, scope: 'col' } }));
  for (const g of outletGroups(matrix.columns)) {
    outlets.append(el('th', { className: `outlet${g.outlet === null ? ' unknown' : ''}`, text: g.outlet ?? labels.unknownOutlet, attrs: { colspan: g.span, scope: 'colgroup' } }));
  }
  const documents = el('tr', {});
  for (const c of matrix.columns) {
    documents.append(el('th', { className: 'document', attrs: { scope: 'col', title: c.document } },
      el('span', { className: 'doc-title', text: c.title }),
      ...(c.published ? [el('span', { className: 'doc-date', text: c.published })] : []),
    ));
  }
  return el('thead', {}, outlets, documents);
}

function bodyRow(r: MatrixRow, row: number, matrix: Matrix, labels: MatrixLabels): { tr: HTMLTableRowElement; stops: HTMLElement[][] } {
  const header = el('th', { className: `row-label${r.linked ? '' : ' unlinked'}`, text: r.label, attrs: { scope: 'row', tabindex: -1, title: r.label, 'data-row': row, 'data-col': 0, 'data-item': 0 } });
  const tr = el('tr', {}, header);
  const stops: HTMLElement[][] = [[header]];
  matrix.columns.forEach((column, i) => {
    const claims = r.cells[column.document] ?? [];
    const col = i + 1;
    const empty = { tabindex: -1, 'data-row': row, 'data-col': col, 'data-item': 0, 'aria-label': format('{0}: —', column.title) };
    const td = el('td', { className: claims.length ? 'filled' : 'empty', attrs: { role: 'gridcell', ...(claims.length ? {} : empty) } });
    if (claims.length === 0) {
      stops.push([td]);
    } else {
      const items = claims.map((c, k) => claimStop(c, column, row, col, k, labels));
      td.append(...items);
      stops.push(items);
    }
    tr.append(td);
  });
  return { tr, stops };
}

export function renderTable(matrix: Matrix, rows: readonly MatrixRow[], labels: MatrixLabels): RenderedTable {
  const body = el('tbody', {});
  const stops: HTMLElement[][][] = [];
  rows.forEach((r, i) => {
    const built = bodyRow(r, i, matrix, labels);
    body.append(built.tr);
    stops.push(built.stops);
  });
  const table = el('table', { className: 'matrix', attrs: { role: 'grid', 'aria-label': labels.title, 'aria-rowcount': rows.length + 2 } }, headerRows(matrix, labels), body);
  return { table, stops };
}
