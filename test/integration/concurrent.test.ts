import * as assert from 'node:assert';
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import * as vscode from 'vscode';
import { Commands } from '../../src/extension/constants';
import { EXTENSION_ID, api, claimsOf, openSeed, readText, waitFor } from './helpers';

/** Runs `source-annotator claim add` in its own process; resolves with the id it reports. */
function cliClaimAdd(cli: string, article: string, start: number, end: number): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [cli, 'claim', 'add', article, '--start', String(start), '--end', String(end)], { env: { ...process.env, SOURCE_ANNOTATOR_AUTHOR: 'cli' } });
    let out = '';
    let err = '';
    child.stdout.on('data', (d: Buffer) => (out += d.toString()));
    child.stderr.on('data', (d: Buffer) => (err += d.toString()));
    child.once('error', reject);
    child.once('exit', (code) => (code === 0 ? resolve((JSON.parse(out) as { id: string }).id) : reject(new Error(`claim add exited ${code}: ${err}`))));
  });
}

describe('Concurrent writers', () => {
  it('claims added by the editor and by CLI processes at the same time are all kept, and the editor shows them all', async function () {
    this.timeout(60_000);
    const a = await api();
    const editor = await openSeed(a, '004_');
    const uri = editor.document.uri;
    const text = editor.document.getText();
    const cli = join(vscode.extensions.getExtension(EXTENSION_ID)!.extensionPath, 'dist', 'cli.js');
    const spans = Array.from({ length: 16 }, (_, i) => {
      const start = Math.floor(((i + 0.5) * (text.length - 30)) / 16);
      return [start, start + 25] as const;
    });
    const fromCli = spans.filter((_, i) => i % 2 === 0).map(([s, e]) => cliClaimAdd(cli, uri.fsPath, s, e));
    const fromEditor = spans.filter((_, i) => i % 2 === 1).map(([s, e]) => Promise.resolve(vscode.commands.executeCommand<string>(Commands.tagClaim, uri.path, s, e)));
    const reported = await Promise.all([...fromCli, ...fromEditor]);
    assert.strictEqual(new Set(reported).size, 16, 'every writer reported its own claim');

    const stored = JSON.parse(await readText(uri.with({ path: `${uri.path}.annotations.json` }))) as { annotations: Array<{ id: string }> };
    const missing = reported.filter((id) => !stored.annotations.some((x) => x.id === id));
    assert.deepStrictEqual(missing, [], 'every reported claim is in the sidecar');

    // The CLI's writes reach the editor through the file watcher; each claim is drawn where it was tagged.
    const shown = await waitFor('all 16 claims drawn in the editor', () => {
      const claims = a.decorations.applied(uri)?.claim ?? [];
      return spans.every(([s]) => claims.some(([start]) => start === s)) ? claims : undefined;
    }, 20_000);
    assert.ok(shown.length >= 16);
    const known = new Set((await claimsOf(a, uri.path)).map((c) => c.id));
    for (const id of reported) assert.ok(known.has(id), `claim ${id} is known to the language server`);
  });
});
