// bundle.bytes: the size of the production extension bundle (built by `npm run bench`).
import * as fs from 'fs';
import { repoPath } from './corpus';
import { Figures } from './figures';

export function run(): Figures {
  const bytes = fs.statSync(repoPath('dist', 'extension.js')).size;
  return { 'bundle.bytes': { value: bytes, unit: 'bytes', better: 'lower' } };
}
