// `sourcebook check FILE...`: validates dossiers the way the extension does.
import * as fs from 'fs';
import * as path from 'path';
import { checkAgainstArticle } from '../core/dossier/checkArticle';
import { DEFAULT_MAX_BYTES, parseDossier } from '../core/dossier/parse';
import { articleProblem, formatProblem, LineMap, MAX_ARTICLE_BYTES, Problem, sizeLimitMessage } from '../core/dossier/problems';

export interface CheckOptions {
  maxBytes?: number;
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
  let text: string;
  try {
    const size = fs.statSync(file).size;
    if (size > maxBytes) return [whole(sizeLimitMessage(size, maxBytes))];
    text = fs.readFileSync(file, 'utf8');
  } catch (error) {
    return [whole(`Cannot read this file: ${(error as NodeJS.ErrnoException).code === 'ENOENT' ? 'it does not exist' : (error as Error).message}.`)];
  }
  const parsed = parseDossier(text, { maxBytes });
  const problems = [...parsed.problems];
  const dossier = parsed.dossier;
  if (dossier) {
    let articleText = dossier.article.text;
    if (dossier.article.file !== undefined) {
      const articlePath = path.resolve(path.dirname(file), dossier.article.file);
      const read = readArticle(articlePath, dossier.article.file);
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

/**
 * The article's text, or why it cannot be had. A dossier names any path it
 * likes: only a regular file of sane size is read (never /dev/zero or a pipe).
 */
export function readArticle(articlePath: string, named: string): string | { problem: string } {
  try {
    const stat = fs.statSync(articlePath);
    if (!stat.isFile()) return { problem: articleProblem(named, 'not-a-file') };
    if (stat.size > MAX_ARTICLE_BYTES) return { problem: articleProblem(named, 'too-large') };
    return fs.readFileSync(articlePath, 'utf8');
  } catch {
    return { problem: articleProblem(named, 'missing') };
  }
}

function whole(message: string): Problem {
  return { severity: 'error', message, start: 0, end: 0, line: 1, column: 1 };
}
