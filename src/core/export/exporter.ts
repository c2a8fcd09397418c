import { exportClaimReview } from './claimreview';
import { exportCsv } from './csv';
import { exportJson } from './json';
import { exportMarkdown } from './markdown';
import { exportRefi } from './refi/qdpx';
import type { BinaryExportFormat, ExportDocument, ExportFormat, ExportOptions, TextExportFormat } from './types';
import { exportW3c } from './w3c';

/** Text formats give a string; REFI-QDA gives the bytes of a zip (.qdpx). */
export function exportAnnotations(format: TextExportFormat, documents: readonly ExportDocument[], options: ExportOptions): string;
export function exportAnnotations(format: BinaryExportFormat, documents: readonly ExportDocument[], options: ExportOptions): Uint8Array;
export function exportAnnotations(format: ExportFormat, documents: readonly ExportDocument[], options: ExportOptions): string | Uint8Array;
export function exportAnnotations(format: ExportFormat, documents: readonly ExportDocument[], options: ExportOptions): string | Uint8Array {
  switch (format) {
    case 'json':
      return exportJson(documents, options.now);
    case 'w3c':
      return exportW3c(documents, options.baseUri, options.now);
    case 'csv':
      return exportCsv(documents);
    case 'markdown':
      return exportMarkdown(documents, options.now);
    case 'refi':
      return exportRefi(documents, options);
    case 'claimreview':
      return exportClaimReview(documents, options);
  }
}
