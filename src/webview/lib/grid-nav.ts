// Keyboard movement in the matrix: a grid of rows × columns whose cells hold 0..n claims stacked vertically.
// A focus stop is a claim, or the cell itself when it is empty; column 0 is the row header. Up and Down step
// through a cell's claims before they leave it, as the eye reads them.

export interface GridPos {
  row: number;
  col: number;
  /** Which claim of the cell (0 for an empty cell or a row header). */
  item: number;
}

export interface GridShape {
  rows: number;
  cols: number;
  /** Focus stops in a cell: its claims, at least 1. */
  stops(row: number, col: number): number;
}

const clamp = (v: number, lo: number, hi: number): number => Math.max(lo, Math.min(hi, v));

/** Where `key` moves the focus from `pos`; undefined for a key that does not move it. */
export function moveInGrid(key: string, ctrl: boolean, pos: GridPos, grid: GridShape): GridPos | undefined {
  if (grid.rows === 0 || grid.cols === 0) return undefined;
  const at = (row: number, col: number, item: number): GridPos => ({ row, col, item: clamp(item, 0, grid.stops(row, col) - 1) });
  const { row, col, item } = pos;
  switch (key) {
    case 'ArrowRight':
      return at(row, Math.min(col + 1, grid.cols - 1), col + 1 < grid.cols ? 0 : item);
    case 'ArrowLeft':
      return at(row, Math.max(col - 1, 0), col > 0 ? 0 : item);
    case 'ArrowDown':
      if (item + 1 < grid.stops(row, col)) return at(row, col, item + 1);
      return row + 1 < grid.rows ? at(row + 1, col, 0) : pos;
    case 'ArrowUp':
      if (item > 0) return at(row, col, item - 1);
      return row > 0 ? at(row - 1, col, grid.stops(row - 1, col) - 1) : pos;
    case 'Home':
      return ctrl ? at(0, 0, 0) : at(row, 0, 0);
    case 'End':
      return ctrl ? at(grid.rows - 1, grid.cols - 1, 0) : at(row, grid.cols - 1, 0);
    case 'PageDown':
      return at(Math.min(row + 10, grid.rows - 1), col, 0);
    case 'PageUp':
      return at(Math.max(row - 10, 0), col, 0);
    default:
      return undefined;
  }
}
