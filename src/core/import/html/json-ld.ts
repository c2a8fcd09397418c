// The article node of a page's JSON-LD (schema.org), with its references resolved: pages give one object, an array,
// or a `@graph` whose nodes point at each other by `@id` (the publisher and authors are often separate nodes).

export type JsonLdNode = Record<string, unknown>;

const ARTICLE_TYPES = /^(NewsArticle|Article|ReportageNewsArticle|AnalysisNewsArticle|OpinionNewsArticle|BackgroundNewsArticle|ReviewNewsArticle|BlogPosting|LiveBlogPosting|Report|ScholarlyArticle)$/;

const isNode = (v: unknown): v is JsonLdNode => typeof v === 'object' && v !== null && !Array.isArray(v);
const asArray = (v: unknown): unknown[] => (Array.isArray(v) ? v : v === undefined || v === null ? [] : [v]);

function types(node: JsonLdNode): string[] {
  return asArray(node['@type']).filter((t): t is string => typeof t === 'string').map((t) => t.replace(/^(https?:\/\/)?schema\.org\//, ''));
}

/** Every node of the blocks, flattened (arrays and @graph). Blocks that are not valid JSON are skipped. */
export function jsonLdNodes(blocks: readonly string[]): JsonLdNode[] {
  const nodes: JsonLdNode[] = [];
  const visit = (v: unknown): void => {
    for (const item of asArray(v)) {
      if (!isNode(item)) continue;
      nodes.push(item);
      if (item['@graph'] !== undefined) visit(item['@graph']);
    }
  };
  for (const block of blocks) {
    try {
      visit(JSON.parse(block));
    } catch {
      // Broken JSON-LD is common (trailing commas, CMS templates); the meta tags still count.
    }
  }
  return nodes;
}

export interface JsonLdArticle {
  headline?: string;
  datePublished?: string;
  authors: string[];
  publisher?: string;
  url?: string;
  inLanguage?: string;
  /** The WebSite node's name: the outlet when the article names no publisher. */
  siteName?: string;
}

/** The first article-like node's fields, `@id` references followed into the other nodes. */
export function jsonLdArticle(nodes: readonly JsonLdNode[]): JsonLdArticle | undefined {
  const byId = new Map<string, JsonLdNode>();
  for (const n of nodes) if (typeof n['@id'] === 'string' && !byId.has(n['@id'])) byId.set(n['@id'], n);
  // A reference ({"@id": …}, perhaps with a @type) stands for the node of that id; its own fields win.
  const resolve = (v: unknown): unknown => {
    const target = isNode(v) && typeof v['@id'] === 'string' ? byId.get(v['@id']) : undefined;
    return target && target !== v ? { ...target, ...(v as JsonLdNode) } : v;
  };
  const name = (v: unknown): string | undefined => {
    const r = resolve(v);
    if (typeof r === 'string') return /^https?:/.test(r) ? undefined : r;
    return isNode(r) && typeof r['name'] === 'string' ? r['name'] : undefined;
  };
  const text = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);
  const urlOf = (v: unknown): string | undefined => {
    const r = resolve(v);
    if (typeof r === 'string') return r;
    if (!isNode(r)) return undefined;
    return text(r['url']) ?? text(r['@id']);
  };

  const article = nodes.find((n) => types(n).some((t) => ARTICLE_TYPES.test(t)));
  if (!article) return undefined;
  const site = nodes.find((n) => types(n).includes('WebSite'));
  return {
    headline: text(article['headline']) ?? text(article['name']),
    datePublished: text(article['datePublished']) ?? text(article['dateCreated']),
    authors: asArray(article['author']).map(name).filter((n): n is string => n !== undefined),
    publisher: name(article['publisher']) ?? (site ? name(site['publisher']) : undefined),
    url: text(article['url']) ?? urlOf(article['mainEntityOfPage']),
    inLanguage: text(article['inLanguage']) ?? (isNode(article['inLanguage']) ? text(article['inLanguage']['alternateName']) : undefined),
    siteName: site ? text(site['name']) : undefined,
  };
}
