// The language server as a node process: `node dist/server.js --stdio` for any LSP editor, or started by the
// VS Code extension over IPC (--node-ipc). Files through node:fs; the model from the package's media folder.
import { createHash } from 'node:crypto';
import { mkdir, readFile } from 'node:fs/promises';
import { promisify } from 'node:util';
import { gunzip } from 'node:zlib';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { createRequire } from 'node:module';
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { loadNerModelInTurns } from '../core/detect/ner/model-file';
import { givingWayTo, isCall } from '../core/event-loop';
import type { Logger } from '../core/ports';
import { nodeFileSystem } from '../platform/node-fs';
import { readThesaurus } from '../platform/node-thesaurus';
import { WorkerPool } from '../platform/worker-pool';
import { startServer } from './annotator-server';
import type { ServerHost } from './host';
import { contentKey } from './index-cache';

if (!process.argv.some((a) => a === '--stdio' || a === '--node-ipc' || a.startsWith('--socket=') || a.startsWith('--pipe='))) {
  process.stderr.write('source-annotator language server: start it with --stdio (any LSP editor) or --node-ipc\n');
  process.exit(2);
}

const connection = createConnection(ProposedFeatures.all);
const log: Logger = {
  info: (m) => connection.console.info(m),
  warn: (m) => connection.console.warn(m),
  error: (m) => connection.console.error(m),
};
const MODEL = join(__dirname, '..', 'media', 'ner', 'model.bin');
// Read at once, before the corpus's thousands of reads queue up on the same I/O threads; parsed when needed.
const modelBytes = readFile(MODEL);
modelBytes.catch(() => undefined); // Reported when the model is loaded.
let key: Promise<string> | undefined;
// SHA-1 here (native, a few ms for 4 MB); the key only has to tell models apart within this host's persisted index.
const modelKey = (): Promise<string> => (key ??= modelBytes.then((bytes) => createHash('sha1').update(bytes).digest('base64url')));
// One failed promise must not take the server (and every open editor's highlights) down with it.
process.on('unhandledRejection', (e) => log.error(`[server] ${(e as Error)?.stack ?? String(e)}`));

// Worker threads index the corpus on every core (SA_INDEX_THREADS=0: in this thread only).
const threads = Number(process.env.SA_INDEX_THREADS ?? NaN);
const detectPool = threads === 0 ? undefined : new WorkerPool(join(__dirname, 'index-worker.js'), Number.isFinite(threads) ? threads : undefined);

let heardFromClient = 0;
startServer(connection, {
  fs: nodeFileSystem,
  log,
  detectPool,
  heardFromClient: () => heardFromClient,
  // Its own bundle, required only when an analyst imports: the server starts without parsing 4 MB of converters.
  importer: async () => (createRequire(__filename)(join(__dirname, 'importer.js')) as { importIntoFolder: NonNullable<ServerHost['importer']> extends () => Promise<infer F> ? F : never }).importIntoFolder,
  loadModel: async () => {
    const started = Date.now();
    try {
      const bytes = await modelBytes;
      // Unzipped on libuv's threads, then parsed a step at a time: this thread answers requests meanwhile.
      const model = await loadNerModelInTurns(await promisify(gunzip)(bytes), givingWayTo(() => heardFromClient));
      // The Node is the editor's (its extension host's), which decides how fast detection runs (npm run bench).
      log.info(`[model] loaded in ${Date.now() - started} ms (Node ${[process.version, ...process.execArgv].join(' ')})`);
      return { model, key: await modelKey() };
    } catch (e) {
      log.error(`[model] could not load ${MODEL}: ${(e as Error).message}; actors come from the registry only`);
      return undefined;
    }
  },
  modelKey: () => modelKey().catch(() => undefined),
  loadThesaurus: async () => {
    try {
      const thesaurus = readThesaurus(join(__dirname, '..'));
      if (!thesaurus) log.warn('[links] the synonym tables are not in the package (media/thesaurus/); links are suggested without synonyms');
      return thesaurus;
    } catch (e) {
      log.warn(`[links] could not load the synonym tables: ${(e as Error).message}; links are suggested without synonyms`);
      return undefined;
    }
  },
  // The client's storage folder, else the user's cache folder (any LSP editor): never inside the corpus.
  indexCacheFile: async (root, requested) => {
    const dir = requested ?? join(process.env.XDG_CACHE_HOME ?? join(homedir(), '.cache'), 'source-annotator', contentKey(root));
    try {
      await mkdir(dir, { recursive: true });
      return join(dir, 'index.bin');
    } catch (e) {
      log.warn(`[index] cannot keep the index in ${dir} (${(e as Error).message}); it lives in memory only`);
      return undefined;
    }
  },
});
connection.listen();

// The client's requests and notifications (answers to this server's own requests do not count), counted by a
// listener attached after listen(): a second 'data' listener before the connection's own would take its first bytes.
if (process.argv.includes('--node-ipc')) process.on('message', (m: unknown) => void (isCall(m) && heardFromClient++));
else if (process.argv.includes('--stdio')) process.stdin.on('data', () => void heardFromClient++);
