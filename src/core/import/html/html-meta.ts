// A saved page's source metadata from what the page declares: Open Graph and article: tags, JSON-LD, <title>,
// the canonical link and <html lang>. Read before Readability, which rewrites the document.
import type { Language } from '../../model/source-meta';
import { cleanParagraph } from '../plain-text';
import { toPartialDate } from '../partial-date';
import type { DomDocument } from './dom';
import { jsonLdArticle, jsonLdNodes } from './json-ld';

export interface HtmlMeta {
  title?: string;
  outlet?: string;
  published?: string;
  url?: string;
  author?: string;
  language?: Language;
}

/** The content of the first of these meta tags that is present and not empty (property=, name= or itemprop=). */
function meta(doc: DomDocument, ...keys: string[]): string | undefined {
  for (const key of keys) {
    for (const attr of ['property', 'name', 'itemprop']) {
      const value = doc.querySelector(`meta[${attr}="${key}"]`)?.getAttribute('content')?.trim();
      if (value) return value;
    }
  }
  return undefined;
}

/** "de-DE", "de_DE", "en" → the annotator's language, when it is one it knows. */
export function languageOf(tag: string | undefined | null): Language | undefined {
  const m = /^\s*(de|en)(?:$|[-_])/i.exec(tag ?? '');
  return m ? (m[1]!.toLowerCase() as Language) : undefined;
}

const isUrl = (s: string): boolean => /^https?:\/\//i.test(s);

/** Titles often end in " | Outlet" or " - Outlet" (og:title too), or the columnist's name: cut that suffix. */
function withoutSuffix(title: string, ...names: (string | undefined)[]): string {
  const m = /^(.+?)\s+[|\-–—·:]\s+([^|\-–—·:]+)$/.exec(title);
  if (!m) return title;
  const suffix = m[2]!.trim().toLowerCase();
  return names.some((n) => n && (n.toLowerCase() === suffix || n.toLowerCase().startsWith(suffix + ' '))) ? m[1]! : title;
}

export function htmlMeta(doc: DomDocument, html: string): HtmlMeta {
  // Entities inside JSON-LD are not decoded by the HTML parser (a script's text is raw), but CMSes write them.
  const decode = (s: string | undefined): string | undefined => {
    if (s === undefined || !s.includes('&')) return s;
    const el = doc.createElement('div');
    el.innerHTML = s;
    return el.textContent ?? s;
  };
  const blocks = Array.from(doc.querySelectorAll('script[type="application/ld+json"]'), (s) => s.textContent ?? '');
  const ld = jsonLdArticle(jsonLdNodes(blocks));
  const clean = (s: string | undefined): string | undefined => {
    const c = s === undefined ? undefined : cleanParagraph(decode(s) ?? s);
    return c ? c : undefined;
  };

  // Some sites put their address where the name belongs; the next source then has the name.
  const named = (v: string | undefined): string | undefined => (v && !isUrl(v) ? v : undefined);
  const outlet = clean(named(meta(doc, 'og:site_name')) ?? named(ld?.publisher) ?? named(meta(doc, 'application-name')) ?? named(ld?.siteName));
  const declaredAuthor = meta(doc, 'article:author');
  const author = clean(
    named(declaredAuthor) ??
      (ld && ld.authors.length > 0 ? ld.authors.join(', ') : undefined) ??
      meta(doc, 'author', 'dc.creator', 'DC.creator'),
  );
  const declaredTitle = clean(meta(doc, 'og:title', 'twitter:title') ?? ld?.headline ?? doc.querySelector('title')?.textContent ?? undefined);
  const title = declaredTitle && withoutSuffix(declaredTitle, outlet, author);
  const published = toPartialDate(
    meta(doc, 'article:published_time', 'og:article:published_time') ??
      ld?.datePublished ??
      meta(doc, 'date', 'DC.date.issued', 'dcterms.date', 'pubdate', 'publish-date', 'datePublished') ??
      doc.querySelector('time[itemprop="datePublished"]')?.getAttribute('datetime'),
  );
  // Browsers' "Save page as" leave `<!-- saved from url=(0071)https://… -->` on the page: the last resort for the URL.
  const savedFrom = /<!--\s*saved from url=\(\d+\)(\S+?)\s*-->/i.exec(html.slice(0, 2048))?.[1];
  const url = clean(meta(doc, 'og:url') ?? doc.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? ld?.url ?? savedFrom);
  const language =
    languageOf(doc.documentElement.getAttribute('lang')) ??
    languageOf(ld?.inLanguage) ??
    languageOf(meta(doc, 'og:locale'));
  return { title, outlet, published, url: url && isUrl(url) ? url : undefined, author, language };
}
