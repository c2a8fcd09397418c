import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fingerprint } from '../../src/core/anchor/fingerprint';
import { SidecarSchema } from '../../src/core/model/annotation';
import { parseSidecar } from '../../src/core/store/parse';
import { serializeSidecar } from '../../src/core/store/serialize';
import { mergeById } from '../../src/core/store/merge-by-id';
import { BrokenSidecarError, SidecarStore } from '../../src/core/store/sidecar-store';
import { gitAttributesLine, gitConfigEntries } from '../../src/core/store/git-setup';
import { MemoryFileSystem } from '../helpers/memory-fs';
import { claimOn, sidecarOf } from '../helpers/sidecars';

const A = claimOn('Putin und Kim trafen sich am Montag.', '01A');
const B = claimOn('Der Kreml schwieg.', '01B', {}, { claimant: 'Kreml', tags: ['moskau'] });
const valid = serializeSidecar(sidecarOf(B, A));
const expectError = (raw: string | Uint8Array, line: number, column: number, message: RegExp): void => {
  const r = parseSidecar(raw, 'x.annotations.json');
  assert.equal(r.ok, false, 'expected a parse error');
  if (r.ok) return;
  assert.match(r.error.message, message);
  assert.deepEqual([r.error.line, r.error.column], [line, column], r.error.message);
};

describe('serializeSidecar', () => {
  it('writes a fixed key order, annotations sorted by id, 2-space indent and a trailing newline', () => {
    assert.ok(valid.endsWith('}\n'));
    const parsed = JSON.parse(valid) as { annotations: Array<Record<string, unknown>> };
    assert.deepEqual(Object.keys(parsed), ['schemaVersion', 'document', 'fingerprint', 'annotations']);
    assert.deepEqual(parsed.annotations.map((a) => a.id), ['01A', '01B']);
    assert.deepEqual(Object.keys(parsed.annotations[1]), ['id', 'kind', 'target', 'anchor', 'body', 'links', 'created', 'modified', 'author']);
    assert.match(valid, /^ {2}"schemaVersion": 3,$/m);
  });

  it('is stable: parse then serialize gives the same bytes, whatever the input key order', () => {
    const shuffled = JSON.stringify({ annotations: JSON.parse(valid).annotations, fingerprint: fingerprint('x'), document: 'doc.txt', schemaVersion: 2 });
    const r = parseSidecar(shuffled, 'x');
    assert.ok(r.ok);
    const again = serializeSidecar(r.sidecar);
    const reparsed = parseSidecar(again, 'x');
    assert.ok(reparsed.ok);
    assert.equal(serializeSidecar(reparsed.sidecar), again);
  });
});

describe('parseSidecar', () => {
  it('accepts a valid sidecar, with a BOM, with CRLF line ends, or as bytes', () => {
    for (const raw of [valid, '\uFEFF' + valid, valid.replace(/\n/g, '\r\n'), new TextEncoder().encode('\uFEFF' + valid)]) {
      const r = parseSidecar(raw, 'x');
      assert.ok(r.ok && !r.migrated && r.sidecar.annotations.length === 2);
    }
  });

  it('reports an empty or blank file', () => {
    expectError('', 1, 1, /empty/);
    expectError(' \r\n\n', 1, 1, /empty/);
  });

  it('reports binary content (NUL bytes) where it starts', () => {
    expectError(new Uint8Array([0x7b, 0x0a, 0x20, 0x00, 0x01]), 2, 2, /binary/);
  });

  it('reports invalid UTF-8 at its line and column', () => {
    const bytes = new TextEncoder().encode('{\n  "document": "Pjöngjang X"\n}');
    const bad = Uint8Array.from(bytes);
    bad[bytes.indexOf(0x58)] = 0xff; // The "X": line 2, column 26 (ö counts once).
    expectError(bad, 2, 26, /UTF-8/);
  });

  it('reports a hand-edited syntax error (missing comma) at the exact line and column, with CRLF too', () => {
    const broken = valid.replace('"document": "doc.txt",', '"document": "doc.txt"');
    expectError(broken, 4, 3, /expected ',' or '}'/);
    expectError('\uFEFF' + broken.replace(/\n/g, '\r\n'), 4, 3, /expected ',' or '}'/);
  });

  it('reports a trailing comma and an unterminated string where they are', () => {
    expectError('{\n  "a": [1, 2,]\n}', 2, 13, /Trailing comma/);
    expectError('{\n  "a": 1,\n}', 2, 9, /Trailing comma/);
    expectError('{\n  "a": "abc\n}', 2, 8, /(Unterminated|Control character)/);
  });

  it('reports a wrong-schema value at the line and column of the value', () => {
    const lines = valid.split('\n');
    const n = lines.findIndex((l) => l.includes('"status": "unverified"'));
    const wrong = valid.replace('"status": "unverified"', '"status": "probably"');
    const column = lines[n].indexOf('"unverified"') + 1;
    expectError(wrong, n + 1, column, /annotations\[0\]\.body\.status/);
  });

  it('reports a missing required field at its parent object, and a duplicate id at the second one', () => {
    const noAuthor = valid.replace(/,\n\s*"author": "anna"/, '');
    const r = parseSidecar(noAuthor, 'x');
    const objectLine = valid.split('\n').findIndex((l) => l.includes('"annotations": [')) + 2;
    assert.ok(!r.ok);
    assert.match(r.error.message, /annotations\[0\]\.author: required property is missing/);
    assert.deepEqual([r.error.line, r.error.column], [objectLine, 5]);
    expectError(valid.replace('"id": "01B"', '"id": "01A"'), valid.split('\n').findIndex((l) => l.includes('"01B"')) + 1, 13, /duplicate annotation id/);
  });

  it('refuses a sidecar from a newer schema version with an actionable message', () => {
    expectError(valid.replace('"schemaVersion": 3', '"schemaVersion": 4'), 2, 20, /newer Source Annotator/);
  });
});

describe('schema version 1 migration', () => {
  const dir = join(__dirname, '..', 'fixtures', 'sidecar-v1');
  const raw = readFileSync(join(dir, 'article.txt.annotations.json'));
  const text = readFileSync(join(dir, 'article.txt'), 'utf8');

  it('migrates the v1 fixture to a valid v2 sidecar, with fingerprint and quote context from the text', () => {
    const r = parseSidecar(raw, 'article.txt.annotations.json', { documentText: text });
    assert.ok(r.ok && r.migrated);
    SidecarSchema.parse(r.sidecar);
    assert.deepEqual(r.sidecar.fingerprint, fingerprint(text));
    const [first, second] = r.sidecar.annotations;
    const [q, p] = first.target.selector;
    assert.equal(text.slice(p.start, p.end), q.exact);
    assert.equal(q.prefix, text.slice(p.start - 32, p.start));
    assert.deepEqual(first.links, [{ rel: 'corroborates', target: 'other.txt#01HZX3K8Q4V8N2M7P5R6S9T0CD' }]);
    assert.equal(first.body.claimant, 'Wladimir Putin');
    assert.equal(second.body.note, 'Pentagon source only');
    assert.equal(second.modified, second.created);
  });

  it('without the text, migrates to a fingerprint that forces re-anchoring', () => {
    const r = parseSidecar(raw, 'x');
    assert.ok(r.ok && r.migrated && r.sidecar.fingerprint.length === 0);
  });

  it('reports v1 schema errors at the offending value', () => {
    const bad = raw.toString('utf8').replace('"status": "disputed"', '"status": 7');
    const line = bad.split('\n').findIndex((l) => l.includes('"status": 7')) + 1;
    expectError(bad, line, 17, /annotations\[1\]\.status/);
  });
});

describe('SidecarStore', () => {
  const sidecarPath = '/ws/doc.txt.annotations.json';

  it('saves and loads a sidecar, and reports none for a document without one', async () => {
    const fs = new MemoryFileSystem();
    const store = new SidecarStore(fs);
    assert.deepEqual(await store.load('/ws/doc.txt'), { ok: true, sidecar: undefined, migrated: false });
    await store.save('/ws/doc.txt', sidecarOf(A));
    assert.equal(fs.text(sidecarPath), serializeSidecar(sidecarOf(A)));
    const loaded = await store.load('/ws/doc.txt');
    assert.ok(loaded.ok && loaded.sidecar?.annotations[0].id === '01A');
  });

  it('never overwrites a sidecar that does not parse, and says why', async () => {
    const fs = new MemoryFileSystem();
    const handEdited = valid.replace('"document": "doc.txt",', '"document": "doc.txt"');
    fs.put(sidecarPath, handEdited);
    const store = new SidecarStore(fs);
    assert.equal((await store.load('/ws/doc.txt')).ok, false);
    await assert.rejects(store.save('/ws/doc.txt', sidecarOf(A)), (e: unknown) => e instanceof BrokenSidecarError && /:4:3: .*not overwriting/.test(e.message));
    assert.equal(fs.text(sidecarPath), handEdited);
    assert.ok(store.problem('/ws/doc.txt'));
    // Also when the file broke after it was loaded.
    const fresh = new SidecarStore(fs);
    fs.put(sidecarPath, valid);
    await fresh.load('/ws/doc.txt');
    fs.put(sidecarPath, '{ "schemaVersion": 2, ');
    await assert.rejects(fresh.save('/ws/doc.txt', sidecarOf(A)), BrokenSidecarError);
    assert.equal(fs.text(sidecarPath), '{ "schemaVersion": 2, ');
  });

  it('serializes concurrent saves to one path: the last one queued is what ends up on disk', async () => {
    const fs = new MemoryFileSystem();
    const store = new SidecarStore(fs);
    await Promise.all([store.save('/ws/doc.txt', sidecarOf(A)), store.save('/ws/doc.txt', sidecarOf(A, B)), store.save('/ws/doc.txt', sidecarOf(B))]);
    assert.equal(fs.writes.length, 3);
    assert.equal(fs.text(sidecarPath), serializeSidecar(sidecarOf(B)));
  });

  it('refuses to write an invalid sidecar', async () => {
    const store = new SidecarStore(new MemoryFileSystem());
    await assert.rejects(store.save('/ws/doc.txt', { ...sidecarOf(A), document: '' }));
  });

  it('merges by id instead of overwriting when the file changed on disk since it was read', async () => {
    const fs = new MemoryFileSystem();
    const store = new SidecarStore(fs);
    await store.save('/ws/doc.txt', sidecarOf(A));
    const theirB = claimOn('Der Kreml schwieg.', '01B', { modified: '2024-06-19T00:00:00.000Z' });
    fs.put(sidecarPath, serializeSidecar(sidecarOf(A, theirB))); // Another window added B.
    const written = await store.save('/ws/doc.txt', sidecarOf({ ...A, body: { ...A.body, status: 'disputed' }, modified: '2024-06-20T00:00:00.000Z' }));
    assert.deepEqual(written.annotations.map((a) => [a.id, a.body.status]), [['01A', 'disputed'], ['01B', 'unverified']]);
  });
});

describe('mergeById', () => {
  const older = { ...A, body: { ...A.body, status: 'corroborated' as const }, modified: '2024-06-18T10:00:00.000Z' };
  const newer = { ...A, body: { ...A.body, status: 'refuted' as const }, modified: '2024-06-18T11:00:00.000Z' };

  it('keeps the newer version of an annotation changed on both sides, whichever side it is on', () => {
    assert.equal(mergeById(sidecarOf(A), sidecarOf(older), sidecarOf(newer)).annotations[0].body.status, 'refuted');
    assert.equal(mergeById(sidecarOf(A), sidecarOf(newer), sidecarOf(older)).annotations[0].body.status, 'refuted');
  });

  it('honours a deletion on either side unless the other side edited the annotation afterwards', () => {
    assert.deepEqual(mergeById(sidecarOf(A, B), sidecarOf(B), sidecarOf(A, B)).annotations.map((a) => a.id), ['01B']);
    assert.deepEqual(mergeById(sidecarOf(A, B), sidecarOf(A, B), sidecarOf(B)).annotations.map((a) => a.id), ['01B']);
    assert.deepEqual(mergeById(sidecarOf(A, B), sidecarOf(B), sidecarOf(newer, B)).annotations.map((a) => a.id), ['01A', '01B']);
  });

  it('keeps additions from both sides', () => {
    assert.deepEqual(mergeById(sidecarOf(), sidecarOf(A), sidecarOf(B)).annotations.map((a) => a.id), ['01A', '01B']);
  });
});

describe('git setup', () => {
  it('routes sidecars to the driver and quotes a CLI path with spaces', () => {
    assert.equal(gitAttributesLine(), '*.annotations.json merge=source-annotator');
    assert.deepEqual(gitConfigEntries('/opt/My Tools/cli.js', { runtime: 'node' })[1], ['merge.source-annotator.driver', "node '/opt/My Tools/cli.js' merge-driver %O %A %B"]);
    assert.equal(gitConfigEntries('/usr/bin/source-annotator')[0][0], 'merge.source-annotator.name');
  });
});
