import * as assert from 'node:assert/strict';
import { moveInGrid, type GridPos, type GridShape } from '../../src/webview/lib/grid-nav';

// Two rows; column 0 is the row header. Row 0: a cell with two claims at col 1, empty col 2, one claim at col 3.
// Row 1: one claim at col 1, three at col 2, empty col 3.
const counts = [[1, 2, 1, 1], [1, 1, 3, 1]];
const grid: GridShape = { rows: 2, cols: 4, stops: (r, c) => counts[r]![c]! };
const at = (row: number, col: number, item = 0): GridPos => ({ row, col, item });
const move = (key: string, from: GridPos, ctrl = false): GridPos | undefined => moveInGrid(key, ctrl, from, grid);

describe('Matrix keyboard navigation', () => {
  it('steps through the claims of a cell before leaving it downwards or upwards', () => {
    assert.deepEqual(move('ArrowDown', at(0, 1)), at(0, 1, 1));
    assert.deepEqual(move('ArrowDown', at(0, 1, 1)), at(1, 1));
    assert.deepEqual(move('ArrowUp', at(0, 2)), at(0, 2), 'stays at the top');
    assert.deepEqual(move('ArrowUp', at(1, 1)), at(0, 1, 1), 'enters a cell above at its last claim');
    assert.deepEqual(move('ArrowDown', at(1, 2, 2)), at(1, 2, 2), 'stays at the bottom');
  });

  it('moves across columns to the first claim, and stops at the edges', () => {
    assert.deepEqual(move('ArrowRight', at(0, 1, 1)), at(0, 2));
    assert.deepEqual(move('ArrowRight', at(1, 3)), at(1, 3));
    assert.deepEqual(move('ArrowLeft', at(1, 1)), at(1, 0), 'to the row header');
    assert.deepEqual(move('ArrowLeft', at(1, 0)), at(1, 0));
  });

  it('Home and End go to the row\'s ends, with Ctrl to the table\'s corners', () => {
    assert.deepEqual(move('Home', at(1, 2, 2)), at(1, 0));
    assert.deepEqual(move('End', at(0, 1)), at(0, 3));
    assert.deepEqual(move('Home', at(1, 2), true), at(0, 0));
    assert.deepEqual(move('End', at(0, 1), true), at(1, 3));
  });

  it('ignores other keys and an empty table', () => {
    assert.equal(move('a', at(0, 1)), undefined);
    assert.equal(moveInGrid('ArrowDown', false, at(0, 0), { rows: 0, cols: 0, stops: () => 1 }), undefined);
  });
});
