import * as assert from 'node:assert';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CLI, ROOT, cli } from '../helpers/cli';

describe('CLI (dist/cli.js)', function () {
  this.timeout(60_000);
  let dir: string;
  before(() => assert.ok(existsSync(CLI), 'dist/cli.js exists: run `npm run build` first'));
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'sa-cli-'));
    cpSync(join(ROOT, 'seeds'), dir, { recursive: true, filter: (src) => !src.endsWith('.annotations.json') });
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('detect prints exactly the contract fields, with offsets that slice the file text', () => {
    const file = join(dir, '000_41ba3a301a52d707.txt');
    const r = cli(['detect', file]);
    assert.strictEqual(r.code, 0, r.stderr);
    const out = JSON.parse(r.stdout);
    assert.deepStrictEqual(Object.keys(out), ['documents']);
    assert.strictEqual(out.documents[0].path, file);
    const text = readFileSync(file, 'utf8');
    const entities = out.documents[0].entities;
    const KEYS: Record<string, string[]> = {
      figure: ['kind', 'type', 'start', 'end', 'text', 'value', 'unit', 'qualifier'],
      actor: ['kind', 'type', 'start', 'end', 'text', 'canonical'],
      attribution: ['kind', 'start', 'end', 'text', 'source', 'content', 'mode', 'stance', 'hedged'],
      hedge: ['kind', 'start', 'end', 'text', 'type'],
    };
    for (const e of entities) {
      assert.strictEqual(text.slice(e.start, e.end), e.text);
      assert.deepStrictEqual(Object.keys(e), KEYS[e.kind]);
      if (e.kind === 'attribution' && e.source) {
        assert.deepStrictEqual(Object.keys(e.source), ['start', 'end', 'text', 'canonical']);
        assert.strictEqual(text.slice(e.source.start, e.source.end), e.source.text);
      }
    }
    const starts = entities.map((e: { start: number }) => e.start);
    assert.deepStrictEqual(starts, [...starts].sort((x: number, y: number) => x - y), 'all kinds merged in start order');
    const laut = entities.find((e: { kind: string; text: string }) => e.kind === 'attribution' && e.text === 'Laut');
    assert.strictEqual(laut.mode, 'according_to');
    assert.ok(entities.some((e: { kind: string; text: string; type: string }) => e.kind === 'hedge' && e.text === 'soll' && e.type === 'reportative'));
    const old = JSON.parse(cli(['detect', '--kinds', 'figure,actor', file]).stdout).documents[0].entities;
    assert.ok(old.every((e: { kind: string }) => e.kind === 'figure' || e.kind === 'actor'));
    const money = entities.find((e: { text: string }) => e.text === '1,4 Milliarden US-Dollar');
    assert.deepStrictEqual([money.type, money.value, money.unit], ['money', 1400000000, 'USD']);
    assert.ok(entities.some((e: { canonical?: string }) => e.canonical === 'Wladimir Putin'));
  });

  it('claim add, then reanchor after the text changed, keeps the claim on its text', () => {
    const file = join(dir, '001_06a44ca30d8e1d01.txt');
    const text = readFileSync(file, 'utf8');
    const start = text.indexOf('Nordkorea');
    const added = cli(['claim', 'add', file, '--start', String(start), '--end', String(start + 9), '--note', 'test note']);
    assert.strictEqual(added.code, 0, added.stderr);
    const { id } = JSON.parse(added.stdout);
    const sidecar = JSON.parse(readFileSync(file + '.annotations.json', 'utf8'));
    assert.strictEqual(sidecar.annotations[0].id, id);
    assert.strictEqual(sidecar.annotations[0].body.note, 'test note');
    writeFileSync(file, 'VORSPANN\n' + text);
    const re = cli(['reanchor', file]);
    assert.strictEqual(re.code, 0, re.stderr);
    assert.deepStrictEqual(JSON.parse(re.stdout), { annotations: [{ id, status: 'anchored', start: start + 9, end: start + 18 }] });
  });

  it('export writes json, w3c and csv for a folder', () => {
    const file = join(dir, '002_7002fa1c3b2b2e4d.txt');
    assert.strictEqual(cli(['claim', 'add', file, '--start', '0', '--end', '20']).code, 0);
    for (const format of ['json', 'w3c', 'csv', 'markdown']) {
      const out = join(dir, `out.${format}`);
      const r = cli(['export', dir, '--format', format, '--out', out]);
      assert.strictEqual(r.code, 0, r.stderr);
      assert.ok(readFileSync(out, 'utf8').length > 50, `${format} written`);
    }
    assert.strictEqual(JSON.parse(readFileSync(join(dir, 'out.w3c'), 'utf8')).type, 'AnnotationCollection');
  });

  it('validate reports file:line:column for a broken sidecar and exits 1, leaving it unchanged', () => {
    const sidecar = join(dir, '003_b00be4cc04626c15.txt.annotations.json');
    const broken = '{\n  "schemaVersion": 2,\n  "document": 7\n}\n';
    writeFileSync(sidecar, broken);
    const r = cli(['validate', dir]);
    assert.strictEqual(r.code, 1);
    assert.match(r.stdout, /003_b00be4cc04626c15\.txt\.annotations\.json:3:\d+: document/);
    assert.strictEqual(readFileSync(sidecar, 'utf8'), broken);
    const re = cli(['reanchor', join(dir, '003_b00be4cc04626c15.txt')]);
    assert.notStrictEqual(re.code, 0);
    assert.strictEqual(readFileSync(sidecar, 'utf8'), broken);
  });

  it('validate accepts the shipped example corpus and refuses links that lead outside it or to missing claims', () => {
    const seeds = join(ROOT, 'seeds');
    const ok = cli(['validate', seeds]);
    assert.strictEqual(ok.code, 0, ok.stdout + ok.stderr);
    cpSync(seeds, dir, { recursive: true });
    const sidecar = join(dir, '002_7002fa1c3b2b2e4d.txt.annotations.json');
    const json = JSON.parse(readFileSync(sidecar, 'utf8'));
    json.annotations[0].links = [{ rel: 'same', target: '../../etc/passwd#x' }, { rel: 'contradicts', target: '000_41ba3a301a52d707.txt#01NOTTHERE' }];
    writeFileSync(sidecar, JSON.stringify(json, null, 2) + '\n');
    const r = cli(['validate', dir]);
    assert.strictEqual(r.code, 1);
    assert.match(r.stdout, /002_7002fa1c3b2b2e4d\.txt\.annotations\.json:\d+:\d+: link target \.\.\/\.\.\/etc\/passwd#x is outside/);
    assert.match(r.stdout, /link target claim 01NOTTHERE does not exist/);
  });

  it('usage errors exit 2 with the usage; unreadable input exits 3', () => {
    const r = cli(['frobnicate']);
    assert.strictEqual(r.code, 2);
    assert.match(r.stderr, /unknown command "frobnicate"/);
    assert.match(r.stderr, /Usage: source-annotator/);
    assert.strictEqual(cli(['claim', 'add', join(dir, '000_41ba3a301a52d707.txt'), '--start', 'x', '--end', '3']).code, 2);
    assert.strictEqual(cli(['detect', join(dir, 'missing.txt')]).code, 3);
  });
});
