import { exportCsv } from './csv';
import { exportJson } from './json';
import { exportMarkdown } from './markdown';
import type { ExportDocument, ExportFormat } from './types';
import { exportW3c } from './w3c';

export function exportAnnotations(format: ExportFormat, documents: readonly ExportDocument[], options: { baseUri: string; now: string }): string {
  switch (format) {
    case 'json':
      return exportJson(documents, options.now);
    case 'w3c':
      return exportW3c(documents, options.baseUri, options.now);
    case 'csv':
      return exportCsv(documents);
    case 'markdown':
      return exportMarkdown(documents, options.now);
  }
}
