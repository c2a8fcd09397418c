import * as assert from 'node:assert/strict';
import { cpSync, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CLI, ROOT, cli } from '../helpers/cli';
import { fingerprint } from '../../src/core/anchor/fingerprint';
import { makeSelectors } from '../../src/core/anchor/selectors';
import { SCHEMA_VERSION } from '../../src/core/model/annotation';
import { serializeSidecar } from '../../src/core/store/serialize';

describe('CLI links suggest and figures compare (dist/cli.js)', function () {
  this.timeout(60_000);
  let dir: string;
  before(() => assert.ok(existsSync(CLI), 'dist/cli.js exists: run `npm run build` first'));
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'sa-links-'));
    cpSync(join(ROOT, 'seeds'), dir, { recursive: true });
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('suggests at most K claims of other documents per claim, best first, never a pair already linked', () => {
    const r = cli(['links', 'suggest', dir, '--top', '2']);
    assert.equal(r.code, 0, r.stderr);
    const { suggestions } = JSON.parse(r.stdout) as { suggestions: { from: string; to: string; score: number; rel: string; reasons: string[] }[] };
    assert.ok(suggestions.length > 0);
    const claims = new Map<string, { links: { target: string }[] }>();
    const linked = new Set<string>();
    for (const f of readdirSync(dir).filter((f) => f.endsWith('.annotations.json'))) {
      const sidecar = JSON.parse(readFileSync(join(dir, f), 'utf8'));
      for (const a of sidecar.annotations) {
        claims.set(`${sidecar.document}#${a.id}`, a);
        for (const l of a.links) linked.add([`${sidecar.document}#${a.id}`, l.target].sort().join(' '));
      }
    }
    const perFrom = new Map<string, number[]>();
    for (const s of suggestions) {
      assert.deepEqual(Object.keys(s), ['from', 'to', 'score', 'rel', 'reasons']);
      assert.ok(claims.has(s.from) && claims.has(s.to), `${s.from} and ${s.to} are claims`);
      assert.notEqual(s.from.split('#')[0], s.to.split('#')[0], 'different documents');
      assert.ok(!linked.has([s.from, s.to].sort().join(' ')), `${s.from} and ${s.to} are not linked yet`);
      assert.ok(['same', 'corroborates', 'contradicts', 'elaborates'].includes(s.rel));
      assert.ok(s.reasons.length > 0);
      perFrom.set(s.from, [...(perFrom.get(s.from) ?? []), s.score]);
    }
    for (const scores of perFrom.values()) {
      assert.ok(scores.length <= 2);
      assert.deepEqual(scores, [...scores].sort((a, b) => b - a), 'best first');
    }
    // "Moskau und Pjöngjang haben Waffenlieferungen bestritten" answers the accusation of 002: a contradiction.
    const denial = suggestions.find((s) => s.from.startsWith('002_') && s.to.endsWith('MY28MJ'));
    assert.equal(denial?.rel, 'contradicts', JSON.stringify(suggestions.filter((s) => s.from.startsWith('002_'))));
  });

  it('suggests claims that only synonyms of the shipped thesaurus connect, naming them', () => {
    const synonyms = mkdtempSync(join(tmpdir(), 'sa-synonyms-'));
    try {
      for (const [name, claim] of [['a.txt', 'Die Bahn bezeichnete den Ausstand als unverhältnismäßig.'], ['b.txt', 'Ein Sprecher nannte den Streik überzogen.']]) {
        const text = `Titel\n\n${claim} Die Ernte in Bayern fiel dieses Jahr gut aus.\n`;
        writeFileSync(join(synonyms, name), text);
        const start = text.indexOf(claim);
        const annotation = { id: `01SYN${name[0]!.toUpperCase()}`, kind: 'claim' as const, target: { selector: makeSelectors(text, start, start + claim.length) }, anchor: 'anchored' as const, body: { status: 'unverified' as const, tags: [] }, links: [], created: '2026-12-02T00:00:00Z', modified: '2026-12-02T00:00:00Z', author: 'test' };
        writeFileSync(join(synonyms, `${name}.annotations.json`), serializeSidecar({ schemaVersion: SCHEMA_VERSION, document: name, fingerprint: fingerprint(text), annotations: [annotation] }));
      }
      const r = cli(['links', 'suggest', synonyms]);
      assert.equal(r.code, 0, r.stderr);
      const { suggestions } = JSON.parse(r.stdout) as { suggestions: { from: string; to: string; reasons: string[] }[] };
      const found = suggestions.find((x) => x.from === 'a.txt#01SYNA' && x.to === 'b.txt#01SYNB');
      assert.match(found?.reasons.join('; ') ?? '', /synonyms: Ausstand ~ Streik/, JSON.stringify(suggestions));
    } finally {
      rmSync(synonyms, { recursive: true, force: true });
    }
  });

  it('groups the figures of different documents that count the same thing', () => {
    const r = cli(['figures', 'compare', dir]);
    assert.equal(r.code, 0, r.stderr);
    const { groups } = JSON.parse(r.stdout);
    const containers = groups.find((g: { figures: { text: string }[] }) => g.figures.some((f) => f.text === 'über 1000'));
    assert.ok(containers, JSON.stringify(groups));
    assert.deepEqual(containers.figures.map((f: { document: string; text: string; unit: string }) => [f.document.slice(0, 3), f.text, f.unit]), [['000', 'über 1000', 'Container'], ['003', 'über 11.000', 'Container']]);
    for (const g of groups) assert.ok(new Set(g.figures.map((f: { document: string }) => f.document)).size >= 2, 'figures from at least two documents');
  });

  it('says what is wrong with its arguments', () => {
    assert.equal(cli(['links', 'suggest', dir, '--top', '0']).code, 2);
    assert.equal(cli(['links', 'propose', dir]).code, 2);
    const missing = cli(['figures', 'compare', join(dir, 'nope')]);
    assert.equal(missing.code, 3);
    assert.match(missing.stderr, /is not a folder/);
  });
});
