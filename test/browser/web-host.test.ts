// The browser build, in VS Code's web worker extension host: the extension runs without node, its language server
// in a Web Worker reads the workspace through the extension (workspace.fs), and the user sees the same Documents
// view, highlights, hovers and references as on the desktop.
import * as vscode from 'vscode';
import { DocumentsRequest, EntitiesRequest, SuggestionsRequest, type CorpusDocument } from '../../src/protocol/protocol';
import { deepEqual, equal, match, ok } from './assert';
import { api, hoverText, openSeed, positionOf, request, seedsFolder, waitFor } from './helpers';

const SEEDS = ['000_', '001_', '002_', '003_', '004_'];
const base = (uri: vscode.Uri): string => uri.path.slice(uri.path.lastIndexOf('/') + 1);

describe('Browser build (web worker extension host, language server in a Web Worker)', () => {
  it('runs in the web worker extension host: no node process, UI kind Web, files on the server', async () => {
    await api();
    equal(typeof process, 'undefined', 'typeof process in the extension host');
    equal(vscode.env.uiKind, vscode.UIKind.Web, 'vscode.env.uiKind');
    equal(seedsFolder().scheme, 'vscode-remote', 'the scheme of the opened folder');
  });

  it('the Documents view lists the five seed articles, with figure and actor counts from the server index', async function () {
    this.timeout(60_000);
    const a = await api();
    const items = await waitFor('every seed with counts from the index', async () => {
      const docs = (await a.tree.getChildren()).filter((n) => n.kind === 'document');
      const rows = docs.map((n) => a.tree.getTreeItem(n));
      return rows.length === SEEDS.length && rows.every((r) => /\d+ figures · \d+ actors/.test(String(r.description))) ? rows : undefined;
    }, 45_000);
    const names = items.map((r) => base(r.resourceUri!)).sort();
    deepEqual(names.map((n) => n.slice(0, 4)), SEEDS, 'the seed files listed');
    for (const r of items) {
      ok(typeof r.label === 'string' && r.label.trim().length > 0 && r.label !== base(r.resourceUri!), `${base(r.resourceUri!)} shows its title, not its file name (${String(r.label)})`);
      const [, figures, actors] = /(\d+) figures · (\d+) actors/.exec(String(r.description))!;
      ok(Number(figures) > 0 && Number(actors) > 0, `${base(r.resourceUri!)} has figures and actors: ${String(r.description)}`);
    }
    // The counts are the server's: its Documents request answers the same for every article.
    const client = await a.languageClient();
    const served = (await request(client, DocumentsRequest, {})).documents;
    equal(served.length, SEEDS.length, 'articles the server in the worker knows');
    for (const r of items) {
      const doc = served.find((d: CorpusDocument) => vscode.Uri.parse(d.uri).path === r.resourceUri!.path);
      ok(doc, `the server lists ${base(r.resourceUri!)}`);
      match(String(r.description), new RegExp(`${doc.figures} figures · ${doc.actors} actors`), `${base(r.resourceUri!)}'s row shows the server's counts`);
    }
  });

  it('opening a seed highlights the figures and actors that the server in the worker detects', async function () {
    this.timeout(45_000);
    const a = await api();
    const editor = await openSeed('000_');
    const client = await a.languageClient();
    const entities = await waitFor('entities from the server', async () => {
      const e = await request(client, EntitiesRequest, { uri: client.code2ProtocolConverter.asUri(editor.document.uri) });
      return e && e.figure.length > 0 && e.actor.length > 0 ? e : undefined;
    });
    const applied = await waitFor('decorations drawn from the server entities', () => {
      const d = a.decorations.applied(editor.document.uri);
      return d && JSON.stringify(d.figure) === JSON.stringify(entities.figure) && JSON.stringify(d.actor) === JSON.stringify(entities.actor) ? d : undefined;
    });
    const text = editor.document.getText();
    const money = text.indexOf('1,4 Milliarden US-Dollar');
    ok(applied.figure.some(([s, e]) => s === money && e === money + '1,4 Milliarden US-Dollar'.length), 'the money figure "1,4 Milliarden US-Dollar" is highlighted exactly');
    const state = text.indexOf('Nordkorea');
    ok(state >= 0 && applied.actor.some(([s, e]) => s === state && e === state + 'Nordkorea'.length), 'the actor "Nordkorea" is highlighted exactly');
  });

  it('the discovery model, read through the extension and inflated in the worker, suggests names no registry knows', async function () {
    this.timeout(60_000);
    const a = await api();
    // A name no registry knows, in an article of its own (the seeds' unknown names are in their boilerplate).
    const uri = vscode.Uri.joinPath(seedsFolder(), '901_model.txt');
    const person = 'Heinrich Baumgartner';
    await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(`Neue Stimmen\n\nDer Sprecher des Ministeriums, ${person}, sagte am Montag, die Gespräche seien konstruktiv gewesen.\n`));
    try {
      await waitFor('the new article in the corpus', () => (a.corpus.documents().some((d) => d.path === uri.path) ? true : undefined), 20_000);
      const editor = await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri));
      const client = await a.languageClient();
      const name = editor.document.getText().indexOf(person);
      // The model arrives after the registry: the first answers may come without its suggestions.
      const entities = await waitFor(`a model suggestion for "${person}"`, async () => {
        const e = await request(client, EntitiesRequest, { uri: client.code2ProtocolConverter.asUri(editor.document.uri) });
        return e?.suggestedActor.some(([s, end]) => s === name && end === name + person.length) ? e : undefined;
      }, 30_000);
      await waitFor('the suggestions drawn in the editor', () => JSON.stringify(a.decorations.applied(editor.document.uri)?.suggestedActor) === JSON.stringify(entities.suggestedActor));
    } finally {
      await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
      await vscode.workspace.fs.delete(uri);
    }
  });

  it('hover on a figure gives its type and normalised value', async () => {
    await api();
    const editor = await openSeed('000_');
    const hover = await waitFor('a hover from the server', async () => {
      const h = hoverText(await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', editor.document.uri, positionOf(editor.document, '1,4 Milliarden US-Dollar')));
      return h || undefined;
    });
    match(hover, /money/, 'the hover names the figure type');
    match(hover, /1,400,000,000 USD/, 'the hover gives the normalised value');
  });

  it('Find All References on an actor lists his mentions in several seed articles', async function () {
    this.timeout(45_000);
    await api();
    const editor = await openSeed('003_');
    const refs = await waitFor('references in at least three articles', async () => {
      const r = await vscode.commands.executeCommand<vscode.Location[]>('vscode.executeReferenceProvider', editor.document.uri, positionOf(editor.document, 'Putin'));
      return new Set(r.map((l) => l.uri.path)).size >= 3 ? r : undefined;
    }, 30_000);
    for (const r of refs) {
      equal(r.uri.scheme, 'vscode-remote', 'a reference opens on the server folder');
      const doc = await vscode.workspace.openTextDocument(r.uri);
      match(doc.getText(r.range), /Putin|Wladimir/, `the reference in ${base(r.uri)} at line ${r.range.start.line + 1}`);
    }
  });

  it('an article saved into the folder reaches the server in the worker, and the Documents view shows its counts', async function () {
    this.timeout(45_000);
    const a = await api();
    const client = await a.languageClient();
    const uri = vscode.Uri.joinPath(seedsFolder(), '900_browser.txt');
    await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode('Neu im Browser\n\nWladimir Putin kündigte Hilfen von 3,5 Millionen Euro an.\n'));
    try {
      // The server hears of the file from the editor's watcher, reads it through workspace.fs and indexes it.
      const doc = await waitFor('the server to list and index the new article', async () => {
        const { documents } = await request(client, DocumentsRequest, { filter: '900_browser' });
        return documents.find((d) => (d.figures ?? 0) > 0 && (d.actors ?? 0) > 0);
      }, 30_000);
      equal(doc.title, 'Neu im Browser', 'the title the server read from the file');
      // ...and tells the client, whose Documents view shows the server's counts for it.
      const row = await waitFor('a Documents row with the counts', async () => {
        const node = (await a.tree.getChildren()).find((n) => n.kind === 'document' && n.path === uri.path);
        const item = node && a.tree.getTreeItem(node);
        return item && new RegExp(`${doc.figures} figures · ${doc.actors} actors`).test(String(item.description)) ? item : undefined;
      }, 20_000);
      equal(row.label, 'Neu im Browser', 'the row\'s title');
    } finally {
      await vscode.workspace.fs.delete(uri);
    }
    await waitFor('the server to forget the deleted article', async () => (await request(client, DocumentsRequest, { filter: '900_browser' })).documents.length === 0, 20_000);
  });

  it('suggested links go through synonyms: the server in the worker reads the shipped synonym tables through the extension', async function () {
    this.timeout(60_000);
    const a = await api();
    const client = await a.languageClient();
    const texts = {
      '910_streik.txt': 'Streik bei der Bahn\n\nDie Bahn bezeichnete den Ausstand der Lokführer als unverhältnismäßig.\n',
      '911_streik.txt': 'Lokführer legen Arbeit nieder\n\nEin Sprecher der Regierung nannte den Streik überzogen.\n',
    };
    const uris = Object.keys(texts).map((name) => vscode.Uri.joinPath(seedsFolder(), name));
    try {
      for (const [k, text] of Object.values(texts).entries()) await vscode.workspace.fs.writeFile(uris[k]!, new TextEncoder().encode(text));
      await waitFor('the server to list both articles', async () => (await request(client, DocumentsRequest, { filter: '_streik' })).documents.length === 2, 30_000);
      const ids: string[] = [];
      for (const [k, text] of Object.values(texts).entries()) {
        const editor = await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uris[k]!));
        const sentence = text.split('\n')[2]!;
        const start = editor.document.getText().indexOf(sentence);
        const id = await vscode.commands.executeCommand<string>('sourceAnnotator.tagClaim', uris[k]!.path, start, start + sentence.length);
        ok(id, `tagged the claim of ${base(uris[k]!)}`);
        ids.push(id);
      }
      // The two claims share no word (Ausstand ~ Streik, unverhältnismäßig ~ überzogen): only the synonym sets join them.
      const best = await waitFor('a suggestion for the other strike claim, through synonyms', async () => {
        const suggestions = await request(client, SuggestionsRequest, { uri: uris[0]!.toString(), id: ids[0]!, top: 5 });
        return suggestions.find((s) => s.id === ids[1] && s.reasons.some((r) => r.startsWith('synonyms')));
      }, 30_000);
      match(best.reasons.join('; '), /Ausstand ~ Streik/, 'the reason names the synonyms');
    } finally {
      await vscode.commands.executeCommand('workbench.action.closeAllEditors');
      for (const uri of uris) {
        for (const file of [uri, uri.with({ path: `${uri.path}.annotations.json` })]) await vscode.workspace.fs.delete(file).then(undefined, () => undefined);
      }
    }
  });

  it('Tag as claim: the server in the worker writes the sidecar through the editor\'s file system; undo takes it back', async function () {
    this.timeout(45_000);
    await api();
    const editor = await openSeed('002_');
    const text = editor.document.getText();
    const passage = text.split('\n').find((l) => l.length > 80)!.slice(0, 50);
    const start = text.indexOf(passage);
    const id = await vscode.commands.executeCommand<string>('sourceAnnotator.tagClaim', editor.document.uri.path, start, start + passage.length);
    ok(id, 'the command returns the new claim id');
    const sidecar = editor.document.uri.with({ path: `${editor.document.uri.path}.annotations.json` });
    const claims = async (): Promise<Array<{ id: string; target: { selector: [{ exact: string }] } }>> =>
      JSON.parse(new TextDecoder().decode(await vscode.workspace.fs.readFile(sidecar))).annotations;
    const stored = (await claims()).find((c) => c.id === id);
    ok(stored, 'the claim is in the sidecar on disk');
    equal(stored.target.selector[0].exact, passage, 'the tagged text');
    await vscode.commands.executeCommand('sourceAnnotator.undo');
    ok(!(await claims()).some((c) => c.id === id), 'undo removed it from the file');
  });
});
