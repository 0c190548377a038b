// The Node extension bundle leaves its largest libraries out and loads each on
// first use from dist/lazy/ (scripts/build.mjs, scripts/lazy-libraries.json).
// These read what `npm run build` wrote (npm run test:unit builds first): the
// bundle's module list in dist/meta/, and the lazy files themselves.
import * as assert from 'assert';
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import { readRepoFile, ROOT } from './helpers';

interface LazyLibrary { file: string; exports: string[] }

const { '//': _comment, ...LAZY } = JSON.parse(readRepoFile('scripts', 'lazy-libraries.json')) as Record<string, LazyLibrary>;

/** The packages (node_modules/<name>) whose files esbuild put into an output, from its metafile. */
function packagesIn(output: string): Set<string> {
  const metafile = JSON.parse(readRepoFile('dist', 'meta', `${output}.json`)) as { inputs: Record<string, unknown> };
  const names = Object.keys(metafile.inputs).map((file) => /node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(file)?.[1]);
  return new Set(names.filter((name): name is string => name !== undefined));
}

describe('libraries loaded on first use (Node extension bundle)', () => {
  it('lists citeproc, linkedom and Readability', () => {
    assert.deepStrictEqual(Object.keys(LAZY).sort(), ['@mozilla/readability', 'citeproc', 'linkedom']);
  });

  it('keeps them out of dist/extension.js, which still holds the other packages', () => {
    const bundled = packagesIn('extension');
    assert.ok(bundled.has('yaml'), `the module list is read: ${[...bundled]}`);
    assert.deepStrictEqual(Object.keys(LAZY).filter((name) => bundled.has(name)), []);
  });

  it('builds each into its own file, which has every name the bundle forwards', () => {
    for (const [name, { file, exports }] of Object.entries(LAZY)) {
      const output = `lazy-${file.replace(/\.js$/, '')}`;
      assert.ok(packagesIn(output).has(name), `${output} holds ${name}`);
      const loaded = require(path.join(ROOT, 'dist', 'lazy', file)) as Record<string, unknown>;
      const missing = exports.filter((key) => loaded[key] === undefined);
      assert.deepStrictEqual(missing, [], `dist/lazy/${file} lacks what the bundle reads from ${name}`);
      assert.strictEqual(loaded.noSuchExport, undefined, 'positive control: an absent name reads as undefined');
    }
  });

  it('the web bundle keeps them inside (one file: the web worker host requires only `vscode`)', () => {
    const bundled = packagesIn('web-extension');
    assert.deepStrictEqual(Object.keys(LAZY).filter((name) => !bundled.has(name)), []);
  });

  it('the package ships the lazy files beside the bundle (what `vsce ls` lists)', function () {
    this.timeout(60_000);
    const listed = spawnSync(process.execPath, [path.join(ROOT, 'node_modules', '@vscode', 'vsce', 'vsce'), 'ls', '--no-dependencies'], { cwd: ROOT, encoding: 'utf8' });
    const files = listed.stdout.split('\n').map((line) => line.trim());
    assert.ok(files.includes('dist/extension.js'), `vsce ls: ${listed.stdout}${listed.stderr}`);
    const lazyFiles = Object.values(LAZY).map(({ file }) => `dist/lazy/${file}`);
    assert.ok(lazyFiles.every((file) => fs.existsSync(path.join(ROOT, file))), 'npm run build wrote them');
    assert.deepStrictEqual(lazyFiles.filter((file) => !files.includes(file)), []);
  });
});
