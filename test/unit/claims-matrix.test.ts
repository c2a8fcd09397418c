import * as assert from 'node:assert/strict';
import { join } from 'node:path';
import { stringify } from 'csv-stringify/sync';
import { buildMatrix, outletGroups, type Matrix, type MatrixClaim } from '../../src/core/analysis/claims-matrix';
import type { ClaimAttribution } from '../../src/core/attribution-view';
import { addClaim, addLink, setClaimant } from '../../src/core/corpus/claim-edits';
import { emptySidecar } from '../../src/core/corpus/document-state';
import { matrixCsv, matrixMarkdown } from '../../src/core/export/matrix-formats';
import type { ExportDocument, ExportedSource } from '../../src/core/export/types';
import type { Sidecar } from '../../src/core/model/annotation';
import { readExportDocuments } from '../../src/cli/export-documents';

const ctx = { now: '2026-11-23T00:00:00.000Z', author: 'tester' };
const source = (outlet: string | null, published: string | null, title: string, original: string | null = null): ExportedSource =>
  ({ title, outlet, source: original, published, language: 'de', url: null, author: null });
const attribution = (stance: ClaimAttribution['stance'], source: string | null, hedges: string[] = []): ClaimAttribution =>
  ({ source, cue: 'sagte', mode: 'indirect', stance, hedges });

/** A document with one claim per sentence of `text` (split at '. '), its sidecar named like its path. */
function doc(path: string, text: string): { sidecar: Sidecar; ids: string[] } {
  let sidecar = emptySidecar(path.split('/').pop()!);
  const ids: string[] = [];
  let at = 0;
  for (const sentence of text.split(/(?<=\.) /)) {
    const start = text.indexOf(sentence, at);
    const added = addClaim(sidecar, text, start, start + sentence.length, ctx);
    sidecar = added.sidecar;
    ids.push(added.id);
    at = start + sentence.length;
  }
  return { sidecar, ids };
}

const cellOf = (m: Matrix, row: number, document: string): MatrixClaim[] => m.rows[row]!.cells[document] ?? [];

describe('Claims × sources matrix', () => {
  // a and b (outlet Beta) report the shipment; c (only an original source, AFP) contradicts it and carries a denial
  // nobody linked; d (no outlet) corroborates b, hedged; e has no claims. Links are recorded on one side only.
  function corpus(): ExportDocument[] {
    const a = doc('news/a.txt', 'Nordkorea lieferte 11.000 Container. Das Wetter war gut.');
    const b = doc('news/b.txt', 'Pjöngjang schickte Munition an Russland.');
    const c = doc('wire/c.txt', 'Es gab keine Lieferungen. Moskau bestreitet alles.');
    const d = doc('d.txt', 'Die Munition soll aus Nordkorea stammen.');
    let aSidecar = setClaimant(a.sidecar, a.ids[0]!, 'USA', ctx);
    aSidecar = addLink(aSidecar, a.ids[1]!, 'corroborates', 'b.txt#GONE', ctx);
    const bSidecar = addLink(b.sidecar, b.ids[0]!, 'same', `a.txt#${a.ids[0]}`, ctx);
    let cSidecar = addLink(c.sidecar, c.ids[0]!, 'contradicts', `../news/a.txt#${a.ids[0]}`, ctx);
    cSidecar = addLink(cSidecar, c.ids[0]!, 'same', `../news/b.txt#${b.ids[0]}`, ctx);
    const dSidecar = addLink(d.sidecar, d.ids[0]!, 'corroborates', `news/b.txt#${b.ids[0]}`, ctx);
    return [
      { path: 'news/a.txt', sidecar: aSidecar, source: source('Beta', '2024-06-20', 'Container | Lieferung\nzweite Zeile') },
      { path: 'news/b.txt', sidecar: bSidecar, source: source('Beta', '2024-06-18', 'Munition') },
      { path: 'wire/c.txt', sidecar: cSidecar, source: source(null, null, 'Dementi', 'AFP'), attributions: new Map([[c.ids[1]!, attribution('denies', 'Moskau')]]) },
      { path: 'd.txt', sidecar: dSidecar, attributions: new Map([[d.ids[0]!, attribution('accuses', 'Kiew', ['soll'])]]) },
      { path: 'e.txt', sidecar: emptySidecar('e.txt'), source: source('Zeta', null, 'Leer') },
    ];
  }

  it('has a column per document with claims, grouped by outlet (else original source, unknown last), by date within an outlet', () => {
    const m = buildMatrix(corpus());
    assert.deepEqual(m.columns.map((c) => [c.outlet, c.published, c.document]), [
      ['AFP', null, 'wire/c.txt'],
      ['Beta', '2024-06-18', 'news/b.txt'],
      ['Beta', '2024-06-20', 'news/a.txt'],
      [null, null, 'd.txt'],
    ]);
    assert.equal(m.columns[3]!.title, 'd.txt', 'a document that could not be read is titled by its file name');
    assert.deepEqual(outletGroups(m.columns), [{ outlet: 'AFP', span: 1 }, { outlet: 'Beta', span: 2 }, { outlet: null, span: 1 }]);
  });

  it('puts claims linked in either direction, across folders, in one row, and unlinked claims in rows of their own after it', () => {
    const m = buildMatrix(corpus());
    assert.equal(m.rows.length, 3);
    assert.deepEqual(Object.keys(m.rows[0]!.cells).sort(), ['d.txt', 'news/a.txt', 'news/b.txt', 'wire/c.txt']);
    assert.equal(m.rows[0]!.linked, true);
    assert.equal(m.rows[0]!.label, 'Es gab keine Lieferungen.', 'labelled by the claim in the leftmost column');
    assert.deepEqual(m.rows.slice(1).map((r) => [r.linked, r.label, Object.keys(r.cells)]), [
      [false, 'Moskau bestreitet alles.', ['wire/c.txt']],
      [false, 'Das Wetter war gut.', ['news/a.txt']],
    ]);
  });

  it('gives each claim its stance in the group: its own link relation, else a denial contradicts, else asserts', () => {
    const m = buildMatrix(corpus());
    const stance = (row: number, document: string): string[] => cellOf(m, row, document).map((c) => c.stance);
    assert.deepEqual(stance(0, 'wire/c.txt'), ['contradicts'], 'contradicts beats same');
    assert.deepEqual(stance(0, 'news/b.txt'), ['asserts'], 'same repeats the claim');
    assert.deepEqual(stance(0, 'news/a.txt'), ['asserts'], 'only linked to: asserts');
    assert.deepEqual(stance(0, 'd.txt'), ['corroborates']);
    assert.deepEqual(stance(1, 'wire/c.txt'), ['contradicts'], 'the detected denial');
    assert.deepEqual(stance(2, 'news/a.txt'), ['asserts'], 'a link to a claim that is gone counts for nothing');
  });

  it('names the claimant (the analyst\'s, else the cited source), marks hedges and keeps the passage to open', () => {
    const m = buildMatrix(corpus());
    const [a] = cellOf(m, 0, 'news/a.txt');
    assert.deepEqual([a!.claimant, a!.hedged, a!.start, a!.end, a!.text, a!.status], ['USA', false, 0, 36, 'Nordkorea lieferte 11.000 Container.', 'unverified']);
    const [d] = cellOf(m, 0, 'd.txt');
    assert.deepEqual([d!.claimant, d!.hedged, d!.hedges], ['Kiew', true, ['soll']]);
    assert.equal(cellOf(m, 0, 'news/b.txt')[0]!.claimant, null);
  });

  it('orders rows by how many documents they cover, linked before unlinked, and a cell\'s claims by position', () => {
    const f = doc('f.txt', 'Erstens. Zweitens.');
    const docs = [...corpus(), { path: 'f.txt', sidecar: addLink(f.sidecar, f.ids[1]!, 'elaborates', `f.txt#${f.ids[0]}`, ctx) }];
    const m = buildMatrix(docs);
    assert.deepEqual(m.rows.map((r) => [r.linked, Object.keys(r.cells).length]), [[true, 4], [true, 1], [false, 1], [false, 1]]);
    assert.deepEqual(cellOf(m, 1, 'f.txt').map((x) => [x.text, x.stance]), [['Erstens.', 'asserts'], ['Zweitens.', 'elaborates']]);
  });

  it('Markdown is one pipe table whose cells no pipe, newline or markup from a document can break', () => {
    const docs = corpus();
    docs[0]!.sidecar = setClaimant(docs[0]!.sidecar, docs[0]!.sidecar.annotations[0]!.id, 'USA | <b>Weißes Haus</b>', ctx);
    const md = matrixMarkdown(buildMatrix(docs));
    const table = md.split('\n').filter((l) => l.startsWith('|'));
    assert.equal(table.length, 2 + 3, 'header, rule, three rows: no line broken by a newline');
    const unescapedPipes = (l: string): number => l.replace(/\\\|/g, '').split('|').length - 1;
    for (const l of table) assert.equal(unescapedPipes(l), 6, `five cells in ${l}`);
    assert.match(table[0]!, /Beta: Container \\\| Lieferung zweite Zeile \(2024-06-20\)/);
    assert.match(table[0]!, /unknown outlet: d\.txt/);
    assert.match(table[2]!, /asserts · USA \\\| \\<b\\>Weißes Haus\\<\/b\\>/);
    assert.match(table[2]!, /corroborates · Kiew · hedged/);
    assert.ok(!md.includes('<b>'), 'no HTML from the data');
    assert.match(matrixMarkdown(buildMatrix([])), /No claims\.\n$/, 'no empty table');
  });

  it('CSV has a header of documents and a row per group, a cell listing its claims line by line', () => {
    const csv = matrixCsv(buildMatrix(corpus()));
    assert.ok(csv.startsWith('\uFEFFclaims,AFP: Dementi,Beta: Munition (2024-06-18),'));
    const expectedRow = stringify([['Es gab keine Lieferungen.', 'contradicts', 'asserts', 'asserts · USA', 'corroborates · Kiew · hedged']], { record_delimiter: 'windows' });
    assert.ok(csv.includes(expectedRow), csv);
  });

  describe('on the seeds', function () {
    this.timeout(60_000);
    let m: Matrix;
    before(async () => {
      m = buildMatrix((await readExportDocuments(join(__dirname, '..', '..', 'seeds'), undefined)).documents);
    });

    it('shows the container figures of 000 and 003, the accusation of 002 and the denial in 003 in one row', () => {
      const row = m.rows[0]!;
      const byDoc = (prefix: string): MatrixClaim[] => Object.entries(row.cells).find(([d]) => d.startsWith(prefix))?.[1] ?? [];
      assert.deepEqual(Object.keys(row.cells).map((d) => d.slice(0, 3)).sort(), ['000', '002', '003', '004']);
      assert.match(byDoc('000')[0]!.text, /über 1000 Containern/);
      assert.deepEqual(byDoc('003').map((c) => [c.stance, c.claimant]), [['elaborates', 'US-Außenministerium'], ['contradicts', 'Russland']]);
      assert.match(byDoc('003')[0]!.text, /über 11\.000 Container/);
      assert.match(byDoc('003')[1]!.text, /bestritten/);
      assert.deepEqual(byDoc('002').map((c) => c.stance), ['asserts', 'corroborates']);
      assert.match(byDoc('002')[0]!.text, /werfen Nordkorea vor/);
      assert.deepEqual(byDoc('004').map((c) => c.stance), ['elaborates']);
    });

    it('leaves out the seed without claims and groups the columns by outlet', () => {
      assert.ok(!m.columns.some((c) => c.document.startsWith('001')));
      assert.deepEqual(m.columns.map((c) => c.outlet), ['Eulerpool News', 'Euractiv', 'Financial Times', 'OZD']);
    });
  });
});
