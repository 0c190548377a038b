// One way to load a dossier, for the CLI and the extension alike: read the
// file (a regular file within the size limit, in UTF-8), parse it, read the
// article its `file:` names (where the caller's rule allows), and check the
// quotes and anchors against that article. A broken dossier comes back with
// its problems, never as an exception, so it never stops the others.
import { checkAgainstArticle } from '../dossier/checkArticle';
import { decodeUtf8 } from '../dossier/decodeBytes';
import { DEFAULT_MAX_BYTES, parseDossier, ParsedDossier } from '../dossier/parse';
import { LineMap, MAX_ARTICLE_BYTES, Problem, sizeLimitMessage } from '../dossier/problems';
import { LoadedDossier } from '../library';
import { FileInfo, FilePort, readRegularFile } from './files';
import { englishMessages, LoadMessages } from './messages';

/** Where the article named by `file:` is, or the message saying why it may not be read. */
export type ArticlePlace = { location: string } | { refused: string };

export interface LoadOptions {
  port: FilePort;
  /** The words of the problems (English by default). */
  messages?: LoadMessages;
  /** Larger dossiers are refused (UTF-8 bytes; default 5 MB). */
  maxBytes?: number;
  /** The caller's rule for `file:` (the workspace folder, or the CLI's root). */
  placeArticle(dossierLocation: string, named: string): ArticlePlace | Promise<ArticlePlace>;
}

/** A dossier as loaded: its text and parse (with positions), what the library uses, and every problem. */
export interface DossierLoad {
  location: string;
  text: string;
  parsed: ParsedDossier;
  /** Present when the dossier has no errors. */
  loaded?: LoadedDossier;
  problems: Problem[];
  /** The file's size and time when it was read from the file (not from an editor). */
  info?: FileInfo;
}

export type DossierText = { text: string; info: FileInfo } | { problem: string } | { missing: true };

/** A dossier file's text, or why it cannot be had. */
export async function readDossierText(port: FilePort, location: string, maxBytes = DEFAULT_MAX_BYTES, messages = englishMessages): Promise<DossierText> {
  const read = await readRegularFile(port, location, maxBytes);
  if ('fault' in read) {
    switch (read.fault) {
      case 'missing': return { missing: true };
      case 'not-a-file': return { problem: messages('dossierNotAFile') };
      case 'too-large': return { problem: sizeLimitMessage(read.size ?? maxBytes + 1, maxBytes) };
      case 'unreadable': return { problem: messages('dossierUnreadable', read.reason ?? 'unknown error') };
    }
  }
  const decoded = decodeUtf8(read.bytes);
  return 'problem' in decoded ? { problem: decoded.problem } : { text: decoded.text, info: read.info };
}

/** Loads the dossier file at `location`; undefined when there is no file there. */
export async function loadDossierFile(location: string, options: LoadOptions): Promise<DossierLoad | undefined> {
  const read = await readDossierText(options.port, location, options.maxBytes, options.messages);
  if ('missing' in read) return undefined;
  if ('problem' in read) return unreadable(location, read.problem);
  return { ...(await loadDossierText(location, read.text, options)), info: read.info };
}

/** A dossier that could not be read at all: one problem at its start. */
export function unreadable(location: string, message: string): DossierLoad {
  const problem: Problem = { severity: 'error', message, start: 0, end: 0, line: 1, column: 1 };
  return { location, text: '', parsed: { problems: [problem], locate: () => ({ start: 0, end: 0 }) }, problems: [problem] };
}

/** Parses a dossier's text (from its file or an editor), reads its article and checks it. */
export async function loadDossierText(location: string, text: string, options: LoadOptions): Promise<DossierLoad> {
  const parsed = parseDossier(text, { maxBytes: options.maxBytes ?? DEFAULT_MAX_BYTES });
  const problems = [...parsed.problems];
  const dossier = parsed.dossier;
  if (!dossier) return { location, text, parsed, problems };
  const loaded: LoadedDossier = { source: location, dossier, articleText: dossier.article.text };
  const named = dossier.article.file;
  if (named !== undefined) {
    const place = await options.placeArticle(location, named);
    if ('location' in place) loaded.articleSource = place.location;
    const article = 'location' in place ? await readArticleText(options.port, place.location, named, options.messages) : { problem: place.refused };
    if (typeof article === 'string') loaded.articleText = article;
    else {
      const { start, end } = parsed.locate(['article', 'file']);
      problems.push({ severity: 'error', message: article.problem, start, end, ...new LineMap(text).position(start) });
    }
  }
  if (loaded.articleText !== undefined) problems.push(...checkAgainstArticle(text, parsed, dossier, loaded.articleText));
  return { location, text, parsed, loaded, problems };
}

/** An article's text, or why it cannot be had (`named`: as the dossier's `file:` says it). */
export async function readArticleText(port: FilePort, location: string, named: string, messages = englishMessages): Promise<string | { problem: string }> {
  const read = await readRegularFile(port, location, MAX_ARTICLE_BYTES);
  if ('fault' in read) {
    switch (read.fault) {
      case 'missing':
      case 'unreadable': return { problem: messages('articleMissing', named) };
      case 'not-a-file': return { problem: messages('articleNotAFile', named) };
      case 'too-large': return { problem: messages('articleTooLarge', named, MAX_ARTICLE_BYTES / (1024 * 1024)) };
    }
  }
  const decoded = decodeUtf8(read.bytes);
  return 'text' in decoded ? decoded.text : { problem: messages('articleEncoding', named, decoded.problem) };
}
