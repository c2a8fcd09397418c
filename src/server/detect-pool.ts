// Detection off the server's own thread: the host may offer a pool (worker threads in node) that summarises
// articles with the same detector, so that indexing a corpus uses every core while requests stay answered.
import type { RegistryFile } from '../core/model/registry';
import type { SourceMeta } from '../core/model/source-meta';
import type { DetectedMeta } from '../core/source/detect-meta';
import type { IndexedFigure } from '../core/analysis/figure-groups';
import type { PackedMentions } from './packed-mentions';

/** An article to summarise: its text and the analyst's decisions about which of its lines are not the article. */
export interface PoolArticle { text: string; lines?: Pick<SourceMeta, 'boilerplateLines' | 'articleLines'> }

/** A summary as it crosses a thread. */
export interface WireSummary {
  figures: number;
  actors: number;
  mentions: PackedMentions;
  /** The article as a source, as its text says. */
  meta: DetectedMeta;
  /** Its comparable figures with their sentences (figures side by side). */
  quantities: IndexedFigure[];
}

export interface DetectorConfig {
  registry: RegistryFile | undefined;
  model: boolean;
}

export interface DetectPool {
  readonly size: number;
  /** Every later summarise() uses a detector built from this configuration. */
  configure(config: DetectorConfig): void;
  summarise(articles: PoolArticle[]): Promise<WireSummary[]>;
  dispose(): void;
}
