import * as assert from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readExportDocuments } from '../../src/cli/export-documents';
import { buildClaimGraph, claimNodeId, type ClaimGraph, type ClaimNode, type GraphEdge } from '../../src/core/analysis/claim-graph';
import type { ClaimAttribution } from '../../src/core/attribution-view';
import { addClaim, addLink, setClaimant } from '../../src/core/corpus/claim-edits';
import { emptySidecar } from '../../src/core/corpus/document-state';
import type { ExportDocument } from '../../src/core/export/types';
import type { Sidecar } from '../../src/core/model/annotation';
import type { LinkRelation } from '../../src/core/model/vocabulary';

const ROOT = join(__dirname, '..', '..');
const ctx = { now: '2026-11-23T00:00:00.000Z', author: 'tester' };
const textA = 'Nordkorea liefert Munition an Russland, sagt das Weiße Haus.';
const textB = 'Moskau bestreitet Lieferungen. Kiew meldet Trümmer nordkoreanischer Raketen. Seoul spricht von Containern. Die Zahl soll steigen.';

/** Claims over the given ranges of a text, with their ids in order. */
function claims(name: string, text: string, ranges: Array<[number, number]>): { sidecar: Sidecar; ids: string[] } {
  let sidecar = emptySidecar(name);
  const ids: string[] = [];
  for (const [start, end] of ranges) {
    const added = addClaim(sidecar, text, start, end, ctx);
    sidecar = added.sidecar;
    ids.push(added.id);
  }
  return { sidecar, ids };
}

const linkEdges = (g: ClaimGraph): GraphEdge[] => g.edges.filter((e) => e.kind !== 'in' && e.kind !== 'claims');
const edgesOf = (g: ClaimGraph, kind: GraphEdge['kind']): GraphEdge[] => g.edges.filter((e) => e.kind === kind);

describe('Claims graph model', () => {
  // Article A (other/a.txt) has one claim; article B (news/b.txt) four, each a different relation to A's.
  function crafted(extra: (a: { sidecar: Sidecar; ids: string[] }, b: { sidecar: Sidecar; ids: string[] }) => void = () => {}): { docs: ExportDocument[]; a: string; b: string[] } {
    const a = claims('a.txt', textA, [[0, 38]]);
    const b = claims('b.txt', textB, [[0, 30], [31, 77], [78, 106], [107, 128]]);
    const relations: LinkRelation[] = ['same', 'corroborates', 'contradicts', 'elaborates'];
    relations.forEach((rel, i) => (b.sidecar = addLink(b.sidecar, b.ids[i]!, rel, `../other/a.txt#${a.ids[0]}`, ctx)));
    extra(a, b);
    return { docs: [{ path: 'other/a.txt', sidecar: a.sidecar }, { path: 'news/b.txt', sidecar: b.sidecar }], a: claimNodeId('other/a.txt', a.ids[0]!), b: b.ids.map((id) => claimNodeId('news/b.txt', id)) };
  }

  it('draws one edge per link, typed by its relation, between the claims it joins across folders', () => {
    const { docs, a, b } = crafted();
    const g = buildClaimGraph(docs);
    assert.deepStrictEqual(linkEdges(g).map((e) => [e.kind, e.source, e.target]), [
      ['same', b[0], a], ['corroborates', b[1], a], ['contradicts', b[2], a], ['elaborates', b[3], a],
    ]);
  });

  it('has a node per claim and per document with claims, and each claim is "in" its document', () => {
    const { docs, a, b } = crafted();
    const g = buildClaimGraph([...docs, { path: 'news/unannotated.txt', sidecar: emptySidecar('unannotated.txt') }]);
    assert.deepStrictEqual(g.nodes.filter((n) => n.kind === 'document').map((n) => n.id), ['document:other/a.txt', 'document:news/b.txt']);
    assert.deepStrictEqual(g.nodes.filter((n) => n.kind === 'claim').map((n) => n.id), [a, ...b]);
    const inEdges = edgesOf(g, 'in');
    assert.strictEqual(inEdges.length, 5);
    assert.ok(inEdges.every((e) => e.target === `document:${(g.nodes.find((n) => n.id === e.source) as ClaimNode).document}`));
    const first = g.nodes.find((n) => n.id === a) as ClaimNode;
    assert.deepStrictEqual([first.start, first.end, first.text, first.status, first.anchored], [0, 38, textA.slice(0, 38), 'unverified', true]);
  });

  it('a claimant is one node shared by its claims across documents', () => {
    const { docs, a, b } = crafted((x, y) => {
      x.sidecar = setClaimant(x.sidecar, x.ids[0]!, 'USA', ctx);
      y.sidecar = setClaimant(y.sidecar, y.ids[2]!, 'USA', ctx);
      y.sidecar = setClaimant(y.sidecar, y.ids[0]!, 'Russland', ctx);
    });
    const g = buildClaimGraph(docs);
    const claimants = g.nodes.filter((n) => n.kind === 'claimant');
    assert.deepStrictEqual(claimants.map((n) => [n.label, n.kind === 'claimant' && n.claims]), [['Russland', 1], ['USA', 2]]);
    assert.deepStrictEqual(edgesOf(g, 'claims').filter((e) => e.source === 'claimant:USA').map((e) => e.target), [a, b[2]]);
  });

  it('without a recorded claimant, the source the passage is attributed to is the claimant, marked as detected', () => {
    const { docs, b } = crafted((_, y) => (y.sidecar = setClaimant(y.sidecar, y.ids[0]!, 'Russland', ctx)));
    const cited = (source: string, hedges: string[] = []): ClaimAttribution => ({ source, cue: 'sagt', mode: 'direct', stance: 'asserts', hedges });
    const ids = docs[1]!.sidecar.annotations.map((x) => x.id);
    docs[1]!.attributions = new Map([[ids[0]!, cited('Kreml')], [ids[1]!, cited('Ukraine', ['soll'])], [ids[2]!, null]]);
    const g = buildClaimGraph(docs);
    const claimOf = (id: string): ClaimNode => g.nodes.find((n) => n.id === id) as ClaimNode;
    assert.strictEqual(claimOf(b[0]!).claimant, 'Russland', 'the analyst\'s claimant wins over the attribution');
    assert.strictEqual(claimOf(b[1]!).claimant, 'Ukraine');
    assert.strictEqual(claimOf(b[1]!).hedged, true, 'a hedge in the passage makes the claim hedged');
    assert.strictEqual(claimOf(b[2]!).claimant, null);
    assert.deepStrictEqual(edgesOf(g, 'claims').map((e) => [e.source, e.detected ?? false]), [['claimant:Russland', false], ['claimant:Ukraine', true]]);
    assert.ok(!g.nodes.some((n) => n.id === 'claimant:Kreml'), 'an overridden attribution makes no claimant node');
  });

  it('leaves out links to a document or claim that is not in the graph, and links of a claim to itself', () => {
    const { docs } = crafted((x, y) => {
      x.sidecar = addLink(x.sidecar, x.ids[0]!, 'same', '../news/gone.txt#01ABC', ctx);
      x.sidecar = addLink(x.sidecar, x.ids[0]!, 'contradicts', `../news/b.txt#NOSUCHCLAIM`, ctx);
      x.sidecar = addLink(x.sidecar, x.ids[0]!, 'same', `a.txt#${x.ids[0]}`, ctx);
      void y;
    });
    const g = buildClaimGraph(docs);
    assert.strictEqual(linkEdges(g).length, 4, 'only the four links between existing claims');
    const ids = new Set(g.nodes.map((n) => n.id));
    for (const e of g.edges) assert.ok(ids.has(e.source) && ids.has(e.target), `edge ${e.id} joins two nodes of the graph`);
  });

  it('a symmetric relation recorded on both claims is one edge; "elaborates" both ways stays two', () => {
    // A's claim records the reverse of each of B's four links.
    const { docs, b } = crafted((x, y) => {
      (['same', 'corroborates', 'contradicts', 'elaborates'] as const).forEach((rel, i) => (x.sidecar = addLink(x.sidecar, x.ids[0]!, rel, `../news/b.txt#${y.ids[i]}`, ctx)));
    });
    const g = buildClaimGraph(docs);
    assert.deepStrictEqual(linkEdges(g).map((e) => e.kind).sort(), ['contradicts', 'corroborates', 'elaborates', 'elaborates', 'same']);
    assert.strictEqual(new Set(g.edges.map((e) => e.id)).size, g.edges.length, 'edge ids are unique');
    assert.ok(linkEdges(g).some((e) => e.kind === 'elaborates' && e.source === b[3]), 'B elaborates A');
    assert.ok(linkEdges(g).some((e) => e.kind === 'elaborates' && e.target === b[3]), 'and A elaborates B');
  });

  it('on the seeds: every analyst link between claims is an edge, and USA is one claimant of claims in two documents', async () => {
    const { documents } = await readExportDocuments(join(ROOT, 'seeds'), undefined);
    const g = buildClaimGraph(documents);
    const recorded = documents.flatMap((d) => d.sidecar.annotations.flatMap((x) => x.links.map((l) => l.rel))).sort();
    assert.ok(recorded.length >= 5, `the seeds have links: ${recorded.join(', ')}`);
    assert.deepStrictEqual(linkEdges(g).map((e) => e.kind).sort(), recorded, 'one edge per recorded link');
    assert.ok(linkEdges(g).some((e) => e.kind === 'contradicts'), 'a contradiction among the seeds');
    assert.strictEqual(g.nodes.filter((n) => n.kind === 'document').length, documents.length);
    const usa = g.nodes.find((n) => n.id === 'claimant:USA');
    assert.ok(usa && usa.kind === 'claimant' && usa.claims === 2, 'USA claims two things');
    const usaDocs = new Set(edgesOf(g, 'claims').filter((e) => e.source === 'claimant:USA').map((e) => (g.nodes.find((n) => n.id === e.target) as ClaimNode).document));
    assert.strictEqual(usaDocs.size, 2, 'in two documents');
    for (const c of g.nodes.filter((n): n is ClaimNode => n.kind === 'claim')) {
      const text = readFileSync(join(ROOT, 'seeds', c.document), 'utf8');
      assert.strictEqual(text.slice(c.start, c.end), c.text, `${c.id} points at its passage`);
    }
  });
});
