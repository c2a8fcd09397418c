// The one entry point of the import: a file's name and bytes → an article, whichever kind of file it is.
import { importDocx } from './docx/import-docx';
import { importHtml } from './html/import-html';
import { ImportError, type ImportedDocument, type ImportKind } from './imported-document';
import { importPdf } from './pdf/import-pdf';

const BY_EXTENSION: Record<string, ImportKind> = { html: 'html', htm: 'html', xhtml: 'html', pdf: 'pdf', docx: 'docx' };
const SUPPORTED = 'saved web pages (.html, .htm), PDFs (.pdf) and Word documents (.docx)';
/** Kinds people will try, with what to do instead. */
const ADVICE: Record<string, string> = {
  txt: 'it is plain text already: copy it into the corpus folder as it is',
  md: 'it is plain text already: copy it into the corpus folder as it is',
  doc: 'the old Word format (.doc) is not supported: open it in Word or LibreOffice and save it as .docx',
  odt: 'OpenDocument text is not supported: save it as .docx',
  rtf: 'RTF is not supported: open it in a word processor and save it as .docx',
  mhtml: 'single-file web archives (.mhtml) are not supported: save the page as "Webpage, complete" or "HTML only"',
  mht: 'single-file web archives (.mht) are not supported: save the page as "Webpage, complete" or "HTML only"',
};

/** What the bytes are, by their first bytes: PDF header, zip (a .docx is a zip), or markup. */
export function sniffKind(bytes: Uint8Array): ImportKind | undefined {
  const head = String.fromCharCode(...bytes.subarray(0, 1024));
  if (head.startsWith('%PDF-')) return 'pdf';
  if (head.startsWith('PK\x03\x04')) return 'docx';
  if (/^(\ufeff|\xef\xbb\xbf)?\s*(<\?xml[^>]*>\s*)?(<!--[^]*?-->\s*)*<(!doctype html|html|head|body)\b/i.test(head)) return 'html';
  return undefined;
}

const extensionOf = (fileName: string): string => {
  const base = fileName.replace(/^.*[\\/]/, '');
  const dot = base.lastIndexOf('.');
  return dot > 0 ? base.slice(dot + 1).toLowerCase() : '';
};

/**
 * Converts a saved web page, PDF or Word document into an article and the metadata it declares. The kind comes
 * from the content when its first bytes tell, else from the extension.
 * Throws ImportError, with a message for the analyst, for anything that cannot become an article.
 */
export async function importDocument(fileName: string, bytes: Uint8Array): Promise<ImportedDocument> {
  const extension = extensionOf(fileName);
  const byName = BY_EXTENSION[extension];
  const advice = ADVICE[extension];
  if (!byName && advice) throw new ImportError(advice);
  if (bytes.length === 0) throw new ImportError('the file is empty');
  const sniffed = sniffKind(bytes);
  // Content first: a PDF saved as "article.html", a page saved as "article.php".
  const kind = sniffed ?? byName;
  if (!kind) {
    throw new ImportError(`cannot import ${extension ? `.${extension} files` : 'this file'}: import reads ${SUPPORTED}`);
  }
  switch (kind) {
    case 'html':
      return importHtml(fileName, bytes);
    case 'pdf':
      return importPdf(fileName, bytes);
    case 'docx':
      return importDocx(fileName, bytes);
  }
}
