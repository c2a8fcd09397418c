import * as vscode from 'vscode';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { gitAttributesLine, gitConfigEntries } from '../core/store/git-setup';
import { Commands } from './constants';
import { Disposable } from './disposable';

const run = promisify(execFile);
const t = vscode.l10n.t;

/** Writes `.gitattributes` and the repository's merge-driver config so git merges sidecars by annotation id. */
export class GitSetupCommand extends Disposable {
  constructor(private readonly extensionUri: vscode.Uri) {
    super();
    this._register(vscode.commands.registerCommand(Commands.setupGitMerge, () => this.run()));
    // Returns whether the set-up succeeded (for tests and other extensions).
  }

  async run(): Promise<boolean> {
    const folder = vscode.workspace.workspaceFolders?.[0];
    if (!folder || folder.uri.scheme !== 'file') {
      void vscode.window.showErrorMessage(t('Open a local folder that is a git repository first.'));
      return false;
    }
    const cwd = folder.uri.fsPath;
    try {
      const top = (await run('git', ['rev-parse', '--show-toplevel'], { cwd })).stdout.trim();
      const attributes = vscode.Uri.file(`${top}/.gitattributes`);
      const current = await Promise.resolve(vscode.workspace.fs.readFile(attributes)).then((b) => new TextDecoder().decode(b), () => '');
      const line = gitAttributesLine();
      if (!current.split(/\r?\n/).includes(line)) {
        const next = (current === '' || current.endsWith('\n') ? current : current + '\n') + line + '\n';
        await vscode.workspace.fs.writeFile(attributes, new TextEncoder().encode(next));
      }
      const cli = vscode.Uri.joinPath(this.extensionUri, 'dist', 'cli.js').fsPath;
      for (const [key, value] of gitConfigEntries(cli, { runtime: 'node' })) await run('git', ['config', key, value], { cwd: top });
      void vscode.window.showInformationMessage(t('Git now merges annotation files by annotation id (.gitattributes updated, merge driver configured in this repository).'));
      return true;
    } catch (e) {
      void vscode.window.showErrorMessage(t('Could not set up git merging: {0}', (e as Error).message));
      return false;
    }
  }
}
