import * as assert from 'node:assert';
import { execFileSync } from 'node:child_process';
import * as vscode from 'vscode';
import { Commands } from '../../src/extension/constants';
import { readText } from './helpers';

describe('Set Up Git Merging for Annotations', () => {
  it('writes .gitattributes and the repository merge driver, pointing at the bundled CLI', async () => {
    const folder = vscode.workspace.workspaceFolders![0]!.uri;
    execFileSync('git', ['init', '-q'], { cwd: folder.fsPath });
    try {
      assert.strictEqual(await vscode.commands.executeCommand(Commands.setupGitMerge), true);
      assert.match(await readText(vscode.Uri.joinPath(folder, '.gitattributes')), /^\*\.annotations\.json merge=source-annotator$/m);
      const driver = execFileSync('git', ['config', 'merge.source-annotator.driver'], { cwd: folder.fsPath, encoding: 'utf8' });
      assert.match(driver, /node .*dist\/cli\.js merge-driver %O %A %B/);
      // Running it twice does not duplicate the attribute line.
      await vscode.commands.executeCommand(Commands.setupGitMerge);
      const lines = (await readText(vscode.Uri.joinPath(folder, '.gitattributes'))).split('\n').filter((l) => l.includes('merge=source-annotator'));
      assert.strictEqual(lines.length, 1);
    } finally {
      await vscode.workspace.fs.delete(vscode.Uri.joinPath(folder, '.git'), { recursive: true });
      await vscode.workspace.fs.delete(vscode.Uri.joinPath(folder, '.gitattributes'));
    }
  });
});
