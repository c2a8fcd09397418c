import * as assert from 'node:assert/strict';
import { parseHTML } from 'linkedom';
import type { Matrix } from '../../../src/core/analysis/claims-matrix';
import type { MatrixLabels } from '../../../src/webview/lib/matrix-messages';

const EVIL = '<img src=x onerror="alert(1)"><script>alert(2)</script>';
const labels: MatrixLabels = {
  title: 'Claims × Sources', claims: 'Claims', unknownOutlet: 'unknown outlet', hedged: 'hedged', refresh: 'Refresh', exportCsv: 'Export CSV…',
  exportMarkdown: 'Export Markdown…', hideUnlinked: 'Hide', summary: '{0} {1}', empty: 'none', loading: '…', readOnly: 'read-only',
  stances: { asserts: 'asserts', corroborates: 'corroborates', contradicts: 'contradicts', elaborates: 'elaborates' },
  statuses: { unverified: 'unverified', corroborated: 'corroborated', disputed: 'disputed', refuted: 'refuted' },
};
const claim = (id: string, text: string, stance: 'asserts' | 'contradicts') =>
  ({ id, stance, claimant: EVIL, status: 'disputed' as const, hedged: true, hedges: [EVIL], anchored: true, start: 0, end: 5, text });

describe('Matrix table in the webview (DOM)', () => {
  let renderTable: typeof import('../../../src/webview/lib/matrix-table').renderTable;
  let document: Document;
  before(async () => {
    document = parseHTML('<!DOCTYPE html><html><body></body></html>').document as unknown as Document;
    (globalThis as { document?: Document }).document = document;
    ({ renderTable } = await import('../../../src/webview/lib/matrix-table'));
  });
  after(() => delete (globalThis as { document?: Document }).document);

  const matrix: Matrix = {
    columns: [
      { document: 'a.txt', title: EVIL, outlet: EVIL, published: '2024-06-18' },
      { document: 'b.txt', title: 'B', outlet: null, published: null },
    ],
    rows: [{ label: EVIL, linked: true, cells: { 'a.txt': [claim('1', EVIL, 'asserts'), claim('2', 'Moskau bestreitet', 'contradicts')] } }],
  };

  it('puts article text, titles, outlets and claimants in as text: no element or handler comes from the data', () => {
    const { table } = renderTable(matrix, matrix.rows, labels);
    document.body.replaceChildren(table);
    assert.equal(document.querySelectorAll('img, script').length, 0);
    assert.equal([...document.querySelectorAll('*')].filter((n) => [...n.attributes].some((a) => a.name.startsWith('on'))).length, 0);
    assert.ok((document.querySelector('th.outlet')?.textContent ?? '') === EVIL);
    assert.ok(document.querySelector('.claim .claimant')?.textContent === EVIL);
  });

  it('has two header rows (outlets, documents), a row header, and one focus stop per claim or empty cell', () => {
    const { table, stops } = renderTable(matrix, matrix.rows, labels);
    assert.deepEqual([...table.querySelectorAll('thead tr')].map((tr) => tr.children.length), [3, 2]);
    assert.equal(table.querySelector('th.outlet.unknown')?.textContent, 'unknown outlet');
    assert.equal(table.querySelector('tbody th[scope="row"]')?.textContent, EVIL);
    assert.deepEqual(stops[0]!.map((cell) => cell.length), [1, 2, 1]);
    assert.deepEqual(stops[0]![1]!.map((n) => [n.dataset.document, n.dataset.id, n.querySelector('.stance')?.className]), [['a.txt', '1', 'stance stance-asserts'], ['a.txt', '2', 'stance stance-contradicts']]);
    assert.equal(stops[0]![2]![0]!.tagName, 'TD', 'an empty cell is its own stop');
    assert.match(stops[0]![1]![1]!.getAttribute('aria-label') ?? '', /^contradicts · .* · disputed · hedged: /);
  });
});
