import type { ClaimAttribution } from '../attribution-view';
import type { Sidecar } from '../model/annotation';
import type { ResolvedSourceMeta, SourceFields } from '../model/source-meta';

/** The document as a source, as exported: recorded in its sidecar, else detected from its text. */
export type ExportedSource = SourceFields;

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
  /** The article's text, which the claims' positions refer to; absent when it could not be read. REFI-QDA exports it. */
  text?: string;
}

export const EXPORT_FORMATS = ['json', 'w3c', 'csv', 'markdown', 'refi', 'claimreview'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];
/** Formats whose output is bytes (a zip), not text: never written to stdout, sent base64 over the protocol. */
export const BINARY_EXPORT_FORMATS = ['refi'] as const satisfies readonly ExportFormat[];
export type BinaryExportFormat = (typeof BINARY_EXPORT_FORMATS)[number];
export type TextExportFormat = Exclude<ExportFormat, BinaryExportFormat>;
export const isBinaryExportFormat = (format: ExportFormat): format is BinaryExportFormat => (BINARY_EXPORT_FORMATS as readonly string[]).includes(format);

export const EXPORT_EXTENSIONS: Record<ExportFormat, string> = {
  json: 'json',
  w3c: 'jsonld',
  csv: 'csv',
  markdown: 'md',
  refi: 'qdpx',
  claimreview: 'jsonld',
};

/** How a claimant is described where a format distinguishes people from organisations (ClaimReview's author). */
export type ClaimantKind = 'person' | 'organization';

export interface ExportOptions {
  /** Documents are identified by this URI plus their path (W3C, ClaimReview); its last segment names a REFI-QDA project. */
  baseUri: string;
  /** The export's time (ISO), where a format records it. */
  now: string;
  /** Whether a claimant (canonical actor name) is a person or an organisation, from the actor registry; undefined: unknown. */
  claimantKind?: (name: string) => ClaimantKind | undefined;
}
