import * as assert from 'node:assert';
import * as vscode from 'vscode';
import { api, openSeed, waitFor } from './helpers';

describe('Corpus articles in the editor', () => {
  it('wrap their long lines; other plain text keeps the user’s wrapping', async () => {
    const a = await api();
    const editor = await openSeed(a, '000_');
    const uri = editor.document.uri;
    const article = await waitFor('the article in its own language mode', () => vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString() && d.languageId === 'source-article'));
    assert.strictEqual(vscode.workspace.getConfiguration('editor', article).get('wordWrap'), 'on');
    const other = await vscode.workspace.openTextDocument({ language: 'plaintext', content: 'Not an article. '.repeat(40) });
    await new Promise((r) => setTimeout(r, 300));
    assert.strictEqual(other.languageId, 'plaintext');
    assert.strictEqual(vscode.workspace.getConfiguration('editor', other).get('wordWrap'), 'off');
  });
});
