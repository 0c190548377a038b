// Dossiers from files for the CLI: loaded as `sourcebook check` and the
// extension load them (src/core/load), merged into one library. A broken
// dossier is reported and left out; the others still load.
import { Library, LoadedDossier } from '../core/library';
import { loadDossierFile } from '../core/load/loadDossier';
import { englishMessages } from '../core/load/messages';
import { cliLoadOptions } from './check';
import { globFiles } from './glob';

export interface LoadedLibrary {
  library: Library;
  /** One line per dossier that could not be used. */
  problems: string[];
}

export async function loadDossiers(patterns: readonly string[], cwd = process.cwd()): Promise<LoadedLibrary> {
  const problems: string[] = [];
  const files = [...new Set(patterns.flatMap((pattern) => {
    const matched = globFiles(pattern, cwd);
    if (matched.length === 0) problems.push(`${pattern}: no dossier file matches.`);
    return matched;
  }))];
  const dossiers: LoadedDossier[] = [];
  // Within the current directory, as `sourcebook check` reads articles.
  const options = cliLoadOptions(cwd);
  for (const file of files) {
    const load = await loadDossierFile(file, options);
    if (!load) {
      problems.push(`${file}: ${englishMessages('dossierMissing')} (left out)`);
      continue;
    }
    if (!load.loaded) {
      const first = load.problems.find((p) => p.severity === 'error');
      const whole = load.text === '' && first?.start === 0;
      problems.push(whole
        ? `${file}: ${first.message} (left out)`
        : `${file}:${first?.line ?? 1}:${first?.column ?? 1}: ${first?.message ?? 'not a dossier'} (left out; run sourcebook check)`);
      continue;
    }
    dossiers.push(load.loaded);
  }
  return { library: new Library(dossiers), problems };
}
