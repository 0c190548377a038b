// An article as a CSL-JSON item: the form citeproc-js formats and Pandoc reads
// from a bibliography file. Only what the dossier holds goes in; a missing
// outlet, author or date stays missing.
import { parsePartialDate } from '../dates';
import { Article } from '../model';

export interface CslName {
  family?: string;
  given?: string;
  literal?: string;
}

export interface CslItem {
  id: string;
  type: 'article-newspaper';
  title?: string;
  'container-title'?: string;
  author?: CslName[];
  issued?: { 'date-parts': number[][] };
  accessed?: { 'date-parts': number[][] };
  URL?: string;
  language?: string;
}

/** The citation key of an article: its dossier id, which Pandoc and BibLaTeX accept as is. */
export function citationKey(article: Pick<Article, 'id'>): string {
  return article.id.replace(/\s+/g, '-');
}

export function cslItemFor(article: Article): CslItem {
  const item: CslItem = { id: citationKey(article), type: 'article-newspaper' };
  // A citation without a title is one nobody can find: the file name stands in.
  const title = article.title ?? fileNameOf(article.source_file ?? article.file);
  if (title) item.title = title;
  if (article.outlet) item['container-title'] = article.outlet;
  if (article.authors?.length) item.author = article.authors.map(cslName);
  const issued = dateParts(article.published);
  if (issued) item.issued = { 'date-parts': [issued] };
  if (article.url) item.URL = article.url;
  const accessed = dateParts(article.accessed);
  if (accessed) item.accessed = { 'date-parts': [accessed] };
  if (article.language) item.language = article.language;
  return item;
}

/** "Jane Doe" → family Doe, given Jane; a one-word byline ("AFP") stays literal. */
function cslName(author: string): CslName {
  const words = author.trim().split(/\s+/);
  if (words.length < 2) return { literal: author.trim() };
  return { family: words[words.length - 1], given: words.slice(0, -1).join(' ') };
}

/** "notes/page.html" → "page.html". */
function fileNameOf(path: string | undefined): string | undefined {
  const name = path?.split(/[\\/]/).pop()?.trim();
  return name || undefined;
}

/** "2022-08-09" → [2022, 8, 9]; partial dates keep only their parts. */
function dateParts(iso: string | undefined): number[] | undefined {
  const parts = iso === undefined ? undefined : parsePartialDate(iso);
  if (!parts) return undefined;
  return [parts.year, parts.month, parts.day].filter((part): part is number => part !== undefined);
}
