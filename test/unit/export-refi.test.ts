import * as assert from 'node:assert';
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { DOMParser } from 'linkedom';
import { fingerprint } from '../../src/core/anchor/fingerprint';
import { addClaim, addLink, setClaimant, setNote, setStatus } from '../../src/core/corpus/claim-edits';
import { emptySidecar } from '../../src/core/corpus/document-state';
import { exportAnnotations } from '../../src/core/export/exporter';
import { exportedPlainText } from '../../src/core/export/refi/positions';
import type { ExportDocument } from '../../src/core/export/types';
import type { Sidecar } from '../../src/core/model/annotation';
import { serializeSidecar } from '../../src/core/store/serialize';

const ROOT = join(__dirname, '..', '..');
const XSD = join(ROOT, 'test', 'fixtures', 'refi', 'Project-mrt2019.xsd');
const CORPUS = join(ROOT, 'test', 'fixtures', 'refi', 'corpus');
const CLI = join(ROOT, 'dist', 'cli.js');
const ctx = { now: '2026-12-02T10:00:00.000Z', author: 'Analystin Müller' };
const options = { baseUri: 'file:///work/corpus/', now: ctx.now };

/** The schema check: CI must have xmllint (.ci/run installs it); only SA_ALLOW_NO_XMLLINT=1 lets a machine without it skip. */
function validate(this: Mocha.Context, xml: string): void {
  if (spawnSync('xmllint', ['--version']).error) {
    if (process.env.SA_ALLOW_NO_XMLLINT === '1') this.skip();
    assert.fail('xmllint is missing: apt-get install libxml2-utils (or set SA_ALLOW_NO_XMLLINT=1 to skip the schema check)');
  }
  const dir = mkdtempSync(join(tmpdir(), 'sa-qde-'));
  try {
    writeFileSync(join(dir, 'project.qde'), xml);
    const r = spawnSync('xmllint', ['--noout', '--schema', XSD, join(dir, 'project.qde')], { encoding: 'utf8' });
    assert.strictEqual(r.status, 0, `project.qde is valid QDA-XML:\n${r.stderr}`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

// ---- a small QDA-XML reader: what a QDA program would import ----
/** The part of linkedom's DOM the reader uses (the project compiles without the DOM library). */
interface XmlElement {
  localName: string;
  children: ArrayLike<XmlElement>;
  textContent: string | null;
  getAttribute(name: string): string | null;
  getElementsByTagName(name: string): ArrayLike<XmlElement>;
}
interface ReadSelection { source: string; claim: string; text: string; codes: string[]; notes: string[]; description: string }
interface ReadProject {
  xml: string;
  selections: ReadSelection[];
  links: Array<{ name: string; direction: string; from: string; to: string }>;
  variables: Map<string, Record<string, string>>;
  sourceNotes: Map<string, string[]>;
  files: string[];
}

function readQdpx(zip: Uint8Array): ReadProject {
  const files = unzipSync(zip);
  const xml = strFromU8(files['project.qde']!);
  const doc = new DOMParser().parseFromString(xml, 'text/xml') as unknown as XmlElement;
  const all = (name: string): XmlElement[] => Array.from(doc.getElementsByTagName(name));
  const kids = (e: XmlElement, name: string): XmlElement[] => Array.from(e.children).filter((c) => c.localName === name);
  const codeNames = new Map(all('Code').map((c) => [c.getAttribute('guid')!, c.getAttribute('name')!]));
  const notes = new Map(all('Note').map((n) => [n.getAttribute('guid')!, kids(n, 'PlainTextContent')[0]?.textContent ?? '']));
  const variableNames = new Map(all('Variable').map((v) => [v.getAttribute('guid')!, v.getAttribute('name')!]));
  const claimOf = new Map<string, string>();
  const selections: ReadSelection[] = [];
  const variables = new Map<string, Record<string, string>>();
  const sourceNotes = new Map<string, string[]>();
  for (const source of all('TextSource')) {
    const name = source.getAttribute('name')!;
    const path = source.getAttribute('plainTextPath')!.replace('internal://', 'sources/');
    // Positions count code points of the source's text (UTF-8): Array.from splits a string into code points.
    const chars = Array.from(strFromU8(files[path]!));
    for (const sel of kids(source, 'PlainTextSelection')) {
      claimOf.set(sel.getAttribute('guid')!, sel.getAttribute('name')!);
      selections.push({
        source: name,
        claim: sel.getAttribute('name')!,
        text: chars.slice(Number(sel.getAttribute('startPosition')), Number(sel.getAttribute('endPosition'))).join(''),
        codes: kids(sel, 'Coding').map((c) => codeNames.get(kids(c, 'CodeRef')[0]!.getAttribute('targetGUID')!)!),
        notes: kids(sel, 'NoteRef').map((r) => notes.get(r.getAttribute('targetGUID')!)!),
        description: kids(sel, 'Description')[0]?.textContent ?? '',
      });
    }
    variables.set(name, Object.fromEntries(kids(source, 'VariableValue').map((v) => [variableNames.get(kids(v, 'VariableRef')[0]!.getAttribute('targetGUID')!)!, kids(v, 'TextValue')[0]!.textContent!])));
    sourceNotes.set(name, kids(source, 'NoteRef').map((r) => notes.get(r.getAttribute('targetGUID')!)!));
  }
  const links = all('Link').map((l) => ({ name: l.getAttribute('name')!, direction: l.getAttribute('direction')!, from: claimOf.get(l.getAttribute('originGUID')!)!, to: claimOf.get(l.getAttribute('targetGUID')!)! }));
  return { xml, selections, links, variables, sourceNotes, files: Object.keys(files).sort() };
}

// ---- the corpus: the fixture articles (umlauts, emoji and other characters outside the BMP) plus one with CR LF ----
const CRLF_TEXT = 'Kurzmeldung\r\n\r\nZeile eins der Meldung\r\nZeile zwei der Meldung 🙂.\r\n';

interface Corpus { dir: string; ids: Record<'container' | 'luege' | 'denial' | 'shipped' | 'crlf' | 'moved' | 'detached', string> }

function claimAt(sidecar: Sidecar, text: string, passage: string): { sidecar: Sidecar; id: string } {
  const start = text.indexOf(passage);
  assert.ok(start >= 0, `fixture has "${passage}"`);
  return addClaim(sidecar, text, start, start + passage.length, ctx);
}

function makeCorpus(): Corpus {
  const dir = mkdtempSync(join(tmpdir(), 'sa-refi-'));
  cpSync(CORPUS, dir, { recursive: true });
  const de = readFileSync(join(dir, 'munition.txt'), 'utf8');
  const en = readFileSync(join(dir, 'en', 'denial.txt'), 'utf8');

  let a = emptySidecar('munition.txt');
  const container = claimAt(a, de, 'Nordkorea habe über 1000 Container 📦 mit Munition an Russland geliefert');
  const luege = claimAt(container.sidecar, de, '„Das ist eine Lüge 😠“');
  a = setClaimant(luege.sidecar, container.id, 'Weißes Haus', ctx);
  a = setClaimant(a, luege.id, 'Kreml', ctx);
  a = setNote(a, container.id, 'Zahl: "über 1000" & <Container>\nzweite Zeile', ctx);
  a = setStatus(a, container.id, 'corroborated', ctx);
  a = { ...a, annotations: a.annotations.map((x) => (x.id === luege.id ? { ...x, body: { ...x.body, tags: ['Dementi', 'Zitat'] } } : x)) };

  let b = emptySidecar('denial.txt');
  const denial = claimAt(b, en, 'it has never supplied weapons to Russia 🇷🇺');
  const shipped = claimAt(denial.sidecar, en, 'more than 10,000 containers were shipped');
  const detached = claimAt(shipped.sidecar, en, 'North Korea denies arms deliveries 𝕏');
  b = setStatus(detached.sidecar, denial.id, 'disputed', ctx);
  b = addLink(b, denial.id, 'contradicts', `../munition.txt#${container.id}`, ctx);
  b = addLink(b, shipped.id, 'elaborates', `../munition.txt#${container.id}`, ctx);
  // A claim that could not be placed after an edit: kept, but with no place in the text.
  b = { ...b, annotations: b.annotations.map((x) => (x.id === detached.id ? { ...x, anchor: 'orphaned' as const } : x)) };
  a = addLink(a, luege.id, 'same', `en/denial.txt#${denial.id}`, ctx);

  // CR LF line endings, a claim across a line break, and a claim whose stored position is stale (a line was added above it).
  const crlfOld = CRLF_TEXT;
  let c = emptySidecar('crlf.txt');
  const crlf = claimAt(c, crlfOld, 'Zeile eins der Meldung\r\nZeile zwei');
  const moved = claimAt(crlf.sidecar, crlfOld, 'zwei der Meldung 🙂');
  const crlfNew = 'Eilmeldung 🔔\r\n' + crlfOld;
  c = moved.sidecar;

  const write = (path: string, text: string, sidecar: Sidecar): void => {
    writeFileSync(join(dir, path), text);
    writeFileSync(join(dir, path + '.annotations.json'), serializeSidecar({ ...sidecar, fingerprint: fingerprint(text) }));
  };
  write('munition.txt', de, a);
  write('en/denial.txt', en, b);
  write('crlf.txt', crlfNew, c);
  return { dir, ids: { container: container.id, luege: luege.id, denial: denial.id, shipped: shipped.id, crlf: crlf.id, moved: moved.id, detached: detached.id } };
}

function documentsOf(c: Corpus): ExportDocument[] {
  const doc = (path: string, source?: ExportDocument['source']): ExportDocument => {
    const text = readFileSync(join(c.dir, path), 'utf8');
    const sidecar = JSON.parse(readFileSync(join(c.dir, path + '.annotations.json'), 'utf8')) as Sidecar;
    return { path, text, sidecar, ...(source ? { source } : {}) };
  };
  return [
    doc('munition.txt', { title: 'Pjöngjang liefert Munition – Moskau bestreitet 🚀', outlet: 'Berliner Zeitung', source: 'dpa', published: '2024-06', language: 'de', url: null, author: null }),
    doc('en/denial.txt', { title: 'North Korea denies arms deliveries 𝕏', outlet: null, source: 'Reuters', published: '2024-06-14', language: 'en', url: 'https://example.org/denial', author: 'Jane Doe' }),
    doc('crlf.txt'),
  ];
}

describe('REFI-QDA export (.qdpx)', () => {
  let corpus: Corpus;
  before(() => (corpus = makeCorpus()));
  after(() => rmSync(corpus.dir, { recursive: true, force: true }));
  const exported = (): Uint8Array => exportAnnotations('refi', documentsOf(corpus), options);

  it('project.qde validates against the official QDA-XML 1.0 schema (Project-mrt2019.xsd)', function () {
    validate.call(this, readQdpx(exported()).xml);
  });

  it('holds project.qde and one sources/<guid>.txt per article, named by plainTextPath', () => {
    const project = readQdpx(exported());
    assert.strictEqual(project.files.length, 4);
    assert.ok(project.files.includes('project.qde'));
    for (const f of project.files.filter((x) => x !== 'project.qde')) assert.match(f, /^sources\/[0-9a-f]{8}-[0-9a-f]{4}-8[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}\.txt$/);
    assert.match(project.xml, /^<\?xml version="1\.0" encoding="UTF-8"\?>\n<Project xmlns="urn:QDA-XML:project:1\.0" name="corpus" origin="Source Annotator"/);
  });

  it('round trip: each selection, counted in code points of the exported text, is the claim\'s quote (umlauts, emoji, CR LF)', () => {
    const { selections } = readQdpx(exported());
    const byClaim = new Map(selections.map((s) => [s.claim, s]));
    assert.strictEqual(byClaim.get(corpus.ids.container)?.text, 'Nordkorea habe über 1000 Container 📦 mit Munition an Russland geliefert');
    assert.strictEqual(byClaim.get(corpus.ids.luege)?.text, '„Das ist eine Lüge 😠“');
    assert.strictEqual(byClaim.get(corpus.ids.denial)?.text, 'it has never supplied weapons to Russia 🇷🇺');
    assert.strictEqual(byClaim.get(corpus.ids.shipped)?.text, 'more than 10,000 containers were shipped');
    assert.strictEqual(byClaim.get(corpus.ids.crlf)?.text, 'Zeile eins der Meldung\nZeile zwei', 'CR LF is exported as LF');
    assert.strictEqual(byClaim.get(corpus.ids.moved)?.text, 'zwei der Meldung 🙂', 'a stale stored position is placed again by its quote');
    assert.strictEqual(selections.length, 6, 'the detached claim is no selection');
  });

  it('codes each claim with its status under "Claim", its claimant, its tags and the relations of its links', () => {
    const project = readQdpx(exported());
    const codes = (id: string): string[] => project.selections.find((s) => s.claim === id)!.codes.sort();
    assert.deepStrictEqual(codes(corpus.ids.container), ['Weißes Haus', 'contradicts', 'corroborated', 'elaborates']);
    assert.deepStrictEqual(codes(corpus.ids.luege), ['Dementi', 'Kreml', 'Zitat', 'same', 'unverified']);
    assert.deepStrictEqual(codes(corpus.ids.denial), ['contradicts', 'disputed', 'same']);
    assert.match(project.xml, /<Code guid="[^"]+" name="Claim" isCodable="false">[\s\S]*?name="unverified"[\s\S]*?name="corroborated"[\s\S]*?name="disputed"[\s\S]*?name="refuted"/);
  });

  it('keeps notes as Notes referenced from the selection, and claim links as Links named by their relation', () => {
    const project = readQdpx(exported());
    const container = project.selections.find((s) => s.claim === corpus.ids.container)!;
    assert.deepStrictEqual(container.notes, ['Zahl: "über 1000" & <Container>\nzweite Zeile']);
    assert.match(container.description, /^Claimant: Weißes Haus\nNote: Zahl/);
    const links = project.links.map((l) => `${l.from} ${l.name} ${l.direction} ${l.to}`).sort();
    assert.deepStrictEqual(links, [
      `${corpus.ids.denial} contradicts Bidirectional ${corpus.ids.container}`,
      `${corpus.ids.luege} same Bidirectional ${corpus.ids.denial}`,
      `${corpus.ids.shipped} elaborates OneWay ${corpus.ids.container}`,
    ].sort());
  });

  it('keeps a detached claim as a note on its source, and the article as a source as variables', () => {
    const project = readQdpx(exported());
    const [note] = project.sourceNotes.get('en/denial.txt')!;
    assert.match(note!, /^“North Korea denies arms deliveries 𝕏”\nStatus: unverified/);
    assert.deepStrictEqual(project.variables.get('en/denial.txt'), { Title: 'North Korea denies arms deliveries 𝕏', 'Original source': 'Reuters', Published: '2024-06-14', Language: 'en', Author: 'Jane Doe', URL: 'https://example.org/denial' });
    assert.deepStrictEqual(project.variables.get('munition.txt'), { Title: 'Pjöngjang liefert Munition – Moskau bestreitet 🚀', Outlet: 'Berliner Zeitung', 'Original source': 'dpa', Published: '2024-06', Language: 'de' });
    assert.deepStrictEqual(project.variables.get('crlf.txt'), {}, 'no metadata, no values');
  });

  it('is the same file byte for byte when nothing changed (GUIDs derive from paths and ids)', () => {
    assert.deepStrictEqual(exported(), exported());
  });

  it('maps UTF-16 offsets to code points, dropping the CR of CR LF', () => {
    const { plain, position } = exportedPlainText('a😀b\r\nc\rd');
    assert.strictEqual(plain, 'a😀b\nc\nd');
    assert.deepStrictEqual([0, 1, 3, 4, 5, 6, 7, 8, 9].map(position), [0, 1, 2, 3, 3, 4, 5, 6, 7]);
  });

  it('an empty corpus is a valid project too', function () {
    validate.call(this, readQdpx(exportAnnotations('refi', [], options)).xml);
  });

  describe('CLI (dist/cli.js)', function () {
    this.timeout(60_000);
    const cli = (args: string[]) => spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8' });
    before(() => assert.ok(existsSync(CLI), 'dist/cli.js exists: run `npm run build` first'));

    it('export --format refi --out writes a .qdpx that validates, with each article\'s detected source as variables', function () {
      const out = join(corpus.dir, 'corpus.qdpx');
      const r = cli(['export', corpus.dir, '--format', 'refi', '--out', out]);
      assert.strictEqual(r.status, 0, r.stderr);
      assert.match(r.stderr, /Exported 7 claim\(s\) from 3 document\(s\)/);
      const project = readQdpx(readFileSync(out));
      validate.call(this, project.xml);
      assert.strictEqual(project.selections.find((s) => s.claim === corpus.ids.luege)?.text, '„Das ist eine Lüge 😠“');
      assert.strictEqual(project.variables.get('munition.txt')?.Language, 'de');
    });

    it('refuses --format refi without --out (a zip on stdout is of no use): usage error, exit 2', () => {
      const r = cli(['export', corpus.dir, '--format', 'refi']);
      assert.strictEqual(r.status, 2);
      assert.match(r.stderr, /--out/);
      assert.strictEqual(r.stdout, '');
    });
  });
});
