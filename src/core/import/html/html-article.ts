// The article's paragraphs from a saved page: Readability (Firefox's reader view) finds the article, after the
// page's obvious furniture is removed, and the article's blocks become paragraphs. Headings stay, as their own
// paragraphs; pictures, captions, share bars, ads, teasers, newsletter boxes and comments go.
import { Readability } from '@mozilla/readability';
import { cleanParagraph } from '../plain-text';
import { isElement, TEXT_NODE, type DomDocument, type DomElement, type DomNode } from './dom';

/** Never article text, wherever they are. */
const FURNITURE_TAGS = 'script, style, noscript, template, nav, footer, aside, form, button, input, select, textarea, iframe, object, embed, svg, canvas, img, picture, video, audio, figure, figcaption, dialog';
const FURNITURE_ROLES = ['navigation', 'banner', 'contentinfo', 'complementary', 'dialog', 'alertdialog', 'search', 'menu', 'menubar'];
/**
 * Words in class names and ids that mark furniture (split at `-`, `_` and spaces, so "share-bar__item" has
 * "share"). Words such as "teaser" are not here: some outlets call the article's lead paragraph that.
 */
const FURNITURE_WORDS = new Set([
  'ad', 'ads', 'advert', 'adverts', 'advertisement', 'anzeige', 'werbung', 'banner', 'cmp', 'consent', 'cookie', 'cookies', 'gdpr',
  'share', 'sharing', 'shares', 'social', 'socials', 'related', 'recommendation', 'recommendations', 'recommended', 'newsletter',
  'comment', 'comments', 'kommentare', 'paywall', 'promo', 'outbrain', 'taboola', 'breadcrumb', 'breadcrumbs', 'byline', 'meta',
  'tags', 'sidebar', 'widget', 'skiplink', 'skip',
]);
/** Block elements: each starts a new paragraph. */
const BLOCKS = new Set(['P', 'DIV', 'SECTION', 'ARTICLE', 'MAIN', 'HEADER', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'LI', 'UL', 'OL', 'DL', 'DT', 'DD', 'BLOCKQUOTE', 'PRE', 'TABLE', 'THEAD', 'TBODY', 'TFOOT', 'TR', 'ADDRESS', 'DETAILS', 'SUMMARY', 'HR', 'CENTER']);
/** A paragraph that only points elsewhere ("Read more: <link>"), and a lone ad label. */
const RELATED_LABEL = /^(read more|read also|related|see also|more on this|lesen sie auch|lesen sie mehr|mehr zum thema|auch interessant|das könnte sie auch interessieren|weiterlesen)\b/i;
const AD_LABEL = /^(anzeige|werbung|advertisement|sponsored)$/i;

function isFurniture(el: DomElement): boolean {
  const role = el.getAttribute('role');
  if (role && FURNITURE_ROLES.includes(role.toLowerCase())) return true;
  if (el.hasAttribute('hidden') || /display\s*:\s*none/i.test(el.getAttribute('style') ?? '')) return true;
  const words = `${el.className} ${el.id}`.toLowerCase().split(/[\s_-]+/);
  return words.some((w) => FURNITURE_WORDS.has(w));
}

/** The element holds the article (or its headline): never removed, whatever its classes say. */
const holdsArticle = (el: DomElement): boolean =>
  ['HTML', 'BODY', 'MAIN', 'ARTICLE'].includes(el.tagName) || el.querySelector('article, main, h1, [itemprop="articleBody"]') !== null;

function removeFurniture(doc: DomDocument): void {
  for (const el of Array.from(doc.querySelectorAll(FURNITURE_TAGS))) el.remove();
  for (const el of Array.from(doc.querySelectorAll('[class], [id], [role], [hidden], [style]'))) {
    if (el.parentNode && isFurniture(el) && !holdsArticle(el)) el.remove();
  }
  // The site's header (logo, login, menu) unless it is the article's own header with the headline.
  for (const el of Array.from(doc.querySelectorAll('header'))) if (!el.closest('article') && !el.querySelector('h1')) el.remove();
}

const linkTextLength = (el: DomElement): number => Array.from(el.querySelectorAll('a'), (a) => (a.textContent ?? '').trim().length).reduce((a, b) => a + b, 0);

/** Walks the article: text of inline content joins up, a block element or `<br><br>` ends a paragraph. */
function paragraphsOf(root: DomElement): string[] {
  const out: string[] = [];
  let current = '';
  const flush = (): void => {
    for (const part of current.split(/\n[ ]*\n/)) {
      const p = cleanParagraph(part, true);
      if (p !== '') out.push(p);
    }
    current = '';
  };
  const walk = (node: DomNode): void => {
    if (node.nodeType === TEXT_NODE) {
      current += (node.textContent ?? '').replace(/\s+/g, ' ');
      return;
    }
    if (!isElement(node)) return;
    if (node.tagName === 'BR') {
      current += '\n';
      return;
    }
    const block = BLOCKS.has(node.tagName);
    if (block) {
      flush();
      const text = cleanParagraph(node.textContent ?? '');
      if (AD_LABEL.test(text)) return;
      if (RELATED_LABEL.test(text) && linkTextLength(node) > text.length / 2) return;
    }
    if (node.tagName === 'TD' || node.tagName === 'TH') current += ' | ';
    for (const child of Array.from(node.childNodes)) walk(child);
    if (block) flush();
  };
  walk(root);
  flush();
  return out.map((p) => p.replace(/^\| /, ''));
}

/** The article's title as Readability sees it, and its paragraphs (none when Readability found no article). */
export function htmlArticle(doc: DomDocument): { title: string | undefined; paragraphs: string[] } {
  removeFurniture(doc);
  const parsed = new Readability(doc, { serializer: (node) => node }).parse();
  const content = parsed?.content as DomElement | null | undefined;
  return { title: parsed?.title ?? undefined, paragraphs: content ? paragraphsOf(content) : [] };
}
