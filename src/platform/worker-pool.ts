// The node server's detect pool: worker threads, each with its own detector, fed batches of articles.
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { DetectorConfig, DetectPool, PoolArticle, WireSummary } from '../server/detect-pool';

interface Pending {
  resolve: (s: WireSummary[]) => void;
  reject: (e: Error) => void;
}

export class WorkerPool implements DetectPool {
  private started: Worker[] | undefined;
  private config: DetectorConfig | undefined;
  private readonly pending = new Map<number, Pending>();
  private next = 0;
  private turn = 0;

  constructor(
    private readonly script: string,
    // One thread fewer than cores: the server's own thread detects from the same queue (corpus-index.ts), and each
    // thread holds its own detector and model (~130 MB), which kept the cold index of 10,000 articles over 600 MB.
    readonly size = Math.max(1, Math.min(3, availableParallelism() - 1)),
  ) {}

  /** Threads start on first use, not with the server: its start-up is the user's wait for the first titles. */
  private get workers(): Worker[] {
    this.started ??= Array.from({ length: this.size }, () => {
      // A young generation of 16 MB, not V8's default 48: detection's garbage is short-lived, and the smaller nursery
      // kept the cold index of 10,000 articles some 30 MB lower at the same speed (npm run bench -- index).
      const w = new Worker(this.script, { resourceLimits: { maxYoungGenerationSizeMb: 16 } });
      w.on('message', (m: { id: number; summaries?: WireSummary[]; error?: string }) => {
        const p = this.pending.get(m.id);
        this.pending.delete(m.id);
        if (m.summaries) p?.resolve(m.summaries);
        else p?.reject(new Error(m.error ?? 'worker failed'));
      });
      w.on('error', (e) => this.failAll(e));
      w.unref();
      if (this.config) w.postMessage({ type: 'configure', config: this.config });
      return w;
    });
    return this.started;
  }

  configure(config: DetectorConfig): void {
    this.config = config;
    for (const w of this.started ?? []) w.postMessage({ type: 'configure', config });
  }

  warmUp(): void {
    for (const w of this.workers) w.postMessage({ type: 'warmUp' });
  }

  summarise(articles: PoolArticle[]): Promise<WireSummary[]> {
    const id = this.next++;
    const worker = this.workers[this.turn++ % this.workers.length]!;
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      worker.postMessage({ type: 'summarise', id, articles });
    });
  }

  dispose(): void {
    this.failAll(new Error('the detect pool was stopped'));
    for (const w of this.started ?? []) void w.terminate();
  }

  private failAll(e: Error): void {
    for (const p of this.pending.values()) p.reject(e);
    this.pending.clear();
  }
}
