import * as assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Matrix } from '../../src/core/analysis/claims-matrix';
import { CLI, ROOT, cli } from '../helpers/cli';

describe('CLI matrix (dist/cli.js)', function () {
  this.timeout(60_000);
  const seeds = join(ROOT, 'seeds');
  before(() => assert.ok(existsSync(CLI), 'dist/cli.js exists: run `npm run build` first'));

  it('prints the seeds\' matrix as JSON: the shipment claims of four outlets in one row, the denial contradicting', () => {
    const r = cli(['matrix', seeds, '--format', 'json']);
    assert.equal(r.code, 0, r.stderr);
    const m = JSON.parse(r.stdout) as Matrix;
    assert.deepEqual(m.columns.map((c) => [c.document.slice(0, 3), c.outlet]), [['000', 'Eulerpool News'], ['003', 'Euractiv'], ['004', 'Financial Times'], ['002', 'OZD']]);
    assert.equal(m.rows.length, 1, 'every seed claim is linked to the others');
    const cells = m.rows[0]!.cells;
    const denial = Object.values(cells).flat().find((c) => /bestritten/.test(c.text));
    assert.deepEqual([denial?.stance, denial?.claimant, denial?.status], ['contradicts', 'Russland', 'disputed']);
    const c = cells[m.columns[0]!.document]![0]!;
    assert.deepEqual(Object.keys(c), ['id', 'stance', 'claimant', 'status', 'hedged', 'hedges', 'anchored', 'start', 'end', 'text']);
  });

  it('prints it as CSV and as a Markdown table, with JSON the default', () => {
    const csv = cli(['matrix', seeds, '--format', 'csv']);
    assert.equal(csv.code, 0, csv.stderr);
    assert.ok(csv.stdout.startsWith('\uFEFFclaims,Eulerpool News: '), csv.stdout.slice(0, 80));
    // Miller's accusation ("wiederholte … den Vorwurf, Nordkorea habe …") is attributed, its Konjunktiv I a hedge.
    assert.match(csv.stdout, /"elaborates · US-Außenministerium · hedged\ncontradicts · Russland"/);
    const md = cli(['matrix', seeds, '--format', 'markdown']);
    assert.equal(md.code, 0, md.stderr);
    assert.match(md.stdout, /^\| Claims \| Eulerpool News: .* \| OZD: .* \|$/m);
    assert.match(md.stdout, /\| elaborates · US-Außenministerium · hedged<br>contradicts · Russland \|/);
    assert.deepEqual(JSON.parse(cli(['matrix', seeds]).stdout).rows.length, 1);
  });

  it('says what is wrong with its arguments, without a stack trace', () => {
    const format = cli(['matrix', seeds, '--format', 'xlsx']);
    assert.equal(format.code, 2);
    assert.match(format.stderr, /--format must be one of json, csv, markdown/);
    assert.equal(cli(['matrix']).code, 2);
    const missing = cli(['matrix', join(seeds, 'nope')]);
    assert.equal(missing.code, 3);
    assert.match(missing.stderr, /nope is not a folder/);
    for (const r of [format, missing]) assert.doesNotMatch(r.stderr, /\n\s+at /, 'no stack trace');
  });
});
