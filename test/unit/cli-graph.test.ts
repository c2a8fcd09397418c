import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ClaimGraph } from '../../src/core/analysis/claim-graph';
import { CLI, ROOT, cli } from '../helpers/cli';

const SEEDS = join(ROOT, 'seeds');
/** The relation of every link the seeds' annotation files record. */
const recordedLinks = (): string[] =>
  readdirSync(SEEDS).filter((f) => f.endsWith('.annotations.json'))
    .flatMap((f) => (JSON.parse(readFileSync(join(SEEDS, f), 'utf8')) as { annotations: Array<{ links: Array<{ rel: string }> }> }).annotations.flatMap((a) => a.links.map((l) => l.rel)))
    .sort();

describe('CLI graph (dist/cli.js)', function () {
  this.timeout(60_000);
  before(() => assert.ok(existsSync(CLI), 'dist/cli.js exists: run `npm run build` first'));

  it('prints the claims graph of a folder as JSON: one edge per recorded link, a node per claim', () => {
    const r = cli(['graph', SEEDS]);
    assert.equal(r.code, 0, r.stderr);
    const graph = JSON.parse(r.stdout) as ClaimGraph;
    assert.deepEqual(graph.edges.filter((e) => !['in', 'claims'].includes(e.kind)).map((e) => e.kind).sort(), recordedLinks());
    const claims = readdirSync(SEEDS).filter((f) => f.endsWith('.annotations.json')).reduce((n, f) => n + JSON.parse(readFileSync(join(SEEDS, f), 'utf8')).annotations.length, 0);
    assert.equal(graph.nodes.filter((n) => n.kind === 'claim').length, claims);
  });

  it('writes GraphML that is well-formed XML with a node and an edge element for each of the JSON graph\'s', () => {
    const dir = mkdtempSync(join(tmpdir(), 'sa-graph-'));
    try {
      const out = join(dir, 'claims.graphml');
      const r = cli(['graph', SEEDS, '--format', 'graphml', '--out', out]);
      assert.equal(r.code, 0, r.stderr);
      const xml = readFileSync(out, 'utf8');
      const graph = JSON.parse(cli(['graph', SEEDS]).stdout) as ClaimGraph;
      assert.equal(xml.match(/<node /g)?.length, graph.nodes.length);
      assert.equal(xml.match(/<edge /g)?.length, graph.edges.length);
      assert.match(xml, /<data key="e_relation">contradicts<\/data>/);
      const lint = spawnSync('xmllint', ['--noout', out], { encoding: 'utf8' });
      if (!lint.error) assert.equal(lint.status, 0, lint.stderr);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('refuses an unknown format', () => {
    const r = cli(['graph', SEEDS, '--format', 'dot']);
    assert.equal(r.code, 2);
    assert.match(r.stderr, /--format must be one of json, graphml/);
  });
});
