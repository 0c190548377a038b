// bundle.bytes: the size of the production extension bundle (built by `npm run bench`).
// bundle.webBytes: the browser entry's bundle (web worker host), beside the Node one.
import * as fs from 'fs';
import { repoPath } from './corpus';
import { Figures } from './figures';

export function run(): Figures {
  const bytes = fs.statSync(repoPath('dist', 'extension.js')).size;
  const webBytes = fs.statSync(repoPath('dist', 'web', 'extension.js')).size;
  return {
    'bundle.bytes': { value: bytes, unit: 'bytes', better: 'lower' },
    'bundle.webBytes': { value: webBytes, unit: 'bytes', better: 'lower', baseline: bytes, baselineLabel: 'the Node main bundle' },
  };
}
