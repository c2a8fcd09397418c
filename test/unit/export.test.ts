import * as assert from 'node:assert';
import { addClaim, addLink, setClaimant, setNote } from '../../src/core/corpus/claim-edits';
import { emptySidecar } from '../../src/core/corpus/document-state';
import { exportAnnotations } from '../../src/core/export/exporter';
import type { ExportDocument } from '../../src/core/export/types';

const ctx = { now: '2026-11-23T00:00:00.000Z', author: 'tester' };
const textA = 'Nordkorea liefert Munition an Russland, sagt das "Weiße Haus".\nZweite Zeile.';
const textB = 'Moskau bestreitet Lieferungen von Munition aus Pjöngjang.';

function corpus(): ExportDocument[] {
  const a = addClaim(emptySidecar('a.txt'), textA, 0, 62, ctx);
  const b = addClaim(emptySidecar('b.txt'), textB, 0, 57, ctx);
  let sa = setClaimant(a.sidecar, a.id, 'USA', ctx);
  sa = setNote(sa, a.id, 'Quelle: "Weißes Haus", 2024\nzweite Zeile', ctx);
  const sb = addLink(b.sidecar, b.id, 'contradicts', `../other/a.txt#${a.id}`, ctx);
  return [{ path: 'other/a.txt', sidecar: sa }, { path: 'news/b.txt', sidecar: sb }];
}

describe('Export', () => {
  it('CSV has one row per claim and quotes commas, quotes and newlines', () => {
    const csv = exportAnnotations('csv', corpus(), { baseUri: 'file:///c/', now: ctx.now });
    assert.ok(csv.startsWith('\uFEFFdocument,id,text,start,end,anchor,status,claimant,note,tags,links'));
    const rows = csv.slice(1).split(/\r\n(?=(?:[^"]*"[^"]*")*[^"]*$)/).filter(Boolean);
    assert.strictEqual(rows.length, 3, 'header + 2 claims');
    assert.match(csv, /"Nordkorea liefert Munition an Russland, sagt das ""Weiße Haus""\."/);
    assert.match(csv, /contradicts other\/a\.txt#/, 'links are resolved relative to the export root');
    const [a, b] = corpus();
    const plain = exportAnnotations('csv', [a!, { ...b!, sidecar: setNote(b!.sidecar, b!.sidecar.annotations[0]!.id, 'erste Zeile\nzweite Zeile', ctx) }], { baseUri: 'file:///c/', now: ctx.now });
    assert.match(plain, /,"erste Zeile\nzweite Zeile",/, 'a note with only a line break is quoted too');
  });

  it('W3C export is one AnnotationCollection with quote and position selectors', () => {
    const doc = JSON.parse(exportAnnotations('w3c', corpus(), { baseUri: 'file:///c/', now: ctx.now }));
    assert.strictEqual(doc.type, 'AnnotationCollection');
    assert.ok(doc['@context'].includes('http://www.w3.org/ns/anno.jsonld'));
    assert.strictEqual(doc.total, 2);
    const items = doc.first.items;
    const b = items.find((i: { target: { source: { id: string } } }) => i.target.source.id === 'file:///c/news/b.txt');
    assert.deepStrictEqual(b.target.selector.map((s: { type: string }) => s.type), ['TextQuoteSelector', 'TextPositionSelector']);
    assert.strictEqual(b.target.selector[0].exact, textB);
    const link = b.body.find((x: { purpose: string }) => x.purpose === 'linking');
    assert.match(link.source, /^file:\/\/\/c\/other\/a\.txt#/);
    assert.strictEqual(link['dcterms:relation'], 'contradicts');
  });

  it('JSON bundle holds every sidecar by document path', () => {
    const doc = JSON.parse(exportAnnotations('json', corpus(), { baseUri: 'file:///c/', now: ctx.now }));
    assert.deepStrictEqual(doc.documents.map((d: { path: string }) => d.path), ['news/b.txt', 'other/a.txt']);
    assert.strictEqual(doc.documents[1].annotations[0].body.claimant, 'USA');
  });

  it('Markdown report escapes article text', () => {
    const md = exportAnnotations('markdown', corpus(), { baseUri: 'file:///c/', now: ctx.now });
    assert.match(md, /## other\/a\.txt/);
    assert.match(md, /claimant: USA/);
    assert.ok(!md.includes('\nzweite Zeile'), 'newlines inside notes do not break the list');
  });

  describe('the document as a source', () => {
    const source = { title: 'Kim empfängt Schoigu', outlet: 'OZD', source: 'AFP', published: '2024-09-14', language: 'de' as const, url: null, author: null };
    const withSource = (): ExportDocument[] => corpus().map((d) => (d.path === 'news/b.txt' ? { ...d, source } : d));

    it('CSV ends each row with the title, outlet, original source, date, language, URL and author of its document', () => {
      const csv = exportAnnotations('csv', withSource(), { baseUri: 'file:///c/', now: ctx.now });
      assert.match(csv.split('\r\n')[0]!, /,hedges,document_title,outlet,original_source,published,language,url,document_author$/);
      const b = csv.split('\r\n').find((r) => r.startsWith('news/b.txt'))!;
      assert.match(b, /,Kim empfängt Schoigu,OZD,AFP,2024-09-14,de,,$/);
      assert.match(csv.split('\r\n').find((r) => r.startsWith('other/a.txt'))!, /,,,,,,,$/, 'a document without metadata leaves them empty');
    });

    it('W3C describes the annotated text with Dublin Core terms; JSON and Markdown carry it too', () => {
      const w3c = JSON.parse(exportAnnotations('w3c', withSource(), { baseUri: 'file:///c/', now: ctx.now }));
      const b = w3c.first.items.find((i: { target: { source: { id: string } } }) => i.target.source.id === 'file:///c/news/b.txt');
      assert.deepStrictEqual(b.target.source, { id: 'file:///c/news/b.txt', type: 'Text', format: 'text/plain', language: 'de', 'dcterms:title': 'Kim empfängt Schoigu', 'dcterms:publisher': 'OZD', 'dcterms:source': 'AFP', 'dcterms:issued': '2024-09-14' });
      const json = JSON.parse(exportAnnotations('json', withSource(), { baseUri: 'file:///c/', now: ctx.now }));
      assert.deepStrictEqual(json.documents.find((d: { path: string }) => d.path === 'news/b.txt').source, source);
      assert.match(exportAnnotations('markdown', withSource(), { baseUri: 'file:///c/', now: ctx.now }), /\*Kim empfängt Schoigu\* — OZD · via AFP · 2024-09-14 · de/);
    });
  });
});
