import * as vscode from 'vscode';
import type { Logger } from '../core/ports';

/**
 * Registers a command whose failures reach the analyst as a short message (and the log in full), instead of
 * VS Code's generic "command failed". Resolves to the command's result, or undefined when it failed.
 */
export function registerReportingCommand<A extends unknown[], R>(id: string, log: Logger, run: (...args: A) => Promise<R>): vscode.Disposable {
  return vscode.commands.registerCommand(id, async (...args: A) => {
    try {
      return await run(...args);
    } catch (e) {
      log.error(`[${id}] ${(e as Error).stack ?? String(e)}`);
      void vscode.window.showErrorMessage((e as Error).message);
      return undefined;
    }
  });
}
