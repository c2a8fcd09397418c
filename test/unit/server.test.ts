import * as assert from 'node:assert/strict';
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  createProtocolConnection,
  DefinitionRequest,
  DidChangeTextDocumentNotification,
  DidOpenTextDocumentNotification,
  DocumentHighlightRequest,
  DocumentSymbolRequest,
  ExitNotification,
  HoverRequest,
  InitializedNotification,
  InitializeRequest,
  LogMessageNotification,
  type LogMessageParams,
  PublishDiagnosticsNotification,
  ReferencesRequest,
  ShutdownRequest,
  ShowMessageRequest,
  type ShowMessageRequestParams,
  CodeLensRequest,
  CodeActionRequest,
  DidChangeConfigurationNotification,
  DidChangeWatchedFilesNotification,
  DidSaveTextDocumentNotification,
  FileChangeType,
  WorkspaceSymbolRequest,
  type CodeAction,
  type DocumentSymbol,
  type Hover,
  type Location,
  type MarkupContent,
  type ProtocolConnection,
  type PublishDiagnosticsParams,
  type WorkspaceSymbol,
} from 'vscode-languageserver-protocol/node';
import { StreamMessageReader, StreamMessageWriter } from 'vscode-languageserver-protocol/node';
import { emptyRegistry, serializeRegistry } from '../../src/core/registry-edits';
import { MAX_ACTORS, MAX_FIGURES, MAX_MENTIONS } from '../../src/server/features/symbols';
import { ClaimsRequest, CorpusChangedNotification, DocumentsRequest, EditClaimRequest, EditRegistryRequest, EntitiesRequest, ExportRequest, SuggestionsRequest, UndoRequest, type CorpusDocument } from '../../src/protocol/protocol';

const ROOT = join(__dirname, '..', '..');
const SERVER = join(ROOT, 'dist', 'server.js');
const A000 = '000_41ba3a301a52d707.txt';
const A003 = '003_b00be4cc04626c15.txt';

async function until<T>(what: string, probe: () => Promise<T | undefined | false>, timeoutMs = 30_000): Promise<T> {
  const end = Date.now() + timeoutMs;
  for (;;) {
    const v = await probe();
    if (v !== undefined && v !== false) return v;
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** Line/character of the first occurrence of `needle` (plus `delta` characters) in `text`. */
function positionOf(text: string, needle: string, delta = 1): { line: number; character: number } {
  const offset = text.indexOf(needle);
  assert.ok(offset >= 0, `"${needle}" occurs`);
  const before = text.slice(0, offset + delta).split('\n');
  return { line: before.length - 1, character: before[before.length - 1]!.length };
}

describe('language server (dist/server.js over stdio, a real LSP connection)', function () {
  this.timeout(90_000);
  let dir = '';
  let server: ChildProcess;
  let conn: ProtocolConnection;
  const diagnostics = new Map<string, PublishDiagnosticsParams>();
  const messages: string[] = [];
  const corpusChanges: Array<{ list?: boolean; revision: number }> = [];
  const uri = (name: string): string => pathToFileURL(join(dir, 'seeds', name)).toString();
  const text = (name: string): string => readFileSync(join(dir, 'seeds', name), 'utf8');

  before(async () => {
    assert.ok(existsSync(SERVER), 'dist/server.js exists: run `npm run build` first');
    dir = mkdtempSync(join(tmpdir(), 'sa-server-'));
    cpSync(join(ROOT, 'seeds'), join(dir, 'seeds'), { recursive: true });
    // A hand-broken sidecar: the server must report it at its line and column and never touch it.
    writeFileSync(join(dir, 'seeds', '001_06a44ca30d8e1d01.txt.annotations.json'), '{\n  "schemaVersion": 2,\n  "annotations": [ oops ]\n}\n');
    // Its persisted index goes to a temporary cache folder, not the user's.
    server = spawn(process.execPath, [SERVER, '--stdio'], { stdio: ['pipe', 'pipe', 'inherit'], env: { ...process.env, XDG_CACHE_HOME: join(dir, 'cache') } });
    conn = createProtocolConnection(new StreamMessageReader(server.stdout!), new StreamMessageWriter(server.stdin!));
    conn.onNotification(PublishDiagnosticsNotification.type, (p: PublishDiagnosticsParams) => void diagnostics.set(p.uri, p));
    conn.onRequest(ShowMessageRequest.type, (p: ShowMessageRequestParams) => void messages.push(p.message));
    conn.onNotification(CorpusChangedNotification, (p) => void corpusChanges.push(p));
    conn.listen();
    const init = await conn.sendRequest(InitializeRequest.type, {
      processId: process.pid,
      rootUri: pathToFileURL(dir).toString(),
      workspaceFolders: [{ uri: pathToFileURL(dir).toString(), name: 'ws' }],
      capabilities: {},
    });
    assert.equal(init.capabilities.referencesProvider, true);
    await conn.sendNotification(InitializedNotification.type, {});
    // Indexed (counts known for every article) and the discovery model loaded (a suggestion-free seed still counts).
    await until('the corpus indexed', async () => {
      const { scanned, documents } = await conn.sendRequest(DocumentsRequest, {});
      return scanned && documents.length === 5 && documents.every((d) => d.figures !== undefined) ? documents : undefined;
    });
  });

  after(async () => {
    if (conn) {
      await conn.sendRequest(ShutdownRequest.type).catch(() => undefined);
      await conn.sendNotification(ExitNotification.type).catch(() => undefined);
      conn.dispose();
    }
    server?.kill();
    rmSync(dir, { recursive: true, force: true });
  });

  it('lists the corpus with titles and counts for the Documents view', async () => {
    const docs: CorpusDocument[] = (await conn.sendRequest(DocumentsRequest, {})).documents;
    const d000 = docs.find((d) => d.uri === uri(A000))!;
    assert.equal(d000.title, text(A000).split('\n')[0]!.trim().slice(0, d000.title.length));
    assert.ok(d000.figures! > 0 && d000.actors! > 0);
    assert.equal(d000.claims, 1);
    // What an article does not have is left out of its row, not sent as null (10,000 rows cross often).
    for (const d of docs) assert.deepEqual(Object.entries(d).filter(([, v]) => v === null || v === false), [], `${d.uri}: no nulls`);
    assert.equal(d000.sidecarProblem, undefined);
    const filtered = await conn.sendRequest(DocumentsRequest, { filter: '003_' });
    assert.deepEqual(filtered.documents.map((d) => d.uri), [uri(A003)]);
    // After a notification that names articles, a client asks for those only; one that is gone is left out.
    const named = await conn.sendRequest(DocumentsRequest, { uris: [uri(A003), uri(A000), uri('gone.txt')] });
    assert.deepEqual(named.documents.map((d) => d.uri), [uri(A003), uri(A000)]);
    assert.equal(named.documents[1]!.claims, d000.claims);
    // Page by page, the same list.
    const pages: string[] = [];
    for (let from = 0; ; from += 2) {
      const page = await conn.sendRequest(DocumentsRequest, { from, limit: 2 });
      assert.equal(page.total, docs.length);
      assert.ok(page.documents.length <= 2);
      if (page.documents.length === 0) break;
      pages.push(...page.documents.map((d) => d.uri));
    }
    assert.deepEqual(pages, docs.map((d) => d.uri));
    // Rows changed since the start (each was read and indexed), page by page from each page's revision: each once.
    const changed: string[] = [];
    for (let since = 0; ; ) {
      const page = await conn.sendRequest(DocumentsRequest, { since, limit: 2 });
      assert.ok(page.documents.length <= 2 && page.revision >= since);
      changed.push(...page.documents.map((d) => d.uri));
      if (page.documents.length < 2) break;
      since = page.revision;
    }
    assert.deepEqual([...changed].sort(), docs.map((d) => d.uri).sort());
  });

  it('hover on a figure gives its normalised value, on an actor its canonical name', async () => {
    const t = text(A000);
    await conn.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri: uri(A000), languageId: 'plaintext', version: 1, text: t } });
    const figure = (await conn.sendRequest(HoverRequest.type, { textDocument: { uri: uri(A000) }, position: positionOf(t, '1,4 Milliarden') })) as Hover;
    assert.match((figure.contents as MarkupContent).value, /1,400,000,000 USD/);
    const actor = (await conn.sendRequest(HoverRequest.type, { textDocument: { uri: uri(A000) }, position: positionOf(t, 'Putin') })) as Hover;
    assert.match((actor.contents as MarkupContent).value, /Wladimir Putin/);
  });

  it('Find All References on "Putin" lists his mentions across the corpus', async () => {
    const t = text(A000);
    const refs = (await conn.sendRequest(ReferencesRequest.type, { textDocument: { uri: uri(A000) }, position: positionOf(t, 'Putin'), context: { includeDeclaration: true } })) as Location[];
    const docs = new Set(refs.map((r) => r.uri));
    assert.ok(docs.size >= 3, `mentions in ${docs.size} documents`);
    for (const r of refs) {
      const lines = readFileSync(new URL(r.uri), 'utf8').split('\n');
      const surface = lines[r.range.start.line]!.slice(r.range.start.character, r.range.end.character);
      assert.match(surface, /Putin|Wladimir/, `a reference points at "${surface}"`);
    }
  });

  it('document highlights mark every mention of the actor in the article', async () => {
    const t = text(A000);
    const hs = await conn.sendRequest(DocumentHighlightRequest.type, { textDocument: { uri: uri(A000) }, position: positionOf(t, 'Nordkorea') });
    assert.ok(hs && hs.length >= t.split('Nordkorea').length - 1, `${hs?.length} highlights`);
  });

  it('Go to Definition on a claim goes to the claims it links to; on an actor to its first mention', async () => {
    const sidecar = JSON.parse(readFileSync(join(dir, 'seeds', `${A003}.annotations.json`), 'utf8'));
    const linked = sidecar.annotations.find((a: { links: unknown[] }) => a.links.length > 0);
    assert.ok(linked, 'a seed claim with a link');
    const t = text(A003);
    await conn.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri: uri(A003), languageId: 'plaintext', version: 1, text: t } });
    const at = positionOf(t, linked.target.selector[0].exact, 2);
    const defs = (await conn.sendRequest(DefinitionRequest.type, { textDocument: { uri: uri(A003) }, position: at })) as Location[];
    assert.ok(defs.length >= 1);
    assert.notEqual(defs[0]!.uri, uri(A003), 'the target is in another document');
    const actorDef = (await conn.sendRequest(DefinitionRequest.type, { textDocument: { uri: uri(A000) }, position: positionOf(text(A000), 'Putin') })) as Location[];
    assert.equal(actorDef.length, 1);
  });

  it('code lens on each claim says how it is linked and its status', async () => {
    const lenses = await conn.sendRequest(CodeLensRequest.type, { textDocument: { uri: uri(A003) } });
    assert.ok(lenses && lenses.length >= 1);
    assert.ok(lenses.some((l) => /linked to \d+ claims? in \d+ documents? · \w+/.test(l.command?.title ?? '')), lenses.map((l) => l.command?.title).join(' | '));
  });

  it('the Outline lists claims, actors and figures; Go to Symbol in Workspace finds actors', async () => {
    const symbols = (await conn.sendRequest(DocumentSymbolRequest.type, { textDocument: { uri: uri(A000) } })) as DocumentSymbol[];
    assert.deepEqual(symbols.map((s) => s.name), ['Claims', 'Actors', 'Figures']);
    assert.ok(symbols[1]!.children!.some((c) => c.name === 'Wladimir Putin'));
    const found = (await conn.sendRequest(WorkspaceSymbolRequest.type, { query: 'putin' })) as WorkspaceSymbol[];
    assert.ok(found.some((s) => s.name === 'Wladimir Putin'));
  });

  it('the Outline of a long article stays short: the most mentioned actors, a few mentions each, the first figures', async () => {
    const long = join(dir, 'seeds', 'long-article.txt');
    writeFileSync(long, Array.from({ length: 80 }, () => text(A000)).join('\n\n'));
    try {
      await conn.sendNotification(DidChangeWatchedFilesNotification.type, { changes: [{ uri: pathToFileURL(long).toString(), type: FileChangeType.Created }] });
      const symbols = await until('the long article analysed', async () => {
        const s = (await conn.sendRequest(DocumentSymbolRequest.type, { textDocument: { uri: pathToFileURL(long).toString() } })) as DocumentSymbol[] | null;
        return s && s.length > 0 ? s : undefined;
      });
      const count = (list: DocumentSymbol[]): number => list.reduce((n, s) => n + 1 + count(s.children ?? []), 0);
      assert.ok(count(symbols) <= 1 + MAX_ACTORS * (1 + MAX_MENTIONS) + 1 + MAX_FIGURES, `${count(symbols)} symbols`);
      const [actors, figures] = [symbols.find((s) => s.name.startsWith('Actors'))!, symbols.find((s) => s.name.startsWith('Figures'))!];
      assert.ok(actors.children!.every((a) => a.children!.length <= MAX_MENTIONS && /^\d+×$/.test(a.detail!)));
      assert.ok(actors.children!.some((a) => Number(a.detail!.slice(0, -1)) > MAX_MENTIONS), 'an actor is mentioned more often than listed');
      assert.match(figures.name, new RegExp(`the first ${MAX_FIGURES} of \\d+`));
      assert.equal(figures.children!.length, MAX_FIGURES);
    } finally {
      rmSync(long);
      await conn.sendNotification(DidChangeWatchedFilesNotification.type, { changes: [{ uri: pathToFileURL(long).toString(), type: FileChangeType.Deleted }] });
    }
  });

  it('lists the articles of a folder copied into the corpus from the folder\'s own event, and nothing outside the corpus folders', async () => {
    // The watcher may miss files written into a new folder before it watches it: only the folder is reported.
    const copied = join(dir, 'seeds', 'copied');
    mkdirSync(join(copied, 'deeper'), { recursive: true });
    writeFileSync(join(copied, 'a.txt'), 'Erster Artikel\n\nPutin traf Kim Jong Un.\n');
    writeFileSync(join(copied, 'deeper', 'b.txt'), 'Zweiter Artikel\n\nKim Jong Un reiste nach Moskau.\n');
    // Outside the corpus folder (seeds/): a note in the workspace, and an article under node_modules.
    writeFileSync(join(dir, 'notes.txt'), 'Notizen\n');
    mkdirSync(join(dir, 'seeds', 'node_modules'));
    writeFileSync(join(dir, 'seeds', 'node_modules', 'c.txt'), 'Paket\n');
    const event = (path: string, type: FileChangeType) => ({ uri: pathToFileURL(path).toString(), type });
    try {
      await conn.sendNotification(DidChangeWatchedFilesNotification.type, {
        changes: [event(copied, FileChangeType.Created), event(join(dir, 'notes.txt'), FileChangeType.Created), event(join(dir, 'seeds', 'node_modules', 'c.txt'), FileChangeType.Created)],
      });
      const listed = await until('the copied folder listed', async () => {
        const { documents } = await conn.sendRequest(DocumentsRequest, {});
        return documents.length > 5 ? documents : undefined;
      });
      assert.deepEqual(listed.map((d) => d.uri).filter((u) => !/\/seeds\/\d{3}_/.test(u)), [pathToFileURL(join(copied, 'a.txt')).toString(), pathToFileURL(join(copied, 'deeper', 'b.txt')).toString()]);
      assert.deepEqual(listed.filter((d) => d.uri.includes('/copied/')).map((d) => d.title), ['Erster Artikel', 'Zweiter Artikel']);
    } finally {
      rmSync(copied, { recursive: true });
      rmSync(join(dir, 'seeds', 'node_modules'), { recursive: true });
      rmSync(join(dir, 'notes.txt'));
      await conn.sendNotification(DidChangeWatchedFilesNotification.type, { changes: [event(copied, FileChangeType.Deleted)] });
    }
    await until('the folder gone with its articles', async () => (await conn.sendRequest(DocumentsRequest, {})).documents.length === 5);
  });

  it('suggests links through the shipped synonym tables (claims that share no word)', async () => {
    const texts: Record<string, string> = {
      '910_streik.txt': 'Streik bei der Bahn\n\nDie Bahn bezeichnete den Ausstand der Lokführer als unverhältnismäßig.\n',
      '911_streik.txt': 'Lokführer legen Arbeit nieder\n\nEin Sprecher der Regierung nannte den Streik überzogen.\n',
    };
    const files = Object.keys(texts).map((name) => join(dir, 'seeds', name));
    const notify = (type: FileChangeType): Promise<void> => conn.sendNotification(DidChangeWatchedFilesNotification.type, { changes: files.map((f) => ({ uri: pathToFileURL(f).toString(), type })) });
    try {
      for (const [k, t] of Object.values(texts).entries()) writeFileSync(files[k]!, t);
      await notify(FileChangeType.Created);
      await until('both articles listed', async () => (await conn.sendRequest(DocumentsRequest, { filter: '_streik' })).documents.length === 2);
      const ids: string[] = [];
      for (const [k, t] of Object.values(texts).entries()) {
        const sentence = t.split('\n')[2]!;
        const start = t.indexOf(sentence);
        ids.push((await conn.sendRequest(EditClaimRequest, { uri: pathToFileURL(files[k]!).toString(), edit: { op: 'add', start, end: start + sentence.length }, label: 'Tag as claim' })).id);
      }
      // Ausstand ~ Streik, unverhältnismäßig ~ überzogen: only the synonym sets join the two claims.
      const best = await until('a suggestion through synonyms', async () => {
        const suggestions = await conn.sendRequest(SuggestionsRequest, { uri: pathToFileURL(files[0]!).toString(), id: ids[0]!, top: 5 });
        return suggestions.find((x) => x.id === ids[1] && x.reasons.some((r) => r.startsWith('synonyms')));
      });
      assert.match(best.reasons.join('; '), /Ausstand ~ Streik/);
    } finally {
      for (const f of files) for (const file of [f, `${f}.annotations.json`]) rmSync(file, { force: true });
      await notify(FileChangeType.Deleted);
    }
  });

  it('reports a broken sidecar at its line and column, and leaves it byte for byte', async () => {
    const broken = pathToFileURL(join(dir, 'seeds', '001_06a44ca30d8e1d01.txt.annotations.json')).toString();
    const d = await until('diagnostics for the broken sidecar', async () => diagnostics.get(broken));
    assert.equal(d.diagnostics[0]!.range.start.line, 2);
    assert.match(String(d.diagnostics[0]!.message), /read-only until this is fixed/);
    assert.equal(readFileSync(new URL(broken), 'utf8'), '{\n  "schemaVersion": 2,\n  "annotations": [ oops ]\n}\n');
    const said = messages.filter((m) => m.startsWith('001_06a44ca30d8e1d01.txt.annotations.json line 3, column'));
    assert.equal(said.length, 1, `said once in a message: ${messages.join(' | ')}`);
  });

  it('follows incremental edits: entity and claim ranges move with the text', async () => {
    const before = await conn.sendRequest(EntitiesRequest, { uri: uri(A003) });
    assert.ok(before && before.figure.length > 0 && before.claim.length > 0);
    await conn.sendNotification(DidChangeTextDocumentNotification.type, {
      textDocument: { uri: uri(A003), version: 2 },
      contentChanges: [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: 'Eingefügt. ' }],
    });
    const after = await conn.sendRequest(EntitiesRequest, { uri: uri(A003) });
    assert.equal(after!.version, 2);
    assert.deepEqual(after!.figure, before!.figure.map(([s, e]) => [s + 11, e + 11]));
    assert.deepEqual(after!.claim, before!.claim.map(([s, e]) => [s + 11, e + 11]));
  });

  it('sends only the ranges that overlap a window, when asked for one', async () => {
    const all = await conn.sendRequest(EntitiesRequest, { uri: uri(A003) });
    assert.equal(all!.window, null);
    const [from, to] = all!.figure[Math.floor(all!.figure.length / 2)]!;
    const some = await conn.sendRequest(EntitiesRequest, { uri: uri(A003), window: [from, to + 200] });
    assert.deepEqual(some!.window, [from, to + 200]);
    const overlapping = (ranges: Array<[number, number]>): Array<[number, number]> => ranges.filter(([s, e]) => e >= from && s <= to + 200);
    assert.deepEqual(some!.figure, overlapping(all!.figure));
    assert.deepEqual(some!.actor, overlapping(all!.actor));
    assert.ok(some!.figure.length < all!.figure.length, 'fewer ranges than the whole article has');
  });

  describe('writes: claims, undo, registry, export (the server owns the sidecars)', () => {
    const A004 = '004_d1f4603b43a6e82a.txt';
    const sidecarOf = (name: string): { annotations: Array<{ id: string; body: { status: string; claimant?: string; note?: string }; links: Array<{ rel: string; target: string }>; target: { selector: [{ exact: string }, { start: number; end: number }] } }> } =>
      JSON.parse(readFileSync(join(dir, 'seeds', `${name}.annotations.json`), 'utf8'));

    it('Tag as claim writes the claim to the sidecar on disk, with the author the client named', async () => {
      await conn.sendNotification(DidChangeConfigurationNotification.type, { settings: { sourceAnnotator: { author: 'analyst-a' } } });
      const t = text(A004);
      const start = t.indexOf('Nordkorea');
      const before = (await conn.sendRequest(DocumentsRequest, { since: Number.MAX_SAFE_INTEGER })).revision;
      const { id } = await conn.sendRequest(EditClaimRequest, { uri: uri(A004), edit: { op: 'add', start, end: start + 40, note: 'from the server test' }, label: 'Tag as claim' });
      const written = sidecarOf(A004).annotations.find((a) => a.id === id);
      assert.ok(written, 'the new claim is in the file');
      assert.equal(written.target.selector[0].exact, t.slice(start, start + 40));
      assert.equal(written.body.note, 'from the server test');
      assert.equal((written as unknown as { author: string }).author, 'analyst-a');
      const claims = await conn.sendRequest(ClaimsRequest, { uri: uri(A004) });
      assert.ok(claims.some((c) => c.id === id && c.anchored && c.status === 'unverified'));
      // Clients hear that a row changed, not that the list may have, and ask for the rows changed since: this one.
      await until('a corpus change past the edit', async () => corpusChanges.some((c) => c.revision > before));
      assert.ok(!corpusChanges.some((c) => c.revision > before && c.list), 'the list itself did not change');
      const changed = await conn.sendRequest(DocumentsRequest, { since: before });
      assert.deepEqual(changed.documents.map((d) => d.uri), [uri(A004)]);
      assert.equal(changed.documents[0]!.claims, sidecarOf(A004).annotations.length);
      assert.deepEqual((await conn.sendRequest(DocumentsRequest, { since: changed.revision })).documents, [], 'nothing changed since');
    });

    it('status, claimant and a link across documents are written; undo restores the sidecar step by step', async () => {
      const [target] = await conn.sendRequest(ClaimsRequest, { uri: uri(A000) });
      const mine = (await conn.sendRequest(ClaimsRequest, { uri: uri(A004) })).find((c) => c.note === 'from the server test')!;
      await conn.sendRequest(EditClaimRequest, { uri: uri(A004), edit: { op: 'status', id: mine.id, status: 'disputed' }, label: 'Set status' });
      await conn.sendRequest(EditClaimRequest, { uri: uri(A004), edit: { op: 'claimant', id: mine.id, claimant: 'Wladimir Putin' }, label: 'Set claimant' });
      await conn.sendRequest(EditClaimRequest, { uri: uri(A004), edit: { op: 'link', id: mine.id, target: { uri: target!.uri, id: target!.id }, relation: 'contradicts' }, label: 'Link claims' });
      let onDisk = sidecarOf(A004).annotations.find((a) => a.id === mine.id)!;
      assert.equal(onDisk.body.status, 'disputed');
      assert.equal(onDisk.body.claimant, 'Wladimir Putin');
      assert.deepEqual(onDisk.links, [{ rel: 'contradicts', target: `${A000}#${target!.id}` }]);
      assert.deepEqual(await conn.sendRequest(UndoRequest, {}), { undone: 'Link claims' });
      onDisk = sidecarOf(A004).annotations.find((a) => a.id === mine.id)!;
      assert.deepEqual(onDisk.links, []);
      assert.equal(onDisk.body.claimant, 'Wladimir Putin', 'only the last step is undone');
      await assert.rejects(
        conn.sendRequest(EditClaimRequest, { uri: uri(A004), edit: { op: 'link', id: mine.id, target: { uri: uri(A000), id: 'NOPE' }, relation: 'same' }, label: 'Link claims' }),
        /does not exist/,
      );
    });

    it('undo refuses when the sidecar changed on disk since the edit', async () => {
      const mine = (await conn.sendRequest(ClaimsRequest, { uri: uri(A004) })).find((c) => c.note === 'from the server test')!;
      await conn.sendRequest(EditClaimRequest, { uri: uri(A004), edit: { op: 'note', id: mine.id, note: 'second note' }, label: 'Edit note' });
      const file = join(dir, 'seeds', `${A004}.annotations.json`);
      const changed = readFileSync(file, 'utf8').replace('second note', 'changed by hand');
      writeFileSync(file, changed);
      await conn.sendNotification(DidChangeWatchedFilesNotification.type, { changes: [{ uri: pathToFileURL(file).toString(), type: FileChangeType.Changed }] });
      assert.deepEqual(await conn.sendRequest(UndoRequest, {}), { refused: 'changed-since' });
      assert.equal(readFileSync(file, 'utf8'), changed, 'the hand edit is kept');
    });

    it('an edit on a sidecar that does not parse is refused and the file is left byte for byte', async () => {
      const A001 = '001_06a44ca30d8e1d01.txt';
      const before = readFileSync(join(dir, 'seeds', `${A001}.annotations.json`), 'utf8');
      await assert.rejects(conn.sendRequest(EditClaimRequest, { uri: uri(A001), edit: { op: 'add', start: 0, end: 10 }, label: 'Tag as claim' }), /read-only/);
      assert.equal(readFileSync(join(dir, 'seeds', `${A001}.annotations.json`), 'utf8'), before);
    });

    it('code actions on a selection offer Tag as claim; on an actor, the registry decisions', async () => {
      const t = text(A000);
      const at = positionOf(t, 'Putin', 0);
      const actions = (await conn.sendRequest(CodeActionRequest.type, { textDocument: { uri: uri(A000) }, range: { start: at, end: { line: at.line, character: at.character + 5 } }, context: { diagnostics: [] } })) as CodeAction[];
      const titles = actions.map((a) => a.title);
      assert.ok(titles.includes('Tag as claim'), titles.join(' | '));
      assert.ok(titles.some((x) => /“(Wladimir )?Putin” is not an actor/.test(x)), titles.join(' | '));
      assert.deepEqual(actions.find((a) => a.title === 'Tag as claim')!.command!.arguments!.slice(1), [t.indexOf('Putin'), t.indexOf('Putin') + 5]);
    });

    it('a registry decision is written to the registry file and changes detection at once', async () => {
      const t = text(A000);
      const word = 'Luxusgüter';
      if (!t.includes(word)) return assert.fail(`the seed mentions ${word}`);
      await conn.sendRequest(EditRegistryRequest, { op: 'addActor', canonical: 'Luxusgüterhandel', type: 'organisation', aliases: [word] });
      const registry = JSON.parse(readFileSync(join(dir, 'source-annotator.actors.json'), 'utf8'));
      assert.ok(registry.actors.some((a: { canonical: string }) => a.canonical === 'Luxusgüterhandel'));
      const hover = await until('the hover names the new actor', async () => {
        const h = (await conn.sendRequest(HoverRequest.type, { textDocument: { uri: uri(A000) }, position: positionOf(t, word) })) as Hover | null;
        return h && /Luxusgüterhandel/.test((h.contents as MarkupContent).value) ? h : undefined;
      });
      assert.ok(hover);
    });

    it('export returns the corpus as CSV with the new claim, skipping the unreadable sidecar', async () => {
      const out = await conn.sendRequest(ExportRequest, { format: 'csv', baseUri: pathToFileURL(dir).toString() + '/' });
      assert.match(out.content, /from the server test|changed by hand/);
      assert.equal(out.skipped, 1);
      assert.equal(out.documents, 4);
    });

    it('in Restricted Mode every write is refused with the reason and nothing changes on disk', async () => {
      await conn.sendNotification(DidChangeConfigurationNotification.type, { settings: { sourceAnnotator: { readOnly: 'Restricted Mode: trust the folder.' } } });
      const before = readFileSync(join(dir, 'seeds', `${A004}.annotations.json`), 'utf8');
      await assert.rejects(conn.sendRequest(EditClaimRequest, { uri: uri(A004), edit: { op: 'add', start: 0, end: 10 }, label: 'Tag as claim' }), /Restricted Mode/);
      await assert.rejects(conn.sendRequest(EditRegistryRequest, { op: 'notActor', name: 'Putin' }), /Restricted Mode/);
      assert.equal(readFileSync(join(dir, 'seeds', `${A004}.annotations.json`), 'utf8'), before);
      await conn.sendNotification(DidChangeConfigurationNotification.type, { settings: { sourceAnnotator: { readOnly: null } } });
    });

    it('on save, claims that followed the typing are written with the text they now refer to', async () => {
      const t = text(A004);
      await conn.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri: uri(A004), languageId: 'plaintext', version: 1, text: t } });
      const mine = (await conn.sendRequest(ClaimsRequest, { uri: uri(A004) })).find((c) => c.note !== null && /from the server test|changed by hand/.test(c.note))!;
      await conn.sendNotification(DidChangeTextDocumentNotification.type, {
        textDocument: { uri: uri(A004), version: 2 },
        contentChanges: [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: 'Neu: ' }],
      });
      writeFileSync(join(dir, 'seeds', A004), 'Neu: ' + t);
      await conn.sendNotification(DidSaveTextDocumentNotification.type, { textDocument: { uri: uri(A004) } });
      const moved = await until('the sidecar follows the saved text', async () => sidecarOf(A004).annotations.find((a) => a.id === mine.id && a.target.selector[1].start === mine.start + 5));
      assert.equal(moved.target.selector[1].end, mine.end + 5);
    });
  });

  it('refuses to start without a transport, with a message', () => {
    const r = spawnSync(process.execPath, [SERVER], { encoding: 'utf8' });
    assert.equal(r.status, 2);
    assert.match(r.stderr, /--stdio/);
  });
});

describe('language server: the persisted index', function () {
  this.timeout(90_000);
  let dir = '';
  let cache = '';
  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'sa-server-cache-'));
    cache = mkdtempSync(join(tmpdir(), 'sa-xdg-cache-'));
    cpSync(join(ROOT, 'seeds'), join(dir, 'seeds'), { recursive: true });
  });
  after(() => {
    rmSync(dir, { recursive: true, force: true });
    rmSync(cache, { recursive: true, force: true });
  });

  /** Starts the server on `dir`, waits for its index, returns what it logged about it, and stops it. */
  async function indexOnce(): Promise<string> {
    const child = spawn(process.execPath, [SERVER, '--stdio'], { stdio: ['pipe', 'pipe', 'inherit'], env: { ...process.env, XDG_CACHE_HOME: cache } });
    const c = createProtocolConnection(new StreamMessageReader(child.stdout!), new StreamMessageWriter(child.stdin!));
    const logged: string[] = [];
    c.onNotification(LogMessageNotification.type, (m: LogMessageParams) => void logged.push(m.message));
    c.listen();
    try {
      await c.sendRequest(InitializeRequest.type, { processId: process.pid, rootUri: pathToFileURL(dir).toString(), workspaceFolders: [{ uri: pathToFileURL(dir).toString(), name: 'ws' }], capabilities: {} });
      await c.sendNotification(InitializedNotification.type, {});
      // The model arrives after the titles; the index is built once, with it, and then persisted.
      return await until('the index built with the model', async () => logged.find((m) => /\[index\] 5 article\(s\)/.test(m)));
    } finally {
      await c.sendRequest(ShutdownRequest.type).catch(() => undefined);
      await c.sendNotification(ExitNotification.type).catch(() => undefined);
      c.dispose();
      child.kill();
    }
  }

  it('a restart re-detects nothing that did not change, and only what did', async () => {
    assert.match(await indexOnce(), /5 detected, 0 from the persisted index/);
    assert.match(await indexOnce(), /0 detected, 5 from the persisted index/);
    const changed = join(dir, 'seeds', A003);
    writeFileSync(changed, readFileSync(changed, 'utf8') + '\nNachtrag: Wladimir Putin reiste nach Pjöngjang.\n');
    assert.match(await indexOnce(), /1 detected, 4 from the persisted index/);
  });

  it('an article edited on disk with its size unchanged is re-detected; one only touched is hashed, not re-detected', async () => {
    const a000 = join(dir, 'seeds', A000);
    const hourAgo = Date.now() / 1000 - 3600;
    const before = readFileSync(a000, 'utf8');
    const after = before.replace('Nordkorea', 'Nordkoria');
    assert.notEqual(after, before);
    writeFileSync(a000, after);
    utimesSync(a000, hourAgo + 60, hourAgo + 60);
    assert.match(await indexOnce(), /1 detected, 4 from the persisted index/);
    utimesSync(a000, hourAgo + 120, hourAgo + 120);
    assert.match(await indexOnce(), /0 detected, 5 from the persisted index \(1 of them hashed\)/);
  });

  it('a new workspace registry (another detector) re-detects every article', async () => {
    assert.match(await indexOnce(), /0 detected, 5 from the persisted index/);
    writeFileSync(join(dir, 'source-annotator.actors.json'), serializeRegistry({ ...emptyRegistry(), notActors: ['Kreml'] }));
    assert.match(await indexOnce(), /5 detected, 0 from the persisted index/);
    assert.match(await indexOnce(), /0 detected, 5 from the persisted index/);
  });
});
