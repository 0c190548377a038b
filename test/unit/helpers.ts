// Shared by the unit tests: paths into the repository and the bundled sample.
import * as fs from 'fs';
import * as path from 'path';
import { parseDossier } from '../../src/core/dossier/parse';
import { Library, LoadedDossier } from '../../src/core/library';

export const ROOT = path.resolve(__dirname, '..', '..', '..');

export function readRepoFile(...parts: string[]): string {
  return fs.readFileSync(path.join(ROOT, ...parts), 'utf8');
}

/** The bundled sample as the extension loads it. */
export function loadSample(): LoadedDossier {
  const parsed = parseDossier(readRepoFile('data', 'dossier.yaml'));
  if (!parsed.dossier) throw new Error(`sample dossier has problems: ${JSON.stringify(parsed.problems)}`);
  return { source: 'sample', dossier: parsed.dossier, articleText: readRepoFile('data', 'article.txt'), isSample: true };
}

export function sampleLibrary(): Library {
  return new Library([loadSample()]);
}
