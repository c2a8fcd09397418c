import { stringify } from 'csv-stringify/sync';
import { resolveLinkTarget } from '../model/links';
import type { ExportDocument } from './types';

// New columns come last (attribution, then the document as a source), so that sheets made from earlier exports keep theirs.
const COLUMNS = ['document', 'id', 'text', 'start', 'end', 'anchor', 'status', 'claimant', 'note', 'tags', 'links', 'created', 'modified', 'author', 'cited_source', 'cue', 'mode', 'stance', 'hedges',
  'document_title', 'outlet', 'original_source', 'published', 'language', 'url', 'document_author'];

/** One row per claim; links as `rel document#id` separated by '; '. RFC 4180 quoting via csv-stringify. */
export function exportCsv(documents: readonly ExportDocument[]): string {
  const rows: string[][] = [];
  for (const doc of [...documents].sort((a, b) => a.path.localeCompare(b.path))) {
    for (const a of doc.sidecar.annotations) {
      const [quote, position] = a.target.selector;
      const links = a.links.map((l) => {
        const t = resolveLinkTarget(doc.path, l.target);
        return `${l.rel} ${t.document}#${t.id}`;
      });
      const cited = doc.attributions?.get(a.id);
      const src = doc.source;
      rows.push([
        doc.path, a.id, quote.exact, String(position.start), String(position.end), a.anchor, a.body.status,
        a.body.claimant ?? '', a.body.note ?? '', a.body.tags.join('; '), links.join('; '), a.created, a.modified, a.author,
        cited?.source ?? '', cited?.cue ?? '', cited?.mode ?? '', cited?.stance ?? '', cited?.hedges.join('; ') ?? '',
        ...[src?.title, src?.outlet, src?.source, src?.published, src?.language, src?.url, src?.author].map((v) => v ?? ''),
      ]);
    }
  }
  // A leading BOM lets spreadsheet programs read the UTF-8 German text correctly. A note's line breaks are quoted:
  // with a record delimiter given, csv-stringify would leave a bare '\n' unquoted, and a spreadsheet splits the row.
  return '\uFEFF' + stringify(rows, { header: true, columns: COLUMNS, record_delimiter: 'windows', quote_record_delimiter: true });
}
