import type { ClaimAttribution } from '../attribution-view';
import type { Sidecar } from '../model/annotation';

/** One annotated document as exporters see it: its path relative to the export root ('/' separated) and its sidecar. */
export interface ExportDocument {
  path: string;
  sidecar: Sidecar;
  /** Per claim id: who the text cites for it, as detected at export (null: nobody); absent when not detected. */
  attributions?: ReadonlyMap<string, ClaimAttribution | null>;
}

export const EXPORT_FORMATS = ['json', 'w3c', 'csv', 'markdown'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export const EXPORT_EXTENSIONS: Record<ExportFormat, string> = {
  json: 'json',
  w3c: 'jsonld',
  csv: 'csv',
  markdown: 'md',
};
