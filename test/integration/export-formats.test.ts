import * as assert from 'node:assert';
import { strFromU8, unzipSync } from 'fflate';
import * as vscode from 'vscode';
import { Commands } from '../../src/extension/constants';
import { api, claimsOf, readText } from './helpers';

describe('Export formats for analysts\' tools', () => {
  const folder = (): vscode.Uri => vscode.workspace.workspaceFolders![0]!.uri;

  it('Export Annotations… as REFI-QDA writes a .qdpx (bytes, a zip) whose project.qde names every seed and codes every claim', async () => {
    const a = await api();
    const target = vscode.Uri.joinPath(folder(), 'export-test.qdpx');
    const written = await vscode.commands.executeCommand<vscode.Uri | undefined>(Commands.exportAnnotations, 'refi', target);
    assert.strictEqual(written?.toString(), target.toString(), 'the command reports the file it wrote');
    const files = unzipSync(await vscode.workspace.fs.readFile(target));
    const qde = strFromU8(files['project.qde']!);
    assert.match(qde, /<Project xmlns="urn:QDA-XML:project:1\.0"/);
    const seeds = (await vscode.workspace.fs.readDirectory(folder())).map(([name]) => name).filter((n) => /^\d{3}_.*\.txt$/.test(n));
    assert.ok(seeds.length >= 5, `the seeds are in the workspace: ${seeds.join(', ')}`);
    for (const seed of seeds) assert.match(qde, new RegExp(`<TextSource guid="[^"]+" name="${seed.replace(/[.]/g, '\\.')}" plainTextPath="internal://`), `project.qde has a TextSource for ${seed}`);
    assert.strictEqual(Object.keys(files).filter((f) => f.startsWith('sources/')).length, seeds.length, 'one plain text per seed');
    const placed = (await claimsOf(a)).filter((c) => c.anchored).length;
    assert.strictEqual(qde.match(/<PlainTextSelection /g)?.length ?? 0, placed, 'one coded selection per placed claim');
    await vscode.workspace.fs.delete(target);
  });

  it('Export Annotations… as ClaimReview writes JSON-LD with one ClaimReview per claim', async () => {
    const a = await api();
    const target = vscode.Uri.joinPath(folder(), 'export-test.claimreview.jsonld');
    await vscode.commands.executeCommand(Commands.exportAnnotations, 'claimreview', target);
    const graph = (JSON.parse(await readText(target)) as { '@graph': Array<{ '@type'?: string }> })['@graph'];
    assert.strictEqual(graph.filter((n) => n['@type'] === 'ClaimReview').length, (await claimsOf(a)).length);
    await vscode.workspace.fs.delete(target);
  });
});
