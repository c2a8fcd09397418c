// A Word document (.docx) → its paragraphs (mammoth's raw text: body paragraphs, headings, list items and table
// cells, with tracked deletions left out) and the core properties Word keeps in docProps/core.xml.
import { strFromU8, unzipSync, type Unzipped } from 'fflate';
import { extractRawText } from 'mammoth';
import type { SourceMeta } from '../../model/source-meta';
import { languageOf } from '../html/html-meta';
import { ImportError, type ImportedDocument } from '../imported-document';
import { articleLength, cleanParagraph, composeArticle, isProgramTitle, titleFromFileName } from '../plain-text';
import { toPartialDate } from '../partial-date';

const NOT_DOCX = 'not a readable Word document (.docx): the file is damaged, or of another kind under a .docx name; open it in Word or LibreOffice and save it as .docx again';

function unzip(bytes: Uint8Array): Unzipped {
  try {
    // Only the parts read here: the body is left to mammoth, images are never inflated.
    return unzipSync(bytes, { filter: (f) => f.name === 'word/document.xml' || f.name === 'docProps/core.xml' });
  } catch {
    throw new ImportError(NOT_DOCX);
  }
}

const XML_ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
const decodeXml = (s: string): string =>
  s.replace(/&(#x[0-9a-f]+|#\d+|amp|lt|gt|quot|apos);/gi, (_, e: string) =>
    e[0] === '#' ? String.fromCodePoint(e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : Number(e.slice(1))) : XML_ENTITIES[e.toLowerCase()]!,
  );

/** One element's text from core.xml (`dc:title`, `dcterms:created`, …); the file is flat, a regular expression reads it. */
function coreProperty(xml: string, name: string): string | undefined {
  const m = new RegExp(`<${name}(?:\\s[^>]*)?>([^<]*)</${name}>`).exec(xml);
  const value = m ? cleanParagraph(decodeXml(m[1]!)) : '';
  return value === '' ? undefined : value;
}

export async function importDocx(fileName: string, bytes: Uint8Array): Promise<ImportedDocument> {
  const parts = unzip(bytes);
  if (!parts['word/document.xml']) {
    throw new ImportError('a zip file, but not a Word document (.docx): it has no word/document.xml (an .xlsx, .pptx or .odt renamed?)');
  }
  let raw: string;
  try {
    // mammoth's node build reads `buffer`, its browser build `arrayBuffer`; JSZip under both takes any Uint8Array.
    raw = (await extractRawText({ buffer: bytes, arrayBuffer: bytes } as unknown as Parameters<typeof extractRawText>[0])).value;
  } catch {
    throw new ImportError(NOT_DOCX);
  }
  const paragraphs = raw.split(/\n{2,}/);
  if (articleLength(paragraphs) === 0) throw new ImportError('the Word document is empty (no text in its body)');
  const core = parts['docProps/core.xml'] ? strFromU8(parts['docProps/core.xml']) : '';
  // Without a title property, a short first paragraph is the title (Word users type it as the first line).
  const first = cleanParagraph(paragraphs.find((p) => cleanParagraph(p) !== '') ?? '');
  const declared = coreProperty(core, 'dc:title');
  const title = declared && !isProgramTitle(declared) ? declared : first.length <= 200 ? first : titleFromFileName(fileName);
  const meta: SourceMeta = { title };
  const author = coreProperty(core, 'dc:creator');
  if (author) meta.author = author;
  const published = toPartialDate(coreProperty(core, 'dcterms:created'));
  if (published) meta.published = published;
  const language = languageOf(coreProperty(core, 'dc:language'));
  if (language) meta.language = language;
  return { kind: 'docx', text: composeArticle(title, paragraphs), meta };
}
