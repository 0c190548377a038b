// Reading an article file of any kind the extension accepts: a saved web page
// (.html, .htm), Markdown with or without front matter, or plain text. The
// result is the text that quotes are anchored in and what the file states
// about the article. Pure: it runs in Node, the browser and the CLI.
import { isFullDate } from '../dates';
import { Article } from '../model';
import { bodyOf, readFrontMatter } from './frontMatter';
import { readHtmlPage } from './htmlPage';
import { PageMetadata } from './metadata';
import { readPlainTextHeader } from './plainTextHeader';

export type { PageMetadata } from './metadata';
export { MAX_PAGE_BYTES, readHtmlPage } from './htmlPage';

export type ArticleKind = 'html' | 'markdown' | 'text';

export interface ArticleReading {
  kind: ArticleKind;
  /** The text to extract from and to anchor in: the file itself, or for a page its body text (a new file). */
  text: string;
  metadata: PageMetadata;
  /** Markdown: the text with its front matter blanked out (same offsets as the file). */
  extractFrom: string;
}

export function articleKindOf(fileName: string): ArticleKind {
  if (/\.x?html?$/i.test(fileName)) return 'html';
  if (/\.(md|markdown|mdown|mkd)$/i.test(fileName)) return 'markdown';
  return 'text';
}

export function readArticle(fileName: string, content: string): ArticleReading | { problem: string } {
  const kind = articleKindOf(fileName);
  if (kind === 'html') {
    const page = readHtmlPage(content);
    if (page.problem !== undefined) return { problem: page.problem };
    return { kind, text: page.text, metadata: page.metadata, extractFrom: page.text };
  }
  if (kind === 'markdown' || /^\uFEFF?---\r?\n/.test(content)) {
    const front = readFrontMatter(content);
    if (front.end > 0) {
      const body = bodyOf(content, front.end);
      if (body.trim() === '') return { problem: 'there is only front matter, no article text below it.' };
      return { kind: 'markdown', text: content, metadata: front.metadata, extractFrom: body };
    }
  }
  return { kind, text: content, metadata: kind === 'text' ? readPlainTextHeader(content) : {}, extractFrom: content };
}

/** The article fields a dossier takes from the metadata (only those stated). */
export function articleFields(metadata: PageMetadata): Partial<Article> {
  const fields: Partial<Article> = {};
  for (const key of ['title', 'outlet', 'authors', 'published', 'url', 'language'] as const) if (metadata[key] !== undefined) (fields as Record<string, unknown>)[key] = metadata[key];
  return fields;
}

/** "page.html" → "page.txt": where a page's body text is written beside the dossier. */
export function articleTextFileFor(pageFileName: string): string {
  return pageFileName.replace(/\.x?html?$/i, '') + '.txt';
}

/** The page's publication date when it is a whole day, the form relative dates are resolved against. */
export function fullDate(published: string | undefined): string | undefined {
  return published && isFullDate(published) ? published : undefined;
}

/** Today as YYYY-MM-DD, in the writer's own time zone: the `accessed` day of a new dossier. */
export function today(now = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
