// Bundles the web run of the integration tests (test/integration-web/index.ts)
// for VS Code's web worker extension host: out/test/web/index.js.
//
// Node's own modules do not exist in the worker. A test file that imports one
// still bundles, against an empty stand-in, so that calling it fails that test
// ("path.join is not a function") instead of the whole bundle; the web suite
// lists only files that are not about Node-only behaviour. `assert` is the npm
// package (Node's assert for browsers).
import * as esbuild from 'esbuild';

const NODE_ONLY = /^(node:)?(fs|os|path|child_process|worker_threads|crypto)$/;
const nodeOnly = {
  name: 'node-only-modules',
  setup(build) {
    build.onResolve({ filter: NODE_ONLY }, (args) => ({ path: args.path, namespace: 'node-only' }));
    build.onLoad({ filter: /.*/, namespace: 'node-only' }, () => ({ contents: 'module.exports = {};', loader: 'js' }));
  },
};

const started = Date.now();
await esbuild.build({
  entryPoints: ['test/integration-web/index.ts'],
  outfile: 'out/test/web/index.js',
  bundle: true,
  platform: 'browser',
  format: 'cjs', // the worker host runs it inside function(module, exports, require)
  target: 'es2022',
  sourcemap: 'inline',
  external: ['vscode'],
  // Read by the `util` and `assert` polyfills (on a failed assertion): there is no `process` in the worker.
  define: { 'process.env.NODE_DEBUG': 'false', 'process.stderr': 'undefined', 'process.emitWarning': 'undefined' },
  plugins: [nodeOnly],
  logLevel: 'warning',
});
console.log(`[build] web test bundle in ${Date.now() - started} ms`);
