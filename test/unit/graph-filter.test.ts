import * as assert from 'node:assert';
import { buildClaimGraph, claimNodeId, type ClaimGraph } from '../../src/core/analysis/claim-graph';
import { addClaim, addLink, setClaimant } from '../../src/core/corpus/claim-edits';
import { emptySidecar } from '../../src/core/corpus/document-state';
import type { Sidecar } from '../../src/core/model/annotation';
import { DEFAULT_FILTER, listedNodes, visibleElements } from '../../src/webview/lib/graph-filter';

const ctx = { now: '2026-11-23T00:00:00.000Z', author: 'tester' };
const text = 'Pjöngjang liefert Granaten. Moskau bestreitet das. Kiew zeigt Trümmer. Seoul zählt Container.';

function claim(s: Sidecar, start: number, end: number, claimant: string): { sidecar: Sidecar; id: string } {
  const added = addClaim(s, text, start, end, ctx);
  return { sidecar: setClaimant(added.sidecar, added.id, claimant, ctx), id: added.id };
}

/**
 * a.txt: USA "Pjöngjang liefert Granaten" and Südkorea "Seoul zählt Container"; b.txt: Russland contradicts the USA
 * claim, Ukraine corroborates it; Südkorea's claim is linked to nothing.
 */
function graph(): { g: ClaimGraph; usa: string; russia: string; ukraine: string; korea: string } {
  const usa = claim(emptySidecar('a.txt'), 0, 27, 'USA');
  const korea = claim(usa.sidecar, 71, 93, 'Südkorea');
  const russia = claim(emptySidecar('b.txt'), 28, 50, 'Russland');
  const ukraine = claim(russia.sidecar, 51, 70, 'Ukraine');
  let b = addLink(ukraine.sidecar, russia.id, 'contradicts', `a.txt#${usa.id}`, ctx);
  b = addLink(b, ukraine.id, 'corroborates', `a.txt#${usa.id}`, ctx);
  const g = buildClaimGraph([{ path: 'a.txt', sidecar: korea.sidecar }, { path: 'b.txt', sidecar: b }]);
  return { g, usa: claimNodeId('a.txt', usa.id), russia: claimNodeId('b.txt', russia.id), ukraine: claimNodeId('b.txt', ukraine.id), korea: claimNodeId('a.txt', korea.id) };
}

describe('Claims graph filters (webview)', () => {
  it('shows everything by default', () => {
    const { g } = graph();
    const v = visibleElements(g, DEFAULT_FILTER);
    assert.strictEqual(v.nodes.size, g.nodes.length);
    assert.strictEqual(v.edges.size, g.edges.length);
  });

  it('an unticked relation hides its links, not the claims they join', () => {
    const { g, russia } = graph();
    const v = visibleElements(g, { ...DEFAULT_FILTER, relations: ['same', 'corroborates', 'elaborates'] });
    assert.ok(!g.edges.some((e) => e.kind === 'contradicts' && v.edges.has(e.id)));
    assert.ok(g.edges.some((e) => e.kind === 'corroborates' && v.edges.has(e.id)));
    assert.ok(v.nodes.has(russia));
  });

  it('an actor shows its claims, the claims linked to them, and their documents and claimants', () => {
    const { g, usa, russia, ukraine, korea } = graph();
    const v = visibleElements(g, { ...DEFAULT_FILTER, actor: 'claimant:Russland' });
    assert.deepStrictEqual([...v.nodes].filter((id) => id.startsWith('claim:')).sort(), [usa, russia].sort(), 'Russland\'s claim and the one it contradicts');
    assert.ok(!v.nodes.has(ukraine) && !v.nodes.has(korea));
    assert.ok(v.nodes.has('claimant:USA') && v.nodes.has('claimant:Russland') && !v.nodes.has('claimant:Ukraine'));
    assert.ok(v.nodes.has('document:a.txt') && v.nodes.has('document:b.txt'));
    for (const id of v.edges) {
      const e = g.edges.find((x) => x.id === id)!;
      assert.ok(v.nodes.has(e.source) && v.nodes.has(e.target), `edge ${id} joins shown nodes`);
    }
    const withoutContradicts = visibleElements(g, { ...DEFAULT_FILTER, actor: 'claimant:Russland', relations: ['same', 'corroborates', 'elaborates'] });
    assert.ok(!withoutContradicts.nodes.has(usa), 'the neighbourhood follows only the shown relations');
  });

  it('document and claimant nodes can be hidden; the chosen actor stays', () => {
    const { g } = graph();
    const v = visibleElements(g, { ...DEFAULT_FILTER, documents: false, claimants: false });
    assert.ok(![...v.nodes].some((id) => !id.startsWith('claim:')));
    assert.ok(![...v.edges].some((id) => id.startsWith('in:') || id.startsWith('claims:')));
    const focused = visibleElements(g, { ...DEFAULT_FILTER, claimants: false, actor: 'claimant:USA' });
    assert.deepStrictEqual([...focused.nodes].filter((id) => id.startsWith('claimant:')), ['claimant:USA']);
  });

  it('the keyboard list puts each document before its claims, then the claimants', () => {
    const { g, usa, korea, russia, ukraine } = graph();
    const listed = listedNodes(g, visibleElements(g, DEFAULT_FILTER)).map((n) => n.id);
    assert.deepStrictEqual(listed, ['document:a.txt', usa, korea, 'document:b.txt', russia, ukraine, 'claimant:Russland', 'claimant:Südkorea', 'claimant:Ukraine', 'claimant:USA']);
    const noDocuments = listedNodes(g, visibleElements(g, { ...DEFAULT_FILTER, documents: false, claimants: false })).map((n) => n.id);
    assert.deepStrictEqual(noDocuments, [usa, korea, russia, ukraine]);
  });
});
