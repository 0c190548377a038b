// Dossiers from files for the CLI: parsed as the extension parses them, their
// articles read beside them, merged into one library. A broken dossier is
// reported and left out; the others still load.
import * as path from 'path';
import { parseDossier } from '../core/dossier/parse';
import { Library, LoadedDossier } from '../core/library';
import { readArticle, readDossierText } from './check';
import { globFiles } from './glob';

export interface LoadedLibrary {
  library: Library;
  /** One line per dossier that could not be used. */
  problems: string[];
}

export function loadDossiers(patterns: readonly string[], cwd = process.cwd()): LoadedLibrary {
  const problems: string[] = [];
  const files = [...new Set(patterns.flatMap((pattern) => {
    const matched = globFiles(pattern, cwd);
    if (matched.length === 0) problems.push(`${pattern}: no dossier file matches.`);
    return matched;
  }))];
  const dossiers: LoadedDossier[] = [];
  for (const file of files) {
    const read = readDossierText(file);
    if ('problem' in read) {
      problems.push(`${file}: ${read.problem} (left out)`);
      continue;
    }
    const parsed = parseDossier(read.text);
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
      // Within the current directory, as `sourcebook check` reads articles.
      const read = readArticle(file, article.file, cwd);
      if (typeof read === 'string') articleText = read;
    }
    dossiers.push({ source: file, dossier: parsed.dossier, articleText, articleSource });
  }
  return { library: new Library(dossiers), problems };
}
