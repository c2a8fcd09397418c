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
import { fmt, median } from './stats';
import { variedCorpus } from './varied-text';
import { editorNode, nodeVersion } from './editor-node';
import { SERVER_NODE_FLAGS } from '../server/node-flags';

interface Run {
  /** From initialize until the Documents list has every title. */
  listedMs: number;
  /** From initialize until the server reports the index complete. */
  indexedMs: number;
  /** From initialize until the server has persisted the index (cold runs; warm ones have nothing to persist). */
  persistedMs: number | undefined;
  log: string;
  peakMb: number;
  /** The server's CPU time (every thread) until the index was complete: steadier than wall time on shared cores. */
  cpuS: number;
  /** How long a small request (a page of the Documents view) took to be answered, every 200 ms while the index filled. */
  answerMs: number[];
}

export async function indexOnce(node: string, server: string, root: string, cache: string, count: number, profileDir?: string): Promise<Run> {
  const flags = profileDir ? ['--cpu-prof', `--cpu-prof-dir=${profileDir}`] : [];
  const child = spawn(node, [...flags, ...SERVER_NODE_FLAGS, server, '--stdio'], { stdio: ['pipe', 'pipe', 'inherit'], env: { ...process.env, XDG_CACHE_HOME: cache } });
  const conn = createProtocolConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin));
  let indexed: ((line: string) => void) | undefined;
  const done = new Promise<string>((r) => (indexed = r));
  let persisted: (() => void) | undefined;
  const saved = new Promise<void>((r) => (persisted = r));
  conn.onNotification(LogMessageNotification.type, (m: LogMessageParams) => {
    if (new RegExp(`\\[index\\] ${count} article`).test(m.message)) indexed?.(m.message);
    if (m.message.startsWith(`[index] persisted ${count} `)) persisted?.();
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
  // A page of the Documents view asked for every 200 ms, as the view does while counts come in.
  const answerMs: number[] = [];
  let indexing = true;
  const asking = (async () => {
    while (indexing) {
      const asked = performance.now();
      await conn.sendRequest(DocumentsRequest, { from: 0, limit: 50 });
      answerMs.push(performance.now() - asked);
      await new Promise((r) => setTimeout(r, 200));
    }
  })();
  const log = await done;
  const indexedMs = Date.now() - started;
  indexing = false;
  await asking;
  // What was detected is persisted next: the peak memory and CPU time below include it.
  let persistedMs: number | undefined;
  if (!/: 0 detected, .*\(0 of them hashed\)/.test(log)) {
    await saved;
    persistedMs = Date.now() - started;
  }
  const status = readFileSync(`/proc/${child.pid}/status`, 'utf8');
  const peakMb = Number(/VmHWM:\s+(\d+) kB/.exec(status)?.[1] ?? 0) / 1024;
  // utime and stime, in clock ticks (100 per second on Linux), after the command name (which may hold spaces).
  const ticks = readFileSync(`/proc/${child.pid}/stat`, 'utf8').replace(/^.*\) /, '').split(' ');
  const cpuS = (Number(ticks[11]) + Number(ticks[12])) / 100;
  await conn.sendRequest(ShutdownRequest.type);
  await conn.sendNotification(ExitNotification.type);
  conn.dispose();
  // A profiled server writes its profile as it exits: it is given the time to (a kill would lose it).
  if (profileDir) await new Promise((r) => (child.exitCode === null ? child.once('exit', r) : r(undefined)));
  child.kill();
  return { listedMs, indexedMs, persistedMs, log, peakMb, cpuS, answerMs };
}

/**
 * Cold then warm, `SA_BENCH_INDEX_RUNS` times (default 1), each cold run with a fresh persisted index; the table gives
 * medians. `SA_BENCH_BASELINE_SERVER=<another build's dist/server.js>` runs that server too, turn about with this one,
 * on the same corpus: a same-run baseline on a machine whose cores are shared. `SA_BENCH_PROFILE=<folder>` runs the
 * servers under `node --cpu-prof` and leaves their profiles there (cold/ and warm/, per server and run). The servers run
 * as the editor starts them: in its Node (editor-node.ts; this one when no editor host is installed), with
 * SERVER_NODE_FLAGS.
 */
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
    const runs = Math.max(1, Number(process.env.SA_BENCH_INDEX_RUNS ?? 1));
    const profile = process.env.SA_BENCH_PROFILE;
    const servers: Array<[name: string, path: string]> = [['this build', join(root, 'dist', 'server.js')]];
    if (process.env.SA_BENCH_BASELINE_SERVER) servers.push(['baseline', process.env.SA_BENCH_BASELINE_SERVER]);
    const node = editorNode(root) ?? process.execPath;
    const results = servers.map(() => ({ cold: [] as Run[], warm: [] as Run[] }));
    for (let i = 0; i < runs; i++) {
      for (const [s, [name, server]] of servers.entries()) {
        const cache = join(dir, `cache-${s}-${i}`);
        const profileDir = (start: string): string | undefined => (profile ? join(profile, start, `${name.replace(/\W+/g, '-')}-${i}`) : undefined);
        results[s]!.cold.push(await indexOnce(node, server, corpus, cache, count, profileDir('cold')));
        results[s]!.warm.push(await indexOnce(node, server, corpus, cache, count, profileDir('warm')));
        rmSync(cache, { recursive: true, force: true });
      }
    }
    const row = (name: string, rs: Run[]): string => {
      const m = (f: (r: Run) => number): string => fmt(median(rs.map(f)));
      const each = rs.length > 1 ? ` (runs: ${rs.map((r) => fmt(r.indexedMs / 1000)).join(', ')} s; ${rs.map((r) => fmt(r.peakMb, 0)).join(', ')} MB)` : '';
      const persisted = rs.every((r) => r.persistedMs !== undefined) ? m((r) => r.persistedMs! / 1000) : '–';
      const answers = rs.flatMap((r) => r.answerMs).sort((a, b) => a - b);
      const answered = answers.length > 0 ? `${fmt(median(answers))} (${fmt(answers[Math.floor(0.9 * (answers.length - 1))]!)}, ${fmt(answers[answers.length - 1]!)})` : '–';
      return `| ${name} | ${m((r) => r.listedMs / 1000)} | ${m((r) => r.indexedMs / 1000)} | ${persisted} | ${m((r) => r.cpuS)} | ${m((r) => r.peakMb)} | ${answered} | ${rs[rs.length - 1]!.log.replace(/^\[index\] /, '')}${each} |`;
    };
    return [
      `## Corpus index: ${count} articles, ${fmt(bytes / 1e6)} MB of varied text, the language server over stdio in ${nodeVersion(node)}${runs > 1 ? ` (medians of ${runs} runs)` : ''}`,
      '',
      '| start | titles listed (s) | index complete (s) | … and persisted (s) | server CPU to then (s) | server peak memory (MB) | a page of titles answered while indexing: median (p90, max) ms | server log |',
      '|---|---|---|---|---|---|---|---|',
      ...servers.flatMap(([name], s) => {
        const of = servers.length > 1 ? `${name}: ` : '';
        return [row(`${of}cold (no persisted index)`, results[s]!.cold), row(`${of}warm (restart, nothing changed)`, results[s]!.warm)];
      }),
    ];
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
