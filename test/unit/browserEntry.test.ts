// The browser entry runs in VS Code's web worker extension host, where Node's
// modules and globals do not exist. This bundles it the way scripts/build.mjs
// does and checks what it reaches: a Node module fails the bundle, a Node
// global fails the source scan, and only `vscode` is left to require at run time.
import * as assert from 'assert';
import * as esbuild from 'esbuild';
import * as fs from 'fs';
import * as path from 'path';
import { ROOT } from './helpers';

const NODE_GLOBAL = /\b(process\.|Buffer\b|__dirname|__filename|setImmediate|global\.|require\()/;

async function bundleBrowserEntry(entry = 'src/vscode/extension.browser.ts') {
  return esbuild.build({
    absWorkingDir: ROOT, entryPoints: [entry], bundle: true, write: false, metafile: true, logLevel: 'silent',
    platform: 'browser', format: 'cjs', target: 'es2022', external: ['vscode'], alias: bundleAliases(),
  });
}

/** The module substitutions scripts/build.mjs makes. */
function bundleAliases(): Record<string, string> {
  const { '//': _comment, ...aliases } = JSON.parse(fs.readFileSync(path.join(ROOT, 'scripts', 'bundle-aliases.json'), 'utf8')) as Record<string, string>;
  return aliases;
}

/** `file:line: text` for each line of our own sources that uses a Node global. */
function nodeGlobalsIn(files: string[]): string[] {
  return files.flatMap((file) => fs.readFileSync(path.join(ROOT, file), 'utf8').split('\n')
    .map((line, i) => ({ line: line.trim(), at: `${file}:${i + 1}` }))
    .filter(({ line }) => !line.startsWith('//') && !line.startsWith('*') && NODE_GLOBAL.test(line.replace(/\/\/.*$/, '')))
    .map(({ line, at }) => `${at}: ${line}`));
}

describe('the browser entry (web worker extension host)', function () {
  this.timeout(60_000);
  let result: esbuild.BuildResult & { metafile: esbuild.Metafile };
  before(async () => (result = await bundleBrowserEntry()));

  const ours = () => Object.keys(result.metafile.inputs).filter((file) => file.startsWith('src/'));

  it('bundles for the browser with only `vscode` left to require', () => {
    const code = result.outputFiles![0].text;
    const required = [...new Set([...code.matchAll(/\brequire\("([^"]+)"\)/g)].map((m) => m[1]))];
    assert.deepStrictEqual(required, ['vscode']);
    assert.ok(ours().includes('src/vscode/extension.ts'), 'the shared part is in the bundle');
  });

  it('reaches no Node-only source: not the Node entry, its platform, nor the CLI', () => {
    const nodeOnly = ours().filter((file) => /(\.node\.ts|\/platform\/node\.ts|^src\/cli\/)/.test(file));
    assert.deepStrictEqual(nodeOnly, []);
  });

  it('uses no Node globals in anything of ours it reaches (src/vscode and src/core)', () => {
    assert.ok(ours().length > 50, `${ours().length} source files`);
    assert.deepStrictEqual(nodeGlobalsIn(ours()), []);
  });

  it('would fail on a Node module: the check can fail', async () => {
    const probe = path.join(ROOT, 'out', 'browser-entry-probe.ts');
    fs.mkdirSync(path.dirname(probe), { recursive: true });
    fs.writeFileSync(probe, "import { readFileSync } from 'fs';\nexport const read = readFileSync;\n");
    try {
      await assert.rejects(bundleBrowserEntry(path.relative(ROOT, probe)), /Could not resolve "fs"/);
      assert.deepStrictEqual(nodeGlobalsIn([path.relative(ROOT, probe)]), []);
      fs.writeFileSync(probe, 'export const later = (f: () => void) => setImmediate(f);\n');
      assert.strictEqual(nodeGlobalsIn([path.relative(ROOT, probe)]).length, 1, 'setImmediate is caught');
    } finally {
      fs.rmSync(probe, { force: true });
    }
  });
});
