// Where the extension host's long tasks went, from a CPU profile of it (SA_BENCH_PROFILE): the host's heap and
// thread are shared with VS Code and every other extension, so a block's length alone does not say whose it is.
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string };
  children?: number[];
}
interface CpuProfile {
  nodes: ProfileNode[];
  startTime: number;
  samples: number[];
  timeDeltas: number[];
}

export interface LongTask {
  /** Seconds after the profile started. */
  at: number;
  ms: number;
  /** Milliseconds of the task's samples by who ran: this extension, the bench, VS Code, a built-in extension, … */
  by: Array<[string, number]>;
}

/** Runs of samples without idle time of at least `minMs`, each with its samples attributed (see `whose`). */
export function longTasks(file: string, root: string, minMs = 50): LongTask[] {
  const p = JSON.parse(readFileSync(file, 'utf8')) as CpuProfile;
  const byId = new Map(p.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of p.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const ours = pathToFileURL(root).href;
  const whoseCache = new Map<number, string>();
  const whose = (id: number): string => {
    let who = whoseCache.get(id);
    if (who !== undefined) return who;
    const frames: ProfileNode['callFrame'][] = [];
    for (let x: number | undefined = id; x !== undefined; x = parent.get(x)) frames.push(byId.get(x)!.callFrame);
    const builtIn = frames.find((f) => f.url.includes('/lib/vscode/extensions/'))?.url.split('/lib/vscode/extensions/')[1]!.split('/')[0];
    if (frames[0]!.functionName === '(garbage collector)') who = 'garbage collection';
    else if (frames.some((f) => f.url.startsWith(`${ours}/dist/test/`))) who = 'the bench';
    else if (frames.some((f) => f.url.startsWith(`${ours}/dist/`))) who = 'this extension';
    else if (builtIn) who = `built-in ${builtIn}`;
    else if (frames.some((f) => f.url.includes('/lib/vscode/'))) who = 'VS Code';
    else who = `Node (${frames[0]!.functionName.replace(/^\((.*)\)$/, '$1') || 'anonymous'})`;
    whoseCache.set(id, who);
    return who;
  };
  const tasks: LongTask[] = [];
  let run: Array<[number, number, number]> = [];
  const close = (): void => {
    const ms = run.length ? (run[run.length - 1]![0] - run[0]![0]) / 1000 : 0;
    if (ms >= minMs) {
      const by = new Map<string, number>();
      for (const [, id, dt] of run) by.set(whose(id), (by.get(whose(id)) ?? 0) + dt / 1000);
      tasks.push({ at: (run[0]![0] - p.startTime) / 1e6, ms, by: [...by].sort((a, b) => b[1] - a[1]) });
    }
    run = [];
  };
  let t = p.startTime;
  p.samples.forEach((id, i) => {
    t += p.timeDeltas[i]!;
    if (byId.get(id)!.callFrame.functionName === '(idle)') close();
    else run.push([t, id, p.timeDeltas[i]!]);
  });
  close();
  return tasks;
}

/** One line per task: `@4.0 s 249 ms: this extension 220, VS Code 13, …` (shares over 1 ms). */
export function describeTasks(tasks: readonly LongTask[]): string[] {
  return tasks.map((k) => `@${k.at.toFixed(1)} s ${Math.round(k.ms)} ms: ${k.by.filter(([, v]) => v >= 1).map(([who, v]) => `${who} ${Math.round(v)}`).join(', ')}`);
}
