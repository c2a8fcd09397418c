// The language server in a Web Worker (the browser build, started by src/extension/browser-main.ts): the same
// server as the node process, with its file access and the shipped model served by the client over LSP.
import { BrowserMessageReader, BrowserMessageWriter, createConnection, ProposedFeatures } from 'vscode-languageserver/browser';
import { loadNerModelInTurns } from '../core/detect/ner/model-file';
import { givingWayTo, isCall } from '../core/event-loop';
import { loadThesaurus, THESAURUS_FILES } from '../core/analysis/thesaurus';
import type { Logger } from '../core/ports';
import { browserGunzip } from '../platform/browser-gunzip';
import { decodeBytes, EXTENSION_FILES, ExtensionFileRequest } from '../protocol/fs-protocol';
import { startServer } from './annotator-server';
import { ClientFileSystem } from './client-fs';
import { contentKey } from './index-cache';

// The worker's global scope (tsconfig has no WebWorker lib: the rest of the server must not rely on one).
declare const self: ConstructorParameters<typeof BrowserMessageReader>[0];
const scope = self as unknown as {
  addEventListener(type: 'unhandledrejection', listener: (e: { reason: unknown; preventDefault(): void }) => void): void;
  addEventListener(type: 'message', listener: (e: { data: unknown }) => void): void;
};

const connection = createConnection(ProposedFeatures.all, new BrowserMessageReader(self), new BrowserMessageWriter(self));
const log: Logger = {
  info: (m) => connection.console.info(m),
  warn: (m) => connection.console.warn(m),
  error: (m) => connection.console.error(m),
};
// One failed promise must not take the server (and every open editor's highlights) down with it.
scope.addEventListener('unhandledrejection', (e) => {
  e.preventDefault();
  log.error(`[server] ${(e.reason as Error)?.stack ?? String(e.reason)}`);
});

const MODEL = EXTENSION_FILES[0];

// The client's requests and notifications: the index, built in this thread, gives way to them. The answers to this
// server's own requests (the files it reads through the client) do not count.
let heardFromClient = 0;
scope.addEventListener('message', (e) => {
  if (isCall(e.data)) heardFromClient++;
});

startServer(connection, {
  fs: new ClientFileSystem(connection),
  log,
  heardFromClient: () => heardFromClient,
  // No worker threads here: the index is built in this worker, which is already off the editor's thread.
  detectPool: undefined,
  loadModel: async () => {
    const started = Date.now();
    try {
      const { base64 } = await connection.sendRequest(ExtensionFileRequest, { relativePath: MODEL });
      const gz = decodeBytes(base64);
      const model = await loadNerModelInTurns(await browserGunzip(gz), givingWayTo(() => heardFromClient));
      log.info(`[model] loaded in ${Date.now() - started} ms`);
      return { model, key: contentKey(base64) };
    } catch (e) {
      log.error(`[model] could not load ${MODEL} through the editor: ${(e as Error).message}; actors come from the registry only`);
      return undefined;
    }
  },
  // Through the client like the model; fflate's gunzip (a few tenths of a second, once).
  loadThesaurus: async () => {
    try {
      const files = await Promise.all(Object.entries(THESAURUS_FILES).map(async ([language, relativePath]) => [language, decodeBytes((await connection.sendRequest(ExtensionFileRequest, { relativePath })).base64)] as const));
      return loadThesaurus(Object.fromEntries(files));
    } catch (e) {
      log.warn(`[links] could not load the synonym tables through the editor: ${(e as Error).message}; links are suggested without synonyms`);
      return undefined;
    }
  },
  // The index lives in this worker's memory: a browser has no folder of ours to keep it in between sessions.
  indexCacheFile: async () => undefined,
});
connection.listen();
