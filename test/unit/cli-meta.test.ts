import * as assert from 'node:assert/strict';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CLI, ROOT, cli } from '../helpers/cli';

describe('CLI meta and boilerplate (dist/cli.js)', function () {
  this.timeout(60_000);
  let dir: string;
  before(() => assert.ok(existsSync(CLI), 'dist/cli.js exists: run `npm run build` first'));
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'sa-meta-'));
    cpSync(join(ROOT, 'seeds'), dir, { recursive: true, filter: (src) => !src.endsWith('.annotations.json') });
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('meta prints exactly the contract fields, detected from the text, with boilerplate that slices the file', () => {
    const file = join(dir, '002_7002fa1c3b2b2e4d.txt');
    const r = cli(['meta', file]);
    assert.equal(r.code, 0, r.stderr);
    const doc = JSON.parse(r.stdout).documents[0];
    assert.deepEqual(Object.keys(doc), ['path', 'title', 'outlet', 'source', 'published', 'language', 'url', 'boilerplate']);
    assert.deepEqual([doc.path, doc.outlet, doc.source, doc.published, doc.language], [file, 'OZD', 'AFP', null, 'de']);
    const text = readFileSync(file, 'utf8');
    assert.deepEqual(doc.boilerplate.map((b: { start: number; end: number }) => text.slice(b.start, b.end)).slice(-2), ['Alle Angaben ohne Gewähr. Bitte empfehlen Sie uns oder diesen Artikel weiter. OZD-News und Nachrichten zum Nachschlagen ohne Paywall!', 'Foto: STR / KCNA VIA KNS']);
  });

  it('meta reads what the sidecar records first, and says so when the sidecar is broken', () => {
    const file = join(dir, '003_b00be4cc04626c15.txt');
    const sidecar = { schemaVersion: 3, document: '003_b00be4cc04626c15.txt', fingerprint: { length: 0, sha256: '0'.repeat(64) }, meta: { outlet: 'Euractiv Deutschland', published: '2024-06-18', boilerplateLines: ['Putin verspricht Handel und Sicherheit mit Nordkorea außerhalb der Reichweite des Westens'] }, annotations: [] };
    writeFileSync(file + '.annotations.json', JSON.stringify(sidecar));
    const doc = JSON.parse(cli(['meta', file]).stdout).documents[0];
    assert.deepEqual([doc.outlet, doc.published, doc.source], ['Euractiv Deutschland', '2024-06-18', 'Euractiv']);
    assert.equal(doc.boilerplate[0].start, 0, 'the line the analyst marked');
    writeFileSync(file + '.annotations.json', '{ "schemaVersion": 3, oops');
    const broken = cli(['meta', file]);
    assert.equal(broken.code, 1);
    assert.match(broken.stderr, /annotations\.json:1:\d+: .*using what the text says/);
    assert.doesNotMatch(broken.stderr, /\n\s+at /, 'no stack trace');
    assert.equal(JSON.parse(broken.stdout).documents[0].outlet, null);
  });

  it('detect finds nothing in boilerplate lines, and offsets still slice the file', () => {
    const file = join(dir, '001_06a44ca30d8e1d01.txt');
    const text = readFileSync(file, 'utf8');
    const teaser = text.indexOf('Siehe auch');
    const bio = text.indexOf('Sophie Müller');
    const out = JSON.parse(cli(['detect', file]).stdout).documents[0].entities as { start: number; end: number; text: string }[];
    assert.ok(out.length > 20);
    for (const e of out) assert.equal(text.slice(e.start, e.end), e.text);
    assert.deepEqual(out.filter((e) => (e.start >= teaser && e.start < text.indexOf('\n', teaser)) || e.start >= bio).map((e) => e.text), []);
  });
});
