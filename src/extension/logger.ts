import * as vscode from 'vscode';
import type { Logger } from '../core/ports';

/** The core's Logger on a LogOutputChannel; each component prefixes its lines with `[component]`. */
export function createLogger(): Logger & vscode.Disposable & { channel: vscode.LogOutputChannel } {
  const channel = vscode.window.createOutputChannel('Source Annotator', { log: true });
  return {
    channel,
    info: (m) => channel.info(m),
    warn: (m) => channel.warn(m),
    error: (m) => channel.error(m),
    dispose: () => channel.dispose(),
  };
}
