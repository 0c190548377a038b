// Dossier files as the CLI's verbs that read a whole library need them:
// parsed, with their problems printed as `file:line:column: message`.
import * as fs from 'fs';
import { DEFAULT_MAX_BYTES, parseDossier } from '../core/dossier/parse';
import { formatProblem, sizeLimitMessage } from '../core/dossier/problems';
import { LoadedDossier } from '../core/library';

export interface LoadedFiles {
  dossiers: LoadedDossier[];
  /** One line per problem, for stderr; a file with errors is left out of `dossiers`. */
  problems: string[];
  /** True when some file could not be used. */
  failed: boolean;
}

export function loadDossierFiles(files: readonly string[], maxBytes = DEFAULT_MAX_BYTES): LoadedFiles {
  const result: LoadedFiles = { dossiers: [], problems: [], failed: false };
  for (const file of files) {
    let text: string;
    try {
      const stat = fs.statSync(file);
      if (!stat.isFile()) throw new Error('it is not a regular file');
      if (stat.size > maxBytes) throw new Error(sizeLimitMessage(stat.size, maxBytes));
      text = fs.readFileSync(file, 'utf8');
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      result.problems.push(`${file}: error: Cannot read this file: ${code === 'ENOENT' ? 'it does not exist' : (error as Error).message}.`);
      result.failed = true;
      continue;
    }
    const parsed = parseDossier(text, { maxBytes });
    for (const problem of parsed.problems) result.problems.push(formatProblem(file, problem));
    if (parsed.dossier) result.dossiers.push({ source: file, dossier: parsed.dossier });
    else result.failed = true;
  }
  return result;
}
