// schema.org JSON-LD on a news page: the article node (NewsArticle and its
// kinds, Article, BlogPosting…), found at the top level, in a list or in an
// @graph, with its author and publisher resolved through @id references.
// Blocks that do not parse are skipped; nothing else is read from them.
import type { PageMetadata } from './metadata';

/** What JSON-LD states: the same fields as the page's metadata. */
export type JsonLdFacts = PageMetadata;

type Node = Record<string, unknown>;

/** Article types, most specific first: a page with both a WebPage and a NewsArticle is cited as the article. */
const ARTICLE_TYPES = ['NewsArticle', 'ReportageNewsArticle', 'AnalysisNewsArticle', 'OpinionNewsArticle', 'BackgroundNewsArticle', 'ReviewNewsArticle', 'AskPublicNewsArticle', 'LiveBlogPosting', 'Article', 'BlogPosting', 'SocialMediaPosting', 'Report', 'ScholarlyArticle', 'TechArticle', 'PressRelease'];

/** JSON-LD blocks bigger than this are not parsed (a page's metadata is a few kilobytes). */
const MAX_BLOCK = 1_000_000;

export function readJsonLd(blocks: readonly string[]): JsonLdFacts {
  const nodes: Node[] = [];
  for (const block of blocks) {
    if (block.length > MAX_BLOCK) continue;
    try {
      collect(JSON.parse(block.trim().replace(/^<!--|-->$/g, '')), nodes, 0);
    } catch {
      // Not JSON: a broken block says nothing.
    }
  }
  const byId = new Map<string, Node>();
  for (const node of nodes) if (typeof node['@id'] === 'string') byId.set(node['@id'], node);
  const resolve = (value: unknown): unknown => {
    if (isNode(value) && typeof value['@id'] === 'string' && Object.keys(value).length === 1) return byId.get(value['@id']) ?? value;
    return value;
  };

  const article = pickArticle(nodes);
  if (!article) return {};
  const facts: JsonLdFacts = {};
  const title = text(article.headline) ?? text(article.name);
  if (title) facts.title = title;
  const authors = list(article.author).map(resolve).map(nameOf).filter((n): n is string => n !== undefined);
  if (authors.length) facts.authors = [...new Set(authors)];
  const publisher = list(article.publisher).map(resolve).map(nameOf).find(Boolean);
  const site = nodes.find((n) => hasType(n, ['WebSite']));
  const outlet = publisher ?? nameOf(resolve(list(article.isPartOf)[0])) ?? (site ? nameOf(site) : undefined);
  if (outlet) facts.outlet = outlet;
  const published = text(article.datePublished) ?? text(article.dateCreated);
  if (published) facts.published = published;
  const page = resolve(article.mainEntityOfPage);
  const url = text(article.url) ?? (typeof page === 'string' ? page : isNode(page) ? text(page['@id']) ?? text(page.url) : undefined);
  if (url) facts.url = url;
  const language = text(article.inLanguage) ?? (isNode(article.inLanguage) ? text(article.inLanguage.alternateName) ?? text(article.inLanguage.name) : undefined);
  if (language) facts.language = language;
  return facts;
}

function collect(value: unknown, into: Node[], depth: number): void {
  if (depth > 8) return;
  if (Array.isArray(value)) for (const item of value) collect(item, into, depth + 1);
  else if (isNode(value)) {
    if (value['@type'] !== undefined || value['@id'] !== undefined) into.push(value);
    if (value['@graph'] !== undefined) collect(value['@graph'], into, depth + 1);
  }
}

function pickArticle(nodes: readonly Node[]): Node | undefined {
  for (const type of ARTICLE_TYPES) {
    const found = nodes.filter((n) => hasType(n, [type]));
    const withHeadline = found.find((n) => text(n.headline) ?? text(n.name));
    if (withHeadline ?? found[0]) return withHeadline ?? found[0];
  }
  return undefined;
}

function hasType(node: Node, types: readonly string[]): boolean {
  return list(node['@type']).some((t) => typeof t === 'string' && types.includes(t.replace(/^(https?:\/\/)?schema\.org\//, '')));
}

/** A person or organisation as a name: "Jane Doe", { name }, or { givenName, familyName }. */
function nameOf(value: unknown): string | undefined {
  if (typeof value === 'string') return /^(https?:)?\/\//.test(value.trim()) ? undefined : text(value);
  if (!isNode(value)) return undefined;
  const name = text(value.name) ?? [text(value.givenName), text(value.familyName)].filter(Boolean).join(' ');
  return name || undefined;
}

function text(value: unknown): string | undefined {
  if (Array.isArray(value)) return text(value[0]);
  if (typeof value !== 'string') return undefined;
  const cleaned = decodeEntities(value).replace(/\s+/g, ' ').trim();
  return cleaned || undefined;
}

/** Some CMSs write HTML entities into JSON-LD strings ("Caf&eacute;"). */
function decodeEntities(value: string): string {
  if (!value.includes('&')) return value;
  const named: Record<string, string> = { amp: '&', quot: '"', apos: "'", lt: '<', gt: '>', nbsp: ' ', rsquo: '’', lsquo: '‘', rdquo: '”', ldquo: '“', ndash: '–', mdash: '—' };
  return value.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, code: string) => {
    if (code[0] === '#') {
      const point = code[1].toLowerCase() === 'x' ? parseInt(code.slice(2), 16) : parseInt(code.slice(1), 10);
      return point > 0 && point < 0x110000 ? String.fromCodePoint(point) : whole;
    }
    return named[code.toLowerCase()] ?? whole;
  });
}

function list(value: unknown): unknown[] {
  return value === undefined || value === null ? [] : Array.isArray(value) ? value : [value];
}

function isNode(value: unknown): value is Node {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
