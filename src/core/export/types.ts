import type { Sidecar } from '../model/annotation';

/** One annotated document as exporters see it: its path relative to the export root ('/' separated) and its sidecar. */
export interface ExportDocument {
  path: string;
  sidecar: Sidecar;
}

export const EXPORT_FORMATS = ['json', 'w3c', 'csv', 'markdown'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export const EXPORT_EXTENSIONS: Record<ExportFormat, string> = {
  json: 'json',
  w3c: 'jsonld',
  csv: 'csv',
  markdown: 'md',
};
