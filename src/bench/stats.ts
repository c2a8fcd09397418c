import { performance } from 'node:perf_hooks';

export function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
}

/** Median wall time in ms of `runs` calls after `warmup` calls. */
export function timeMedian(fn: () => unknown, runs: number, warmup = 1): number {
  return timeFresh(() => undefined, fn, runs, warmup).ms;
}

/**
 * Median wall time in ms of `run(setup())` over `runs` calls after `warmup` calls; setup (a fresh detector, so that no
 * cache warmed by an earlier call flatters the next) is not timed. Returns the medians of wall and CPU time (the
 * process's; on a machine shared with other work, wall time includes waiting for a core) and the last setup's value.
 */
export function timeFresh<T>(setup: () => T, run: (x: T) => unknown, runs: number, warmup = 1): { ms: number; cpuMs: number; last: T } {
  let last = setup();
  for (let i = 0; i < warmup; i++) {
    run(last);
    last = setup();
  }
  const times: number[] = [];
  const cpu: number[] = [];
  for (let i = 0; i < runs; i++) {
    if (i > 0) last = setup();
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    run(last);
    times.push(performance.now() - t0);
    const c = process.cpuUsage(c0);
    cpu.push((c.user + c.system) / 1000);
  }
  return { ms: median(times), cpuMs: median(cpu), last };
}

export const fmt = (n: number, digits = 1): string => n.toFixed(digits);
