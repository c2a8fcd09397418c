// Runs the corpus index: restores what the persisted index still holds, indexes the rest with a cancellable
// work-done progress, then persists it. One run at a time; a new detector queues a new run.
import * as l10n from '@vscode/l10n';
import type { Connection } from 'vscode-languageserver';
import type { ServerHost } from './host';
import { loadIndexCache, saveIndexCache } from './index-cache';
import type { AnnotatorWorkspace } from './workspace';

export class IndexRunner {
  private running: Promise<void> = Promise.resolve();
  private cacheFile: string | undefined;

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
    const progress = await this.connection.window.createWorkDoneProgress();
    progress.begin(l10n.t('Source Annotator: indexing the corpus'), 0, undefined, true);
    const started = Date.now();
    let cancelled = false;
    progress.token.onCancellationRequested(() => (cancelled = true));
    const total = await w.buildIndex(
      first,
      { report: (done, all) => progress.report(Math.round((100 * done) / Math.max(1, all)), l10n.t('{0} / {1} articles', done, all)), get cancelled() { return cancelled; } },
      (batch) => batch.length > 0 && onBatch(batch),
    );
    progress.done();
    const { reused, detected } = w.index.stats;
    if (!cancelled && detected > 0 && this.cacheFile) await saveIndexCache(this.host.fs, this.cacheFile, w.detectorKey(), w.index.snapshot());
    this.host.log.info(`[index] ${total} article(s) in ${Date.now() - started} ms: ${detected} detected, ${reused} from the persisted index${cancelled ? ' (cancelled)' : ''}`);
  }

  /** Offers the index the summaries of the persisted index that the current detector made. */
  private async restore(): Promise<void> {
    if (!this.ws.root) return;
    this.cacheFile ??= await this.host.indexCacheFile(this.ws.root, this.cacheDir);
    if (this.cacheFile) this.ws.index.restore(await loadIndexCache(this.host.fs, this.cacheFile, this.ws.detectorKey(), this.host.log));
  }
}
