// The claims × sources matrix as a file: JSON (the Matrix as is), CSV and Markdown (the table an analyst reads:
// a row per group of linked claims, a column per document, each cell its claims as "stance · claimant · hedged").
import { stringify } from 'csv-stringify/sync';
import type { Matrix, MatrixClaim, MatrixColumn } from '../analysis/claims-matrix';

export const MATRIX_FORMATS = ['json', 'csv', 'markdown'] as const;
export type MatrixFormat = (typeof MATRIX_FORMATS)[number];
export const MATRIX_EXTENSIONS: Record<MatrixFormat, string> = { json: 'json', csv: 'csv', markdown: 'md' };

export const UNKNOWN_OUTLET = 'unknown outlet';

/** What a cell says about one claim: its stance, claimant and a hedge mark. */
export const claimSummary = (c: MatrixClaim): string => [c.stance, c.claimant, c.hedged ? 'hedged' : ''].filter(Boolean).join(' · ');

export const columnHeading = (c: MatrixColumn): string => `${c.outlet ?? UNKNOWN_OUTLET}: ${c.title}${c.published ? ` (${c.published})` : ''}`;

export function matrixCsv(matrix: Matrix): string {
  const rows = matrix.rows.map((r) => [r.label, ...matrix.columns.map((c) => (r.cells[c.document] ?? []).map(claimSummary).join('\n'))]);
  // A leading BOM lets spreadsheet programs read the UTF-8 German text correctly (as the CSV export does). A cell's
  // claims are lines: quoted, since with a record delimiter set csv-stringify would leave a bare '\n' unquoted. The
  // file is for spreadsheets, so article text that starts like a formula (=, +, -, @) is kept as text.
  return '\uFEFF' + stringify([['claims', ...matrix.columns.map(columnHeading)], ...rows], { record_delimiter: 'windows', quote_record_delimiter: true, escape_formulas: true });
}

/**
 * Text as one table cell: no pipe, newline or markup from an article or a title breaks or enters the table. Inside
 * a cell only inline markup counts, and a link or an image needs a '[': parentheses and '#' may stay readable.
 */
export const markdownCell = (s: string): string => s.replace(/[\\`*_[\]|<>~&]/g, (c) => '\\' + c).replace(/\s+/g, ' ').trim();

export function matrixMarkdown(matrix: Matrix): string {
  const line = (cells: string[]): string => `| ${cells.join(' | ')} |`;
  const lines: string[] = [
    '# Claims × sources',
    '',
    'Rows are groups of linked claims, columns the documents by outlet. Each cell: the stance of the claim within its group (asserts, corroborates, contradicts, elaborates), its claimant, and "hedged" when the text hedges it.',
    '',
  ];
  if (matrix.rows.length === 0) return [...lines, 'No claims.', ''].join('\n');
  lines.push(
    line(['Claims', ...matrix.columns.map((c) => markdownCell(columnHeading(c)))]),
    line(['---', ...matrix.columns.map(() => '---')]),
    ...matrix.rows.map((r) => line([markdownCell(r.label), ...matrix.columns.map((c) => (r.cells[c.document] ?? []).map((claim) => markdownCell(claimSummary(claim))).join('<br>'))])),
  );
  return lines.join('\n') + '\n';
}

export function renderMatrix(format: MatrixFormat, matrix: Matrix): string {
  switch (format) {
    case 'json':
      return JSON.stringify(matrix, null, 2) + '\n';
    case 'csv':
      return matrixCsv(matrix);
    case 'markdown':
      return matrixMarkdown(matrix);
  }
}
