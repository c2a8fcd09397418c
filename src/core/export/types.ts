import type { ClaimAttribution } from '../attribution-view';
import type { Sidecar } from '../model/annotation';
import type { ResolvedSourceMeta } from '../model/source-meta';

/** The document as a source, as exported: recorded in its sidecar, else detected from its text. */
export type ExportedSource = Pick<ResolvedSourceMeta, 'title' | 'outlet' | 'source' | 'published' | 'language' | 'url' | 'author'>;

export const exportedSource = (m: ResolvedSourceMeta): ExportedSource =>
  ({ title: m.title, outlet: m.outlet, source: m.source, published: m.published, language: m.language, url: m.url, author: m.author });

/** One annotated document as exporters see it: its path relative to the export root ('/' separated) and its sidecar. */
export interface ExportDocument {
  path: string;
  sidecar: Sidecar;
  /** Per claim id: who the text cites for it, as detected at export (null: nobody); absent when not detected. */
  attributions?: ReadonlyMap<string, ClaimAttribution | null>;
  /** Absent when the article could not be read (gone, binary). */
  source?: ExportedSource;
}

export const EXPORT_FORMATS = ['json', 'w3c', 'csv', 'markdown'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export const EXPORT_EXTENSIONS: Record<ExportFormat, string> = {
  json: 'json',
  w3c: 'jsonld',
  csv: 'csv',
  markdown: 'md',
};
