// Runs the corpus index: restores what the persisted index still holds, indexes the rest with a cancellable
// work-done progress, then persists it. One run at a time; a new detector queues a new run.
import * as l10n from '@vscode/l10n';
import type { Connection } from 'vscode-languageserver';
import type { ServerHost } from './host';
import { loadIndexCache, saveIndexCache, type CachedSummary } from './index-cache';
import type { AnnotatorWorkspace } from './workspace';

export class IndexRunner {
  private running: Promise<void> = Promise.resolve();
  private saving: Promise<void> = Promise.resolve();
  private cacheFile: string | undefined;
  /** The detector key restoreFirst() restored the persisted index for. */
  private restoredFor: string | undefined;

  constructor(
    private readonly connection: Connection,
    private readonly host: ServerHost,
    private readonly ws: AnnotatorWorkspace,
    /** The client's storage folder for this workspace, if it gave one. */
    private readonly cacheDir: string | undefined,
  ) {}

  /** Queues a run; `first` (the open articles) are indexed before the rest; `onBatch` hears of progress. */
  run(first: () => string[], onBatch: (documents: string[]) => void): void {
    this.running = this.running
      .then(() => this.once(first(), onBatch))
      .catch((e: unknown) => this.host.log.error(`[index] ${(e as Error).message}`));
  }

  private async once(first: string[], onBatch: (documents: string[]) => void): Promise<void> {
    const w = this.ws;
    await this.restore();
    if (w.index.size() === w.corpus.documents().length && this.restoredFor === w.detectorKey()) {
      // restoreFirst() covered all; files touched but not changed are persisted with their new stamps.
      if (w.index.stats.hashed > 0) await this.save();
      return;
    }
    const progress = await this.connection.window.createWorkDoneProgress();
    progress.begin(l10n.t('Source Annotator: indexing the corpus'), 0, undefined, true);
    const started = Date.now();
    let cancelled = false;
    progress.token.onCancellationRequested(() => (cancelled = true));
    // A report when the count has moved by a percent (the index reports after every few milliseconds of work).
    let reported = -1;
    const report = (done: number, all: number): void => {
      const step = Math.floor((100 * done) / Math.max(1, all));
      if (step === reported) return;
      reported = step;
      progress.report(step, l10n.t('{0} / {1} articles', done, all));
    };
    await w.buildIndex(
      first,
      { report, get cancelled() { return cancelled; }, heardFromClient: this.host.heardFromClient },
      (batch) => batch.length > 0 && onBatch(batch),
    );
    progress.done();
    // Complete as the analyst sees it (the progress ends, every count is known); kept for the next start after.
    const { reused, detected, hashed } = w.index.stats;
    this.host.log.info(`[index] ${w.index.size()} article(s) in ${Date.now() - started} ms: ${detected} detected, ${reused} from the persisted index (${hashed} of them hashed)${cancelled ? ' (cancelled)' : ''}`);
    if (!cancelled && detected + hashed > 0) await this.save();
  }

  private save(): Promise<void> {
    const w = this.ws;
    const file = this.cacheFile;
    if (!file) return Promise.resolve();
    const started = Date.now();
    this.saving = saveIndexCache(this.host.fs, file, w.detectorKey(), w.index.snapshot()).then(() => {
      w.index.stats.hashed = 0;
      this.host.log.info(`[index] persisted ${w.index.size()} summaries in ${Date.now() - started} ms`);
    });
    return this.saving;
  }

  /** Resolves once the index being persisted is on disk (the server waits for it before it shuts down). */
  persisted(): Promise<void> {
    return this.saving.catch(() => undefined);
  }

  /**
   * Restores the persisted index before the detector exists (a restart with nothing changed is then complete
   * before the model is parsed); resolves with the articles it covered.
   */
  restoreFirst(): Promise<string[]> {
    const restored = this.running.then(async () => {
      const started = Date.now();
      const cache = await this.cache();
      this.restoredFor = this.ws.detectorKey();
      const taken = cache ? await this.ws.restoreIndex(cache) : [];
      const all = this.ws.corpus.documents().length;
      if (taken.length > 0 && taken.length === all) this.host.log.info(`[index] ${all} article(s) in ${Date.now() - started} ms: 0 detected, ${all} from the persisted index (${this.ws.index.stats.hashed} of them hashed)`);
      return taken;
    });
    this.running = restored.then(
      () => undefined,
      (e: unknown) => this.host.log.error(`[index] ${(e as Error).message}`),
    );
    return restored.catch(() => []);
  }

  /** Whether this workspace has a persisted index (without one, every article will be detected). */
  async hasPersisted(): Promise<boolean> {
    if (!this.ws.root) return false;
    this.cacheFile ??= await this.host.indexCacheFile(this.ws.root, this.cacheDir);
    return this.cacheFile !== undefined && (await this.host.fs.exists(this.cacheFile));
  }

  /** Offers the index the summaries of the persisted index that the current detector made. */
  private async restore(): Promise<void> {
    if (this.restoredFor === this.ws.detectorKey()) return; // restoreFirst() offered it already.
    const cache = await this.cache();
    if (cache) this.ws.index.restore(cache);
  }

  private async cache(): Promise<Map<string, CachedSummary> | undefined> {
    if (!this.ws.root) return undefined;
    this.cacheFile ??= await this.host.indexCacheFile(this.ws.root, this.cacheDir);
    return this.cacheFile ? loadIndexCache(this.host.fs, this.cacheFile, this.ws.detectorKey(), this.host.log) : undefined;
  }
}
