// Shared by the converters: whitespace as the annotator wants it, and the article's layout (title, blank line, paragraphs).

/** Non-breaking and other typographic spaces become plain spaces: detection and search expect ' '. */
const SPACES = /[\t\f\v\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]/g;
/** Invisible characters that only break words apart for search (zero-width, soft hyphen, BOM, bidi marks). */
const INVISIBLE = /[\u00ad\u200b-\u200d\u2060\ufeff\u200e\u200f]/g;

/** One paragraph's text: no line breaks kept unless `keepLines`, runs of spaces collapsed, trimmed. */
export function cleanParagraph(text: string, keepLines = false): string {
  let t = text.replace(/\r\n?/g, '\n').replace(INVISIBLE, '').replace(SPACES, ' ');
  t = keepLines ? t.split('\n').map((l) => l.replace(/ {2,}/g, ' ').trim()).filter((l) => l !== '').join('\n') : t.replace(/\s+/g, ' ');
  return t.trim();
}

/** Comparable form of a line: for "is the first paragraph the title again?" */
const comparable = (s: string): string => s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');

/**
 * The article file: title line, blank line, then the paragraphs separated by blank lines, ending in a newline.
 * A first paragraph that repeats the title (the page's own headline) is dropped; empty paragraphs are skipped.
 */
export function composeArticle(title: string, paragraphs: readonly string[]): string {
  const head = cleanParagraph(title);
  const body = paragraphs.map((p) => cleanParagraph(p, true)).filter((p) => p !== '');
  if (body.length > 0 && comparable(body[0]!) === comparable(head)) body.shift();
  return [head, ...body].join('\n\n') + '\n';
}

/** Letters and digits in the paragraphs: how much article there is, not counting spaces and punctuation. */
export const articleLength = (paragraphs: readonly string[]): number => paragraphs.join('').replace(/[^\p{L}\p{N}]/gu, '').length;

/** A file name without folder and extension ("Bericht_2024.pdf" → "Bericht_2024"), the title of last resort. */
export function titleFromFileName(fileName: string): string {
  const base = fileName.replace(/^.*[\\/]/, '');
  const dot = base.lastIndexOf('.');
  return cleanParagraph((dot > 0 ? base.slice(0, dot) : base).replace(/[_]+/g, ' ')) || 'Untitled';
}

/** Titles that programs fill in by themselves (PDF producers, Word templates): not the document's title. */
const PROGRAM_TITLE = /^(untitled|unbenannt|ohne titel|titel|title|document\d*|dokument\d*|(microsoft )?(word|powerpoint|excel)( -.*)?|powerpoint[- ]pr[äa]sentation|.*\.(docx?|pdf|indd|qxp|rtf|odt|pages))$/i;

export const isProgramTitle = (title: string): boolean => title.length < 3 || PROGRAM_TITLE.test(title);
