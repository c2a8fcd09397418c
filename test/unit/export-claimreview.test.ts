import * as assert from 'node:assert';
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { fingerprint } from '../../src/core/anchor/fingerprint';
import { addClaim, addLink, setClaimant, setNote, setStatus } from '../../src/core/corpus/claim-edits';
import { emptySidecar } from '../../src/core/corpus/document-state';
import { exportAnnotations } from '../../src/core/export/exporter';
import type { ExportDocument } from '../../src/core/export/types';
import type { Sidecar } from '../../src/core/model/annotation';
import { serializeSidecar } from '../../src/core/store/serialize';

const ROOT = join(__dirname, '..', '..');
const CLI = join(ROOT, 'dist', 'cli.js');
const ctx = { now: '2026-12-02T10:00:00.000Z', author: 'Analystin Müller' };

interface Node { '@type'?: string; '@id'?: string; type?: string; [key: string]: unknown }
interface Review extends Node {
  claimReviewed: string;
  itemReviewed: { '@type': string; '@id': string; author?: { '@type': string; name: string }; appearance: Record<string, unknown> };
  reviewRating: { '@type': string; alternateName: string };
  author: { '@type': string; name: string };
  datePublished: string;
  reviewBody?: string;
}
interface LinkAnnotation { motivation: string; target: string; body: { type: string; purpose: string; source: string; 'dcterms:relation': string } }

describe('ClaimReview export (schema.org JSON-LD)', () => {
  let dir: string;
  let ids: Record<'container' | 'luege' | 'denial', string>;
  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'sa-claimreview-'));
    cpSync(join(ROOT, 'test', 'fixtures', 'refi', 'corpus'), dir, { recursive: true });
    const de = readFileSync(join(dir, 'munition.txt'), 'utf8');
    const en = readFileSync(join(dir, 'en', 'denial.txt'), 'utf8');
    const at = (s: Sidecar, text: string, passage: string) => addClaim(s, text, text.indexOf(passage), text.indexOf(passage) + passage.length, ctx);
    const container = at(emptySidecar('munition.txt'), de, 'Nordkorea habe über 1000 Container 📦 mit Munition an Russland geliefert');
    const luege = at(container.sidecar, de, '„Das ist eine Lüge 😠“');
    let a = setClaimant(luege.sidecar, container.id, 'USA', ctx);
    a = setClaimant(a, luege.id, 'Wladimir Putin', ctx);
    a = setNote(setStatus(a, container.id, 'corroborated', ctx), container.id, 'über 1000 Container', ctx);
    const denial = at(emptySidecar('denial.txt'), en, 'it has never supplied weapons to Russia 🇷🇺');
    const b = addLink(setStatus(denial.sidecar, denial.id, 'disputed', ctx), denial.id, 'contradicts', `../munition.txt#${container.id}`, ctx);
    writeFileSync(join(dir, 'munition.txt.annotations.json'), serializeSidecar({ ...a, fingerprint: fingerprint(de) }));
    writeFileSync(join(dir, 'en', 'denial.txt.annotations.json'), serializeSidecar({ ...b, fingerprint: fingerprint(en) }));
    ids = { container: container.id, luege: luege.id, denial: denial.id };
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  const documents = (): ExportDocument[] => [
    {
      path: 'munition.txt', sidecar: JSON.parse(readFileSync(join(dir, 'munition.txt.annotations.json'), 'utf8')),
      source: { title: 'Pjöngjang liefert Munition', outlet: 'Berliner Zeitung', source: 'dpa', published: '2024-06', language: 'de', url: 'https://example.org/munition', author: null },
    },
    { path: 'en/denial.txt', sidecar: JSON.parse(readFileSync(join(dir, 'en', 'denial.txt.annotations.json'), 'utf8')) },
  ];
  const graph = (out: string): Node[] => {
    const doc = JSON.parse(out) as { '@context': string; '@graph': Node[] };
    assert.strictEqual(doc['@context'], 'https://schema.org');
    return doc['@graph'];
  };
  const reviewsOf = (nodes: Node[]): Review[] => nodes.filter((n) => n['@type'] === 'ClaimReview') as Review[];

  it('has one ClaimReview per claim: the quote, the claim with its claimant and the article it appears in, the status as rating', () => {
    const nodes = graph(exportAnnotations('claimreview', documents(), { baseUri: 'file:///c/', now: ctx.now, claimantKind: (n) => (n === 'Wladimir Putin' ? 'person' : undefined) }));
    const reviews = reviewsOf(nodes);
    assert.strictEqual(reviews.length, 3);
    const r = reviews.find((x) => x.itemReviewed['@id'] === `file:///c/munition.txt#${ids.container}`)!;
    assert.strictEqual(r['@id'], `file:///c/munition.txt#${ids.container}/review`);
    assert.strictEqual(r.claimReviewed, 'Nordkorea habe über 1000 Container 📦 mit Munition an Russland geliefert');
    assert.deepStrictEqual(r.itemReviewed.author, { '@type': 'Organization', name: 'USA' });
    assert.deepStrictEqual(r.itemReviewed.appearance, {
      '@type': 'CreativeWork', '@id': 'file:///c/munition.txt', url: 'https://example.org/munition', name: 'Pjöngjang liefert Munition', inLanguage: 'de',
      publisher: { '@type': 'Organization', name: 'Berliner Zeitung' }, datePublished: '2024-06', isBasedOn: { '@type': 'CreativeWork', name: 'dpa' },
    });
    assert.deepStrictEqual(r.reviewRating, { '@type': 'Rating', alternateName: 'corroborated' });
    assert.deepStrictEqual(r.author, { '@type': 'Person', name: 'Analystin Müller' });
    assert.strictEqual(r.datePublished, ctx.now, 'the claim\'s last change');
    assert.strictEqual(r.reviewBody, 'über 1000 Container');
    const putin = reviews.find((x) => x.itemReviewed['@id'].endsWith(ids.luege))!;
    assert.deepStrictEqual(putin.itemReviewed.author, { '@type': 'Person', name: 'Wladimir Putin' }, 'the registry says who is a person');
    const denial = reviews.find((x) => x.itemReviewed['@id'].endsWith(ids.denial))!;
    assert.strictEqual(denial.itemReviewed.author, undefined, 'no claimant, no author');
    assert.deepStrictEqual(denial.itemReviewed.appearance, { '@type': 'CreativeWork', '@id': 'file:///c/en/denial.txt', url: 'file:///c/en/denial.txt' }, 'an article without metadata is its file');
  });

  it('carries links between claims as W3C linking annotations in the same graph, between the claims\' ids', () => {
    const nodes = graph(exportAnnotations('claimreview', documents(), { baseUri: 'file:///c/', now: ctx.now }));
    const collection = nodes.find((n) => n.type === 'AnnotationCollection')!;
    assert.ok((collection['@context'] as unknown[]).includes('http://www.w3.org/ns/anno.jsonld'));
    const items = (collection.first as { items: LinkAnnotation[] }).items;
    assert.strictEqual(items.length, 1);
    const [link] = items;
    assert.strictEqual(link!.motivation, 'linking');
    assert.strictEqual(link!.target, `file:///c/en/denial.txt#${ids.denial}`);
    assert.deepStrictEqual(link!.body, { type: 'SpecificResource', purpose: 'linking', source: `file:///c/munition.txt#${ids.container}`, 'dcterms:relation': 'contradicts' });
    const claims = new Set(reviewsOf(nodes).map((r) => r.itemReviewed['@id']));
    assert.ok(claims.has(link!.target) && claims.has(link!.body.source), 'both ends are claims of the graph');
  });

  it('CLI: export --format claimreview prints the graph, with the registry\'s person/organisation and detected metadata', function () {
    this.timeout(60_000);
    assert.ok(existsSync(CLI), 'dist/cli.js exists: run `npm run build` first');
    const r = spawnSync(process.execPath, [CLI, 'export', dir, '--format', 'claimreview'], { encoding: 'utf8' });
    assert.strictEqual(r.status, 0, r.stderr);
    const reviews = reviewsOf(graph(r.stdout));
    assert.strictEqual(reviews.length, 3);
    const base = pathToFileURL(dir + '/').href;
    const putin = reviews.find((x) => x.itemReviewed['@id'] === `${base}munition.txt#${ids.luege}`)!;
    assert.deepStrictEqual(putin.itemReviewed.author, { '@type': 'Person', name: 'Wladimir Putin' });
    assert.strictEqual(putin.itemReviewed.appearance.inLanguage, 'de');
    assert.strictEqual(putin.reviewRating.alternateName, 'unverified');
    const out = join(dir, 'claims.jsonld');
    const w = spawnSync(process.execPath, [CLI, 'export', dir, '--format', 'claimreview', '--out', out], { encoding: 'utf8' });
    assert.strictEqual(w.status, 0, w.stderr);
    assert.strictEqual(reviewsOf(graph(readFileSync(out, 'utf8'))).length, 3);
  });
});
