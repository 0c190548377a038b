// The core runs in Node, the browser and the CLI alike: it may import neither
// `vscode` nor Node's own modules, nor reach for Node globals.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { ROOT } from './helpers';

const FORBIDDEN_IMPORT = /from\s+'(vscode|node:[^']+|fs|path|os|child_process|worker_threads|crypto|util|buffer|stream)'/;
const NODE_GLOBAL = /\b(process\.|Buffer\.|__dirname|__filename|require\()/;

function sourcesUnder(folder: string): string[] {
  return fs.readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(folder, entry.name);
    return entry.isDirectory() ? sourcesUnder(full) : entry.name.endsWith('.ts') ? [full] : [];
  });
}

describe('the pure core (src/core)', () => {
  const files = sourcesUnder(path.join(ROOT, 'src', 'core'));

  it('has sources to check', () => assert.ok(files.length > 20, `${files.length} files`));

  it('imports neither vscode nor Node modules, and uses no Node globals', () => {
    const offenders = files.flatMap((file) =>
      fs.readFileSync(file, 'utf8').split('\n')
        .map((line, i) => ({ line, at: `${path.relative(ROOT, file)}:${i + 1}` }))
        .filter(({ line }) => !line.trimStart().startsWith('//') && !line.trimStart().startsWith('*') && (FORBIDDEN_IMPORT.test(line) || NODE_GLOBAL.test(line)))
        .map(({ line, at }) => `${at}: ${line.trim()}`));
    assert.deepStrictEqual(offenders, []);
  });
});
