// Bundles the extension (Node `main` and web worker `browser` entries) and the
// CLI with esbuild. `--production` minifies.
import * as esbuild from 'esbuild';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';

const json = (file) => JSON.parse(readFileSync(new URL(file, import.meta.url), 'utf8'));
const { '//': _, ...alias } = json('./bundle-aliases.json');
const { '//': __, ...lazyLibraries } = json('./lazy-libraries.json');

const production = process.argv.includes('--production');
const watch = process.argv.includes('--watch');

const common = {
  bundle: true,
  minify: production,
  sourcemap: !production,
  sourcesContent: false,
  platform: 'node',
  target: 'node18',
  format: 'cjs',
  logLevel: 'warning',
  legalComments: 'none',
  metafile: true,
  alias, // see bundle-aliases.json
};

/**
 * In the Node bundle, each library of lazy-libraries.json is a stand-in whose
 * exports are getters: the first read requires dist/lazy/<file> (built below)
 * from beside the bundle. Importing the bundle, and so activation, never
 * parses them; only the features that use them do, once.
 */
const loadOnFirstUse = {
  name: 'load-on-first-use',
  setup(build) {
    const names = Object.keys(lazyLibraries).map((name) => name.replace(/[/.]/g, '\\$&'));
    build.onResolve({ filter: new RegExp(`^(${names.join('|')})$`) }, ({ path }) => ({ path, namespace: 'lazy-library' }));
    build.onLoad({ filter: /.*/, namespace: 'lazy-library' }, ({ path }) => {
      const { file, exports } = lazyLibraries[path];
      const getters = exports.map((name) => `get ${name}() { return load().${name}; }`);
      return {
        loader: 'js',
        contents: [
          `let library;`,
          `const load = () => (library ??= require(require('path').join(__dirname, 'lazy', ${JSON.stringify(file)})));`,
          `module.exports = { ${getters.join(', ')} };`,
        ].join('\n'),
      };
    });
  },
};

/**
 * `import * as vscode from 'vscode'` in each of ~60 modules would copy the
 * whole API object (hundreds of getters) once per module at import; one
 * re-exporting module copies it once and every module reads that.
 */
const oneVscodeNamespace = {
  name: 'one-vscode-namespace',
  setup(build) {
    build.onResolve({ filter: /^vscode$/ }, ({ namespace }) => (namespace === 'vscode-namespace' ? { path: 'vscode', external: true } : { path: 'vscode', namespace: 'vscode-namespace' }));
    build.onLoad({ filter: /.*/, namespace: 'vscode-namespace' }, () => ({ loader: 'js', contents: `export * from 'vscode';` }));
  },
};

const lazyBuilds = Object.entries(lazyLibraries).map(([name, { file }]) => ({
  ...common,
  stdin: { contents: `module.exports = require(${JSON.stringify(name)});`, resolveDir: process.cwd(), sourcefile: `lazy-${file}` },
  outfile: `dist/lazy/${file}`,
}));

const builds = [
  { ...common, entryPoints: ['src/vscode/extension.node.ts'], outfile: 'dist/extension.js', external: ['vscode'], plugins: [loadOnFirstUse, oneVscodeNamespace] },
  ...lazyBuilds,
  // The web worker host: no Node modules exist there, so esbuild fails the build on one.
  { ...common, entryPoints: ['src/vscode/extension.browser.ts'], outfile: 'dist/web/extension.js', external: ['vscode'], platform: 'browser', target: 'es2022', plugins: [oneVscodeNamespace] },
  { ...common, entryPoints: ['src/cli/main.ts'], outfile: 'dist/cli.js' },
  // The timeline webview's script: runs in the webview's browser context.
  { ...common, platform: 'browser', target: 'es2022', format: 'iife', entryPoints: ['src/vscode/timeline/webview/main.ts'], outfile: 'dist/webview/timeline.js' },
];

/** Which modules went into each output and how many bytes each takes: dist/meta/ (not packaged), read by tests and `npm run bench -- bundle`. */
function writeMetafile(options, result) {
  mkdirSync('dist/meta', { recursive: true });
  const name = options.outfile.replace(/^dist\//, '').replace(/\.js$/, '').replace(/\//g, '-');
  writeFileSync(`dist/meta/${name}.json`, JSON.stringify(result.metafile));
}

if (watch) {
  for (const options of builds) await (await esbuild.context(options)).watch();
  console.log('[build] watching');
} else {
  const started = Date.now();
  await Promise.all(builds.map(async (options) => writeMetafile(options, await esbuild.build(options))));
  console.log(`[build] ${production ? 'production' : 'development'} bundles in ${Date.now() - started} ms`);
}
