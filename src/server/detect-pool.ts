// Detection off the server's own thread: the host may offer a pool (worker threads in node) that summarises
// articles with the same detector, so that indexing a corpus uses every core while requests stay answered.
import type { RegistryFile } from '../core/model/registry';

/** A summary as it crosses a thread: canonical name → flat [start, end, …]. */
export interface WireSummary {
  figures: number;
  actors: number;
  mentions: Array<[canonical: string, offsets: number[]]>;
}

export interface DetectorConfig {
  registry: RegistryFile | undefined;
  model: boolean;
}

export interface DetectPool {
  readonly size: number;
  /** Every later summarise() uses a detector built from this configuration. */
  configure(config: DetectorConfig): void;
  summarise(texts: string[]): Promise<WireSummary[]>;
  dispose(): void;
}
