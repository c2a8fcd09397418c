// The corpus index at scale: 10,000 articles of varied text (~25 MB) on disk, indexed by the real language server
// (dist/server.js over stdio) cold, then warm after a restart; with the server's peak memory (VmHWM).
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { createProtocolConnection, StreamMessageReader, StreamMessageWriter } from 'vscode-languageserver-protocol/node';
import { ExitNotification, InitializedNotification, InitializeRequest, LogMessageNotification, ShutdownRequest, type LogMessageParams } from 'vscode-languageserver-protocol';
import { DocumentsRequest } from '../protocol/protocol';
import { fmt } from './stats';
import { variedCorpus } from './varied-text';

interface Run {
  /** From initialize until the Documents list has every title. */
  listedMs: number;
  /** From initialize until the server reports the index complete. */
  indexedMs: number;
  log: string;
  peakMb: number;
}

async function indexOnce(server: string, root: string, cache: string, count: number): Promise<Run> {
  const child = spawn(process.execPath, [server, '--stdio'], { stdio: ['pipe', 'pipe', 'inherit'], env: { ...process.env, XDG_CACHE_HOME: cache } });
  const conn = createProtocolConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin));
  let indexed: ((line: string) => void) | undefined;
  const done = new Promise<string>((r) => (indexed = r));
  conn.onNotification(LogMessageNotification.type, (m: LogMessageParams) => {
    if (new RegExp(`\\[index\\] ${count} article`).test(m.message)) indexed?.(m.message);
  });
  conn.listen();
  const started = Date.now();
  await conn.sendRequest(InitializeRequest.type, { processId: process.pid, rootUri: pathToFileURL(root).toString(), workspaceFolders: [{ uri: pathToFileURL(root).toString(), name: 'bench' }], capabilities: {} });
  await conn.sendNotification(InitializedNotification.type, {});
  let listedMs = 0;
  while (listedMs === 0) {
    const { documents } = await conn.sendRequest(DocumentsRequest, {});
    if (documents.length === count) listedMs = Date.now() - started;
    else await new Promise((r) => setTimeout(r, 20));
  }
  const log = await done;
  const indexedMs = Date.now() - started;
  const status = readFileSync(`/proc/${child.pid}/status`, 'utf8');
  const peakMb = Number(/VmHWM:\s+(\d+) kB/.exec(status)?.[1] ?? 0) / 1024;
  await conn.sendRequest(ShutdownRequest.type);
  await conn.sendNotification(ExitNotification.type);
  conn.dispose();
  child.kill();
  return { listedMs, indexedMs, log, peakMb };
}

export async function benchIndex(root: string, sentences: readonly string[], count = 10_000): Promise<string[]> {
  const dir = mkdtempSync(join(tmpdir(), 'sa-index-bench-'));
  try {
    const corpus = join(dir, 'corpus');
    mkdirSync(corpus);
    let bytes = 0;
    variedCorpus(sentences, count, 2500).forEach((text, i) => {
      writeFileSync(join(corpus, `${String(i).padStart(5, '0')}.txt`), text);
      bytes += Buffer.byteLength(text);
    });
    const server = join(root, 'dist', 'server.js');
    const cache = join(dir, 'cache');
    const cold = await indexOnce(server, corpus, cache, count);
    const warm = await indexOnce(server, corpus, cache, count);
    const row = (name: string, r: Run): string => `| ${name} | ${fmt(r.listedMs / 1000)} | ${fmt(r.indexedMs / 1000)} | ${fmt(r.peakMb)} | ${r.log.replace(/^\[index\] /, '')} |`;
    return [
      `## Corpus index: ${count} articles, ${fmt(bytes / 1e6)} MB of varied text, the language server over stdio`,
      '',
      '| start | titles listed (s) | index complete (s) | server peak memory (MB) | server log |',
      '|---|---|---|---|---|',
      row('cold (no persisted index)', cold),
      row('warm (restart, nothing changed)', warm),
    ];
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
