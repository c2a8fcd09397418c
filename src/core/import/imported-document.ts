// What an import produces from a saved page, PDF or Word file, and the one error it throws for anything it cannot read.
import type { SourceMeta } from '../model/source-meta';

export const IMPORT_KINDS = ['html', 'pdf', 'docx'] as const;
export type ImportKind = (typeof IMPORT_KINDS)[number];

export interface ImportedDocument {
  kind: ImportKind;
  /** The article as plain text: title line, blank line, paragraphs separated by blank lines, a final newline. */
  text: string;
  /** Only what the file declares; a field it does not declare is left out, so that detection from the text fills it. */
  meta: SourceMeta;
}

/** A file that cannot become an article; the message is for the analyst (what is wrong, and what to do about it). */
export class ImportError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ImportError';
  }
}
