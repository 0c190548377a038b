// What a saved web page states about its article: title, outlet, authors,
// publication date, canonical URL and language. Each field is taken from the
// first source that states it, in this order:
//   1. JSON-LD (schema.org NewsArticle, ReportageNewsArticle, Article, BlogPosting…, also inside @graph);
//   2. OpenGraph (og:title, og:site_name, article:published_time, article:author, og:url, og:locale);
//   3. other meta tags (author, parsely-*, dc.*, citation_*, date…), <link rel=canonical>;
//   4. the page itself: <title>, <html lang>, the "saved from url" note a browser writes.
// Nothing is invented: what the page does not state stays undefined.
import { formatIsoDate, parsePartialDate } from '../dates';
import { MetaElement, MetaPage } from './pageDom';
import { readJsonLd } from './jsonLd';

export interface PageMetadata {
  title?: string;
  outlet?: string;
  authors?: string[];
  /** YYYY-MM-DD (or YYYY-MM, YYYY) as the page prints it, without converting time zones. */
  published?: string;
  url?: string;
  /** A BCP 47 tag as stated ("en", "fr-FR"). */
  language?: string;
}

export function readMetadata(page: MetaPage): PageMetadata {
  const ld = readJsonLd(page.jsonLd);
  const meta = metaTags(page.metas);
  const first = (...values: (string | undefined)[]) => values.map(clean).find((v) => v !== undefined);

  const outlet = first(ld.outlet, meta('og:site_name'), meta('application-name'), meta('publisher'), meta('dc.publisher'), meta('citation_journal_title'));
  const title = first(ld.title, ...[meta('og:title'), meta('parsely-title'), meta('dc.title'), meta('citation_title'), meta('twitter:title'), page.title].map((t) => titleWithoutOutlet(t, outlet)));
  const authors = ld.authors?.length ? ld.authors : metaAuthors(page.metas);
  const published = first(...[ld.published, meta('article:published_time'), meta('parsely-pub-date'), meta('pubdate'), meta('publishdate'), meta('publish-date'), meta('date'), meta('dc.date'), meta('dc.date.issued'), meta('dcterms.date'), meta('citation_publication_date'), meta('citation_date'), meta('sailthru.date'), page.timeDatetime].map(isoDate));
  const url = first(...[ld.url, meta('og:url'), page.canonical, meta('parsely-link'), page.savedFrom].map(absoluteUrl));
  const language = first(...[ld.language, meta('og:locale'), meta('content-language'), meta('dc.language'), page.htmlLang].map(languageTag));

  const metadata: PageMetadata = {};
  if (title) metadata.title = title;
  if (outlet) metadata.outlet = outlet;
  if (authors?.length) metadata.authors = authors;
  if (published) metadata.published = published;
  if (url) metadata.url = url;
  if (language) metadata.language = language;
  return metadata;
}

/** A lookup of meta tags by name, property or http-equiv, case-insensitively; the first one stated wins. */
function metaTags(metas: readonly MetaElement[]): (key: string) => string | undefined {
  const byKey = new Map<string, string>();
  for (const { key, content } of metas) if (!byKey.has(key) && clean(content)) byKey.set(key, content);
  return (key) => byKey.get(key);
}

function metaAuthors(metas: readonly MetaElement[]): string[] | undefined {
  for (const keys of [['article:author'], ['author', 'parsely-author', 'sailthru.author', 'byl', 'dc.creator', 'citation_author']]) {
    const names = metas.filter((m) => keys.includes(m.key)).flatMap((m) => splitByline(m.content));
    if (names.length) return [...new Set(names)];
  }
  return undefined;
}

/** "By Jane Doe and John Roe" → both names; profile URLs are not names. */
export function splitByline(byline: string): string[] {
  const text = clean(byline)?.replace(/^by[:\s]+/i, '');
  if (!text || /^(https?:)?\/\//i.test(text)) return [];
  return text.split(/\s*(?:,|;|\band\b|&|\bund\b|\bet\b|\by\b|\be\b)\s*/i).map((name) => name.trim()).filter((name) => name.length > 1 && !/^https?:/i.test(name));
}

/** "Headline | Outlet" → "Headline" when the outlet is known; else the whole title. */
function titleWithoutOutlet(title: string | undefined, outlet: string | undefined): string | undefined {
  const text = clean(title);
  if (!text || !outlet) return text;
  const separated = text.match(/^(.+)\s+[|–—·-]\s+(.+?)$/);
  if (separated && (separated[2].toLowerCase().includes(outlet.toLowerCase()) || outlet.toLowerCase().includes(separated[2].toLowerCase()))) return separated[1];
  return text;
}

export function clean(value: string | undefined): string | undefined {
  const text = value?.replace(/\s+/g, ' ').trim();
  return text ? text : undefined;
}

/** "2012-05-22T10:30:00+02:00" → "2012-05-22": the date as the page prints it. */
export function isoDate(value: string | undefined): string | undefined {
  const text = clean(value);
  const parts = text === undefined ? undefined : parsePartialDate(text, true);
  return parts && formatIsoDate(parts);
}

/** Only absolute http(s) addresses are kept: a relative one cannot be followed from a citation. */
function absoluteUrl(value: string | undefined): string | undefined {
  const text = clean(value);
  return text && /^https?:\/\/[^\s/]+\.[^\s]*$/i.test(text) ? text : undefined;
}

/** "fr_FR" → "fr-FR"; anything that is not a language tag is dropped. */
function languageTag(value: string | undefined): string | undefined {
  const text = clean(value)?.replace(/_/g, '-');
  return text && /^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$/.test(text) ? text : undefined;
}
