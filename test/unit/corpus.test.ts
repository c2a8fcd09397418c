import * as assert from 'node:assert';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { addClaim, addLink, setStatus } from '../../src/core/corpus/claim-edits';
import { Corpus, ReadOnlyCorpusError, ReadOnlySidecarError } from '../../src/core/corpus/corpus';
import { AnnotationHistory } from '../../src/core/corpus/history';
import { silentLogger } from '../../src/core/ports';
import { nodeFileSystem } from '../../src/platform/node-fs';

const SEEDS = join(__dirname, '..', '..', 'seeds');
const ctx = { now: '2026-11-23T00:00:00.000Z', author: 'tester' };
const noDetector = { detect: () => [] };

describe('Corpus', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'sa-corpus-'));
    cpSync(SEEDS, dir, { recursive: true, filter: (src) => !src.endsWith('.annotations.json') });
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  const open = async (): Promise<Corpus> => {
    const corpus = new Corpus(nodeFileSystem, silentLogger, noDetector);
    await corpus.scan({ roots: [dir], extensions: ['.txt'], maxBytes: 1 << 24 });
    return corpus;
  };

  it('finds every article and titles it by its first non-empty line', async () => {
    const corpus = await open();
    const docs = corpus.documents();
    assert.strictEqual(docs.length, 5);
    assert.strictEqual(docs[0]!.title, 'Handelsbeziehungen intensiviert: Nordkorea fördert Warenimport und Kooperation mit Russland');
  });

  it('writes a claim to a git-friendly sidecar next to the article', async () => {
    const corpus = await open();
    const doc = corpus.documents()[0]!;
    const start = doc.text!.indexOf('Die Importe Nordkoreas');
    let id = '';
    await corpus.update(doc.path, (s, text) => {
      const r = addClaim(s, text, start, start + 40, ctx);
      id = r.id;
      return r.sidecar;
    });
    const raw = readFileSync(doc.path + '.annotations.json', 'utf8');
    assert.ok(raw.endsWith('}\n'), 'trailing newline');
    assert.match(raw, /^\{\n {2}"schemaVersion": 3,/);
    const json = JSON.parse(raw);
    assert.strictEqual(json.annotations[0].id, id);
    assert.strictEqual(json.annotations[0].target.selector[0].exact, doc.text!.slice(start, start + 40));
  });

  it('re-anchors claims when the article changed on disk since the sidecar was written', async () => {
    let corpus = await open();
    const doc = corpus.documents()[1]!;
    const passage = 'Nordkorea';
    const start = doc.text!.lastIndexOf(passage);
    await corpus.update(doc.path, (s, text) => addClaim(s, text, start, start + passage.length, ctx).sidecar);
    writeFileSync(doc.path, 'Eine neue erste Zeile.\n' + doc.text);
    corpus = await open();
    const claim = corpus.get(doc.path)!.sidecar.annotations[0]!;
    assert.strictEqual(claim.anchor, 'anchored');
    assert.strictEqual(claim.target.selector[1].start, start + 'Eine neue erste Zeile.\n'.length);
  });

  it('a read-only corpus (Restricted Mode) shows re-anchored claims but writes nothing, and says why', async () => {
    let corpus = await open();
    const doc = corpus.documents()[1]!;
    const start = doc.text!.lastIndexOf('Nordkorea');
    await corpus.update(doc.path, (s, text) => addClaim(s, text, start, start + 9, ctx).sidecar);
    const sidecarBefore = readFileSync(`${doc.path}.annotations.json`, 'utf8');
    writeFileSync(doc.path, 'Eine neue erste Zeile.\n' + doc.text);
    corpus = new Corpus(nodeFileSystem, silentLogger, noDetector);
    corpus.readOnly = 'Restricted Mode';
    await corpus.scan({ roots: [dir], extensions: ['.txt'], maxBytes: 1 << 24 });
    assert.strictEqual(corpus.get(doc.path)!.sidecar.annotations[0]!.target.selector[1].start, start + 23, 'shown where it now is');
    await assert.rejects(corpus.update(doc.path, (s) => s), (e: unknown) => e instanceof ReadOnlyCorpusError && e.message === 'Restricted Mode');
    assert.strictEqual(readFileSync(`${doc.path}.annotations.json`, 'utf8'), sidecarBefore, 'the sidecar is untouched');
  });

  it('flags a claim whose own words changed (fuzzy re-anchor) for review', async () => {
    let corpus = await open();
    const doc = corpus.documents()[0]!;
    const passage = 'Die Importe Nordkoreas beliefen sich allein bis September des berichteten Jahres';
    const start = doc.text!.indexOf(passage);
    await corpus.update(doc.path, (s, text) => addClaim(s, text, start, start + passage.length, ctx).sidecar);
    writeFileSync(doc.path, doc.text!.replace('beliefen sich allein', 'beliefen sich nicht allein'));
    corpus = await open();
    const claim = corpus.get(doc.path)!.sidecar.annotations[0]!;
    assert.strictEqual(claim.anchor, 'anchored');
    assert.strictEqual(claim.target.selector[0].exact, passage.replace('sich allein', 'sich nicht allein'));
    assert.deepStrictEqual(claim.body.tags, ['text-changed']);
  });

  it('never overwrites a sidecar it could not parse, and says where it is broken', async () => {
    const corpus0 = await open();
    const doc = corpus0.documents()[2]!;
    const broken = '{ "schemaVersion": 2,\n  "annotations": [,] }\n';
    writeFileSync(doc.path + '.annotations.json', broken);
    const corpus = await open();
    const state = corpus.get(doc.path)!;
    assert.strictEqual(state.sidecarProblem?.line, 2);
    await assert.rejects(corpus.update(doc.path, (s, text) => addClaim(s, text, 0, 5, ctx).sidecar), ReadOnlySidecarError);
    assert.strictEqual(readFileSync(doc.path + '.annotations.json', 'utf8'), broken);
  });

  it('lists a binary file without annotating it', async () => {
    writeFileSync(join(dir, 'image.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 1, 2]));
    writeFileSync(join(dir, 'latin1.txt'), Buffer.from([0x4b, 0xf6, 0x6c, 0x6e]));
    const corpus = await open();
    assert.match(corpus.get(join(dir, 'image.txt'))!.problem!, /binary/);
    assert.match(corpus.get(join(dir, 'latin1.txt'))!.problem!, /UTF-8/);
    await assert.rejects(corpus.update(join(dir, 'image.txt'), (s) => s), /not an annotatable document/);
  });

  it('handles a BOM, CRLF line ends, an empty file and a file over the size limit', async () => {
    writeFileSync(join(dir, 'bom.txt'), '\uFEFFTitel mit BOM\r\nPutin traf Kim.\r\n');
    writeFileSync(join(dir, 'empty.txt'), '');
    writeFileSync(join(dir, 'huge.txt'), Buffer.alloc(50 * 1024 * 1024, 0x61));
    const corpus = new Corpus(nodeFileSystem, silentLogger, noDetector);
    await corpus.scan({ roots: [dir], extensions: ['.txt'], maxBytes: 20 * 1024 * 1024 });
    const bom = corpus.get(join(dir, 'bom.txt'))!;
    assert.strictEqual(bom.text, 'Titel mit BOM\r\nPutin traf Kim.\r\n', 'BOM dropped as the editor does, CRLF kept');
    assert.strictEqual(bom.title, 'Titel mit BOM');
    const start = bom.text!.indexOf('Putin');
    await corpus.update(bom.path, (s, text) => addClaim(s, text, start, start + 5, ctx).sidecar);
    assert.strictEqual(corpus.get(bom.path)!.sidecar.annotations[0]!.target.selector[0].exact, 'Putin');
    assert.strictEqual(corpus.get(join(dir, 'empty.txt'))!.title, 'empty.txt');
    assert.match(corpus.get(join(dir, 'huge.txt'))!.problem!, /50\.0 MB, larger than the 20\.0 MB limit/);
  });

  it('finds links pointing at a claim from other documents', async () => {
    const corpus = await open();
    const [a, b] = corpus.documents();
    let idA = '';
    let idB = '';
    await corpus.update(a!.path, (s, t) => ((r) => ((idA = r.id), r.sidecar))(addClaim(s, t, 0, 10, ctx)));
    await corpus.update(b!.path, (s, t) => ((r) => ((idB = r.id), r.sidecar))(addClaim(s, t, 0, 10, ctx)));
    await corpus.update(b!.path, (s) => addLink(s, idB, 'contradicts', corpus.linkTarget(b!.path, a!.path, idA), ctx));
    const incoming = corpus.incomingLinks(a!.path, idA);
    assert.strictEqual(incoming.length, 1);
    assert.strictEqual(incoming[0]!.rel, 'contradicts');
    assert.strictEqual(incoming[0]!.from.annotation.id, idB);
  });

  it('undo restores the previous sidecar, but not over a change made since', async () => {
    const corpus = await open();
    const doc = corpus.documents()[3]!;
    const history = new AnnotationHistory();
    let id = '';
    const r1 = await corpus.update(doc.path, (s, t) => ((r) => ((id = r.id), r.sidecar))(addClaim(s, t, 0, 10, ctx)));
    history.record(doc.path, 'tag', r1.before, r1.after);
    const r2 = await corpus.update(doc.path, (s) => setStatus(s, id, 'refuted', ctx));
    history.record(doc.path, 'status', r2.before, r2.after);
    const entry = history.pop((p) => corpus.get(p)?.sidecar);
    assert.ok(typeof entry === 'object');
    await corpus.update(doc.path, () => entry.before);
    assert.strictEqual(corpus.get(doc.path)!.sidecar.annotations[0]!.body.status, 'unverified');
    await corpus.update(doc.path, (s) => setStatus(s, id, 'disputed', ctx));
    assert.strictEqual(history.pop((p) => corpus.get(p)?.sidecar), 'changed-since');
  });
});
