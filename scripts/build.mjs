// Bundles the extension (Node `main` and web worker `browser` entries) and the
// CLI with esbuild. `--production` minifies.
import * as esbuild from 'esbuild';
import { readFileSync } from 'node:fs';

const { '//': _, ...alias } = JSON.parse(readFileSync(new URL('./bundle-aliases.json', import.meta.url), 'utf8'));

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
  alias, // see bundle-aliases.json
};

const builds = [
  { ...common, entryPoints: ['src/vscode/extension.node.ts'], outfile: 'dist/extension.js', external: ['vscode'] },
  // The web worker host: no Node modules exist there, so esbuild fails the build on one.
  { ...common, entryPoints: ['src/vscode/extension.browser.ts'], outfile: 'dist/web/extension.js', external: ['vscode'], platform: 'browser', target: 'es2022' },
  { ...common, entryPoints: ['src/cli/main.ts'], outfile: 'dist/cli.js' },
  // The timeline webview's script: runs in the webview's browser context.
  { ...common, platform: 'browser', target: 'es2022', format: 'iife', entryPoints: ['src/vscode/timeline/webview/main.ts'], outfile: 'dist/webview/timeline.js' },
];

if (watch) {
  for (const options of builds) await (await esbuild.context(options)).watch();
  console.log('[build] watching');
} else {
  const started = Date.now();
  await Promise.all(builds.map((options) => esbuild.build(options)));
  console.log(`[build] ${production ? 'production' : 'development'} bundles in ${Date.now() - started} ms`);
}
