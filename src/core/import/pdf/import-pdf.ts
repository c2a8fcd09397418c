// A PDF → its text in reading order and the metadata of its information dictionary. PDF.js comes from unpdf's
// build, which carries its worker inside (no worker file, no download) and runs in Node 20 and in browsers.
import type { SourceMeta } from '../../model/source-meta';
import { languageOf } from '../html/html-meta';
import { ImportError, type ImportedDocument } from '../imported-document';
import { articleLength, cleanParagraph, composeArticle, isProgramTitle, titleFromFileName } from '../plain-text';
import { toPartialDate } from '../partial-date';
import { layOutPages, type LaidOutParagraph, type PlacedText } from './pdf-layout';

interface PdfInfo { Title?: unknown; Author?: unknown; CreationDate?: unknown; Language?: unknown }

const str = (v: unknown): string | undefined => (typeof v === 'string' && cleanParagraph(v) !== '' ? cleanParagraph(v) : undefined);

async function readPdf(bytes: Uint8Array): Promise<{ pages: PlacedText[][]; info: PdfInfo }> {
  const { getDocument } = await import('unpdf/pdfjs');
  // PDF.js takes the buffer over (and refuses a node Buffer): give it a plain copy. No system or web fonts: text needs neither.
  const task = getDocument({ data: new Uint8Array(bytes), verbosity: 0, useSystemFonts: false, disableFontFace: true, stopAtErrors: false });
  const doc = await task.promise;
  try {
    const pages: PlacedText[][] = [];
    for (let n = 1; n <= doc.numPages; n++) {
      const page = await doc.getPage(n);
      const content = await page.getTextContent();
      const items: PlacedText[] = [];
      for (const item of content.items) {
        if (!('str' in item)) continue; // Marked-content markers carry no text.
        const [a, b, c, d, e, f] = item.transform as number[];
        items.push({ str: item.str, x: e!, y: f!, width: item.width, size: Math.hypot(c!, d!) || Math.hypot(a!, b!) || item.height });
      }
      pages.push(items);
      page.cleanup();
    }
    const { info } = await doc.getMetadata();
    return { pages, info: info as PdfInfo };
  } finally {
    await task.destroy();
  }
}

/** PDF.js's errors, in the analyst's words. */
function explain(e: unknown): ImportError {
  const name = (e as { name?: string }).name;
  if (name === 'PasswordException') {
    return new ImportError('the PDF is password-protected; open it in a PDF reader with its password and save or print an unprotected copy');
  }
  if (name === 'InvalidPDFException' || name === 'FormatError') {
    return new ImportError('not a readable PDF: the file is damaged or incomplete (an interrupted download?); download it again');
  }
  return new ImportError(`the PDF could not be read: ${(e as Error).message ?? String(e)}`);
}

/** The title: the information dictionary's, unless a program filled it in; else a first paragraph set larger than the text. */
function titleOf(info: PdfInfo, paragraphs: LaidOutParagraph[], fileName: string): string {
  const declared = str(info.Title);
  if (declared && !isProgramTitle(declared)) return declared;
  const first = paragraphs[0];
  const bodySize = paragraphs.map((p) => p.size).sort((a, b) => a - b)[Math.floor(paragraphs.length / 2)] ?? 0;
  if (first && first.page === 1 && first.size > bodySize * 1.1 && first.text.length <= 200) return first.text;
  return titleFromFileName(fileName);
}

export async function importPdf(fileName: string, bytes: Uint8Array): Promise<ImportedDocument> {
  let read: Awaited<ReturnType<typeof readPdf>>;
  try {
    read = await readPdf(bytes);
  } catch (e) {
    throw explain(e);
  }
  const paragraphs = layOutPages(read.pages);
  if (articleLength(paragraphs.map((p) => p.text)) === 0) {
    throw new ImportError('the PDF has no text layer (a scan or a picture of text?); run text recognition (OCR) on it first, for example in your PDF reader, and import the result');
  }
  const title = titleOf(read.info, paragraphs, fileName);
  const meta: SourceMeta = { title };
  const author = str(read.info.Author);
  if (author) meta.author = author;
  const published = toPartialDate(str(read.info.CreationDate));
  if (published) meta.published = published;
  const language = languageOf(str(read.info.Language));
  if (language) meta.language = language;
  return { kind: 'pdf', text: composeArticle(title, paragraphs.map((p) => p.text)), meta };
}
