// A saved web page (.html/.htm) → the article's text and the metadata the page declares.
import type { SourceMeta } from '../../model/source-meta';
import { ImportError, type ImportedDocument } from '../imported-document';
import { articleLength, composeArticle, titleFromFileName } from '../plain-text';
import { decodeHtml } from './decode-html';
import { parseHtmlDocument } from './dom';
import { htmlArticle } from './html-article';
import { htmlMeta } from './html-meta';

/** Fewer letters than this is a page without an article (a front page, a login or consent wall, a script-only shell). */
const MIN_ARTICLE_LETTERS = 120;

export function importHtml(fileName: string, bytes: Uint8Array): ImportedDocument {
  const html = decodeHtml(bytes);
  const doc = parseHtmlDocument(html);
  const found = htmlMeta(doc, html);
  const article = htmlArticle(doc);
  if (articleLength(article.paragraphs) < MIN_ARTICLE_LETTERS) {
    throw new ImportError(
      'no article text found on the page (a front page, a login or cookie wall, or a page that loads its text with scripts?); ' +
        'open the article itself in the browser, let it load, then save it as "Webpage, complete" or "HTML only"',
    );
  }
  const title = found.title ?? article.title ?? titleFromFileName(fileName);
  const meta: SourceMeta = { title };
  if (found.outlet) meta.outlet = found.outlet;
  if (found.published) meta.published = found.published;
  if (found.url) meta.url = found.url;
  if (found.author) meta.author = found.author;
  if (found.language) meta.language = found.language;
  return { kind: 'html', text: composeArticle(title, article.paragraphs), meta };
}
