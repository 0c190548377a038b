// `sourcebook check FILE...`: validates dossiers the way the extension does,
// through the core's one loading path (src/core/load).
import * as fs from 'fs';
import * as path from 'path';
import { resolveArticlePath } from '../core/dossier/articlePath';
import { DEFAULT_MAX_BYTES } from '../core/dossier/parse';
import { formatProblem, Problem } from '../core/dossier/problems';
import { ArticlePlace, loadDossierFile, LoadOptions, unreadable } from '../core/load/loadDossier';
import { englishMessages } from '../core/load/messages';
import { nodeFiles } from './readFile';

export interface CheckOptions {
  maxBytes?: number;
  /** Articles are read only within this directory (default: the current one); null reads any (--allow-outside). */
  root?: string | null;
}

/** Returns the exit code: 0 all valid, 1 errors found. */
export async function checkFiles(files: string[], out: (line: string) => void, options: CheckOptions = {}): Promise<number> {
  let failed = false;
  for (const file of files) {
    const problems = await checkFile(file, options);
    for (const problem of problems) out(formatProblem(file, problem));
    if (problems.some((p) => p.severity === 'error')) failed = true;
  }
  return failed ? 1 : 0;
}

export async function checkFile(file: string, options: CheckOptions = {}): Promise<Problem[]> {
  const loaded = await loadDossierFile(path.resolve(file), cliLoadOptions(options.root === undefined ? process.cwd() : options.root, options.maxBytes));
  const problems = (loaded ?? unreadable(file, englishMessages('dossierMissing'))).problems;
  return [...problems].sort((a, b) => a.start - b.start);
}

/** How the CLI loads dossiers: from Node's fs, articles only within `root` (null: anywhere). */
export function cliLoadOptions(root: string | null, maxBytes = DEFAULT_MAX_BYTES): LoadOptions {
  return { port: nodeFiles, maxBytes, placeArticle: (dossier, named) => placeArticle(dossier, named, root) };
}

/**
 * A dossier names any path it likes: the article is read only within `root`
 * (never a link out of it either).
 */
function placeArticle(dossierPath: string, named: string, root: string | null): ArticlePlace {
  dossierPath = path.resolve(dossierPath);
  const rootPath = root === null ? undefined : realPath(root);
  const where = resolveArticlePath(toSlashes(dossierPath), named, rootPath && toSlashes(rootPath));
  const outside = { refused: englishMessages('articleOutsideDirectory', named, root ?? '') };
  if ('outside' in where) return outside;
  // A link inside the root may point out of it: its target must be within too.
  const target = realPath(where.path);
  if (target === undefined) return { location: where.path };
  if (rootPath !== undefined && 'outside' in resolveArticlePath(toSlashes(dossierPath), toSlashes(target), toSlashes(rootPath))) return outside;
  return { location: target };
}

function realPath(file: string): string | undefined {
  try {
    return fs.realpathSync(file);
  } catch {
    return undefined; // missing: reading it says so
  }
}

function toSlashes(file: string): string {
  return file.split(path.sep).join('/');
}
