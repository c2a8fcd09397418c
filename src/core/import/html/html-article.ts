// The article's paragraphs from a saved page: Readability (Firefox's reader view) finds the article, the page's
// furniture (by tag, role and class) is left out of it, and the article's blocks become paragraphs. Headings stay,
// as their own paragraphs; pictures, captions, share bars, ads, teasers, newsletter boxes and comments go.
import { Readability } from '@mozilla/readability';
import { cleanParagraph } from '../plain-text';
import { isElement, TEXT_NODE, type DomDocument, type DomElement, type DomNode } from './dom';

/** Never text, wherever they are: removed before Readability looks at the page. */
const NOT_TEXT = 'script, style, noscript, template, iframe, object, embed, svg, canvas, dialog, [role="dialog"], [role="alertdialog"], [aria-modal="true"], [hidden]';
/** Elements that are not the article wherever they are, and the roles that say so. */
const FURNITURE_TAGS = new Set(['NAV', 'FOOTER', 'ASIDE', 'BUTTON', 'INPUT', 'SELECT', 'TEXTAREA', 'FIGURE', 'FIGCAPTION']);
const FURNITURE_ROLES = ['navigation', 'banner', 'contentinfo', 'complementary', 'search', 'menu', 'menubar'];
/**
 * Words in class names and ids that mark furniture (split at `-`, `_` and spaces, so "share-bar__item" has
 * "share"). Words such as "teaser" are not here: some outlets call the article's lead paragraph that.
 */
const FURNITURE_WORDS = new Set([
  'ad', 'ads', 'advert', 'adverts', 'advertisement', 'anzeige', 'werbung', 'banner', 'cmp', 'consent', 'cookie', 'cookies', 'gdpr',
  'share', 'sharing', 'shares', 'social', 'socials', 'related', 'recommendation', 'recommendations', 'recommended', 'newsletter',
  'comment', 'comments', 'kommentare', 'paywall', 'promo', 'outbrain', 'taboola', 'breadcrumb', 'breadcrumbs', 'byline', 'meta',
  'tags', 'sidebar', 'widget', 'skiplink', 'skip', 'modal', 'popup', 'overlay',
]);
/** Block elements: each starts a new paragraph. */
const BLOCKS = new Set(['P', 'DIV', 'SECTION', 'ARTICLE', 'MAIN', 'HEADER', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'LI', 'UL', 'OL', 'DL', 'DT', 'DD', 'BLOCKQUOTE', 'PRE', 'TABLE', 'THEAD', 'TBODY', 'TFOOT', 'TR', 'ADDRESS', 'DETAILS', 'SUMMARY', 'HR', 'CENTER', 'FORM', 'FIELDSET']);
/** A paragraph that only points elsewhere ("Read more: <link>"), and a lone ad label. */
const RELATED_LABEL = /^(read more|read also|related|see also|more on this|lesen sie auch|lesen sie mehr|mehr zum thema|auch interessant|das könnte sie auch interessieren|weiterlesen)\b/i;
const AD_LABEL = /^(anzeige|werbung|advertisement|sponsored)$/i;

/** Inline elements are never furniture for their class: a news site's "meta-classifier" link is a word of the text. */
const INLINE = new Set(['A', 'SPAN', 'EM', 'STRONG', 'B', 'I', 'U', 'S', 'SMALL', 'SUP', 'SUB', 'ABBR', 'CITE', 'Q', 'TIME', 'MARK', 'CODE', 'FONT', 'LABEL', 'DFN', 'BDI', 'BDO', 'WBR']);

function isFurniture(el: DomElement): boolean {
  if (FURNITURE_TAGS.has(el.tagName)) return true;
  if (INLINE.has(el.tagName)) return false;
  const role = el.getAttribute('role');
  if (role && FURNITURE_ROLES.includes(role.toLowerCase())) return true;
  const words = `${el.className} ${el.id}`.toLowerCase().split(/[\s_-]+/);
  return words.some((w) => FURNITURE_WORDS.has(w));
}

const textLength = (node: DomNode): number => (node.textContent ?? '').replace(/\s+/g, '').length;

/** The element holds the article (or its headline): never furniture, whatever its classes say. */
const holdsArticle = (el: DomElement): boolean => el.querySelector('article, main, h1, [itemprop="articleBody"]') !== null;

/**
 * The text nodes of the page's furniture. Marked, not removed: taking a page's teasers and widgets away before
 * Readability can leave the article alone in its container, and Readability then takes the container's parent,
 * with whatever else is in it. Text nodes keep their identity through Readability's rewriting (it moves nodes
 * and renames elements, losing their classes), so they are recognised in its result and skipped.
 */
function furnitureText(doc: DomDocument): Set<DomNode> {
  const marked = new Set<DomNode>();
  const half = textLength(doc.body ?? doc.documentElement) / 2;
  const mark = (node: DomNode): void => {
    if (node.nodeType === TEXT_NODE) marked.add(node);
    else for (const child of Array.from(node.childNodes)) mark(child);
  };
  for (const el of Array.from(doc.querySelectorAll('nav, footer, aside, button, input, select, textarea, figure, figcaption, [class], [id], [role]'))) {
    if (isFurniture(el) && !holdsArticle(el) && textLength(el) < half) mark(el);
  }
  return marked;
}

const linkTextLength = (el: DomElement): number => Array.from(el.querySelectorAll('a'), (a) => (a.textContent ?? '').trim().length).reduce((a, b) => a + b, 0);

/** Walks the article: text of inline content joins up, a block element or `<br><br>` ends a paragraph. */
function paragraphsOf(root: DomElement, skip: Set<DomNode>): string[] {
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
      if (!skip.has(node)) current += (node.textContent ?? '').replace(/\s+/g, ' ');
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
  for (const el of Array.from(doc.querySelectorAll(NOT_TEXT))) el.remove();
  const furniture = furnitureText(doc);
  const parsed = new Readability(doc, { serializer: (node) => node }).parse();
  const content = parsed?.content as DomElement | null | undefined;
  return { title: parsed?.title ?? undefined, paragraphs: content ? paragraphsOf(content, furniture) : [] };
}
