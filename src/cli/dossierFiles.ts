// Dossiers from files for the CLI: parsed as the extension parses them, their
// articles read beside them, merged into one library. A broken dossier is
// reported and left out; the others still load.
import * as fs from 'fs';
import * as path from 'path';
import { DEFAULT_MAX_BYTES, parseDossier } from '../core/dossier/parse';
import { Library, LoadedDossier } from '../core/library';
import { readArticle } from './check';
import { globFiles } from './glob';

export interface LoadedLibrary {
  library: Library;
  /** One line per dossier that could not be used. */
  problems: string[];
}

export function loadDossiers(patterns: readonly string[], cwd = process.cwd()): LoadedLibrary {
  const files = [...new Set(patterns.flatMap((p) => globFiles(p, cwd)))];
  const dossiers: LoadedDossier[] = [];
  const problems: string[] = [];
  for (const file of files) {
    let text: string;
    try {
      if (fs.statSync(file).size > DEFAULT_MAX_BYTES) { problems.push(`${file}: over the dossier size limit; left out.`); continue; }
      text = fs.readFileSync(file, 'utf8');
    } catch (error) {
      problems.push(`${file}: cannot be read (${(error as Error).message}); left out.`);
      continue;
    }
    const parsed = parseDossier(text);
    if (!parsed.dossier) {
      const first = parsed.problems.find((p) => p.severity === 'error');
      problems.push(`${file}:${first?.line ?? 1}:${first?.column ?? 1}: ${first?.message ?? 'not a dossier'} (left out; run sourcebook check)`);
      continue;
    }
    const { article } = parsed.dossier;
    let articleText = article.text;
    let articleSource: string | undefined;
    if (article.file !== undefined) {
      articleSource = path.resolve(path.dirname(file), article.file);
      const read = readArticle(articleSource, article.file);
      if (typeof read === 'string') articleText = read;
    }
    dossiers.push({ source: file, dossier: parsed.dossier, articleText, articleSource });
  }
  return { library: new Library(dossiers), problems };
}
