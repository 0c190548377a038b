// `sourcebook check FILE...`: validates dossiers the way the extension does.
import * as fs from 'fs';
import * as path from 'path';
import { outsideMessage, resolveArticlePath } from '../core/dossier/articlePath';
import { checkAgainstArticle } from '../core/dossier/checkArticle';
import { decodeUtf8 } from '../core/dossier/decodeBytes';
import { DEFAULT_MAX_BYTES, parseDossier } from '../core/dossier/parse';
import { articleProblem, formatProblem, LineMap, MAX_ARTICLE_BYTES, Problem, sizeLimitMessage } from '../core/dossier/problems';
import { readRegularFile } from './readFile';

export interface CheckOptions {
  maxBytes?: number;
  /** Articles are read only within this directory (default: the current one); null reads any (--allow-outside). */
  root?: string | null;
}

/** Returns the exit code: 0 all valid, 1 errors found. */
export function checkFiles(files: string[], out: (line: string) => void, options: CheckOptions = {}): number {
  let failed = false;
  for (const file of files) {
    const problems = checkFile(file, options);
    for (const problem of problems) out(formatProblem(file, problem));
    if (problems.some((p) => p.severity === 'error')) failed = true;
  }
  return failed ? 1 : 0;
}

export function checkFile(file: string, options: CheckOptions = {}): Problem[] {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  const read = readDossierText(file, maxBytes);
  if ('problem' in read) return [whole(read.problem)];
  const text = read.text;
  const parsed = parseDossier(text, { maxBytes });
  const problems = [...parsed.problems];
  const dossier = parsed.dossier;
  if (dossier) {
    let articleText = dossier.article.text;
    if (dossier.article.file !== undefined) {
      const read = readArticle(path.resolve(file), dossier.article.file, options.root === undefined ? process.cwd() : options.root);
      if (typeof read === 'string') articleText = read;
      else {
        const { start, end } = parsed.locate(['article', 'file']);
        problems.push({ severity: 'error', message: read.problem, start, end, ...new LineMap(text).position(start) });
      }
    }
    if (articleText !== undefined) problems.push(...checkAgainstArticle(text, parsed, dossier, articleText));
  }
  return problems.sort((a, b) => a.start - b.start);
}

/** A dossier file's text: a regular file within the size limit, in UTF-8 — or why not. */
export function readDossierText(file: string, maxBytes = DEFAULT_MAX_BYTES): { text: string } | { problem: string } {
  const read = readRegularFile(file, maxBytes);
  if ('fault' in read) {
    switch (read.fault) {
      case 'too-large': return { problem: sizeLimitMessage(read.size ?? maxBytes + 1, maxBytes) };
      case 'missing': return { problem: 'Cannot read this file: it does not exist.' };
      case 'not-a-file': return { problem: 'Cannot read this file: it is not a regular file (a folder, a device, a pipe or a link to one).' };
      case 'unreadable': return { problem: `Cannot read this file: ${read.reason}.` };
    }
  }
  const decoded = decodeUtf8(read.bytes);
  return 'problem' in decoded ? { problem: decoded.problem } : { text: decoded.text };
}

/**
 * The article's text, or why it cannot be had. A dossier names any path it
 * likes: only a regular file of sane size within `root` is read (never
 * /dev/zero, a pipe, or a link out of the root).
 */
export function readArticle(dossierPath: string, named: string, root: string | null): string | { problem: string } {
  const rootPath = root === null ? undefined : realPath(root);
  const where = resolveArticlePath(toSlashes(dossierPath), named, rootPath && toSlashes(rootPath));
  const outside = () => ({ problem: outsideMessage(named, `the directory ${root} (run sourcebook in the folder that holds it, or give --root DIR or --allow-outside)`) });
  if ('outside' in where) return outside();
  // A link inside the root may point out of it: its target must be within too.
  const target = realPath(where.path);
  if (target === undefined) return { problem: articleProblem(named, 'missing') };
  if (rootPath !== undefined && 'outside' in resolveArticlePath(toSlashes(dossierPath), toSlashes(target), toSlashes(rootPath))) return outside();
  const read = readRegularFile(target, MAX_ARTICLE_BYTES);
  if ('fault' in read) return { problem: articleProblem(named, read.fault === 'unreadable' ? 'missing' : read.fault) };
  const decoded = decodeUtf8(read.bytes);
  return 'problem' in decoded ? { problem: `The article "${named}": ${decoded.problem}` } : decoded.text;
}

function realPath(file: string): string | undefined {
  try {
    return fs.realpathSync(file);
  } catch {
    return undefined;
  }
}

function toSlashes(file: string): string {
  return file.split(path.sep).join('/');
}

function whole(message: string): Problem {
  return { severity: 'error', message, start: 0, end: 0, line: 1, column: 1 };
}
