// Markdown front matter (a YAML block between `---` lines at the very top):
// title, author/authors, date, url, outlet/publisher/site, lang/language fill
// the article's metadata. The block is not article text: `bodyOf` blanks it
// out character for character, so the offsets of quotes found in the rest
// are offsets into the file as it is.
import { parse } from 'yaml';
import { clean, isoDate, PageMetadata, splitByline } from './metadata';

export interface FrontMatter {
  metadata: PageMetadata;
  /** Where the block ends (after its closing line); 0 when there is none. */
  end: number;
  /** Set when the block is there but is not a YAML mapping. */
  problem?: string;
}

const BLOCK = /^(?:\uFEFF)?---[ \t]*\r?\n([\s\S]*?)\r?\n(?:---|\.\.\.)[ \t]*(?:\r?\n|$)/;

export function readFrontMatter(text: string): FrontMatter {
  const match = BLOCK.exec(text.slice(0, 64 * 1024));
  if (!match) return { metadata: {}, end: 0 };
  let data: unknown;
  try {
    data = parse(match[1], { schema: 'core', maxAliasCount: 10 });
  } catch (error) {
    return { metadata: {}, end: match[0].length, problem: `the front matter is not valid YAML (${(error as Error).message.split('\n')[0]}).` };
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return { metadata: {}, end: match[0].length };
  const fields = data as Record<string, unknown>;
  const str = (...keys: string[]) => keys.map((k) => fields[k]).map((v) => (typeof v === 'string' || typeof v === 'number' ? clean(String(v)) : undefined)).find(Boolean);
  const metadata: PageMetadata = {};
  const title = str('title', 'headline');
  if (title) metadata.title = title;
  const outlet = str('outlet', 'publisher', 'site', 'site_name', 'publication', 'source');
  if (outlet) metadata.outlet = outlet;
  const authorField = fields.authors ?? fields.author ?? fields.byline;
  const authors = (Array.isArray(authorField) ? authorField : [authorField])
    .map((a) => (typeof a === 'string' ? a : typeof a === 'object' && a !== null && typeof (a as { name?: unknown }).name === 'string' ? (a as { name: string }).name : undefined))
    .flatMap((a) => (a === undefined ? [] : Array.isArray(authorField) ? [clean(a.replace(/^by\s+/i, ''))].filter((n): n is string => !!n) : splitByline(a)));
  if (authors.length) metadata.authors = [...new Set(authors)];
  const published = isoDate(str('date', 'published', 'pubDate', 'datePublished'));
  if (published) metadata.published = published;
  const url = str('url', 'link', 'canonical', 'source_url');
  if (url && /^https?:\/\//i.test(url)) metadata.url = url;
  const language = str('lang', 'language', 'locale')?.replace(/_/g, '-');
  if (language && /^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$/.test(language)) metadata.language = language;
  return { metadata, end: match[0].length };
}

/** The text with the front matter replaced by spaces (line breaks kept): same length, same offsets. */
export function bodyOf(text: string, frontMatterEnd: number): string {
  if (frontMatterEnd === 0) return text;
  return text.slice(0, frontMatterEnd).replace(/[^\r\n]/g, ' ') + text.slice(frontMatterEnd);
}
