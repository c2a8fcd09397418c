// Detection off the server's own thread: the host may offer a pool (worker threads in node) that summarises
// articles with the same detector, so that indexing a corpus uses every core while requests stay answered.
import type { RegistryFile } from '../core/model/registry';
import type { SourceMeta } from '../core/model/source-meta';
import type { DocumentSummary } from './corpus-index';

/** An article to summarise: its text and the analyst's decisions about which of its lines are not the article. */
export interface PoolArticle { text: string; lines?: Pick<SourceMeta, 'boilerplateLines' | 'articleLines'> }

/** A summary as it crosses a thread: the one the server thread makes (typed arrays and plain objects clone). */
export type WireSummary = DocumentSummary;

export interface DetectorConfig {
  registry: RegistryFile | undefined;
  model: boolean;
}

export interface DetectPool {
  readonly size: number;
  /** Every later summarise() uses a detector built from this configuration. */
  configure(config: DetectorConfig): void;
  /**
   * Starts the threads and builds their detectors now, for a corpus about to be detected from scratch: they load
   * the model while this thread is still reading the articles. A later configure() with the same configuration keeps them.
   */
  warmUp(): void;
  summarise(articles: PoolArticle[]): Promise<WireSummary[]>;
  dispose(): void;
}
