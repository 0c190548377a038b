// Entry point of the web run: loaded by VS Code's WEB WORKER extension host as
// `extensionTestsPath` (code-server, started by test/harness/run-integration.ts
// --web). Bundled for the browser by scripts/build-web-tests.mjs, with mocha's
// browser build: there is no Node here, no `fs` to list test files and no
// environment, so the files are listed below and the harness's options come
// from the user settings it writes (sourcebookTests.*).
//
// As in the Node run, mocha's stats go to a file (through vscode.workspace.fs,
// onto the remote's disk); the harness trusts a green run only when that file
// exists and agrees, so a crash before or during mocha can never read as green.
import 'mocha/mocha.js';
import * as vscode from 'vscode';

declare const mocha: BrowserMocha;
interface BrowserMocha {
  setup(options: { ui: string; reporter: string; timeout: number; color: boolean; grep?: string }): void;
  run(done: (failures: number) => void): { stats?: MochaStats; on(event: 'fail', listener: (test: { fullTitle(): string }, error: Error) => void): void };
}
interface MochaStats { tests: number; passes: number; failures: number; pending: number; duration?: number }

/**
 * The suites, by the name the harness asks for. `main`: the integration tests
 * that are not about Node-only behaviour, run again here in the worker. `es`:
 * run under the Spanish locale (code-server --locale es).
 */
const SUITES: Record<string, { files: string[]; load(): void }> = {
  main: {
    files: ['worker', 'activation', 'library', 'tree', 'treeDrag', 'reveal', 'hover', 'insertQuote', 'checks', 'createDossier', 'timeline'],
    load() {
      require('./worker.test');
      require('../integration/activation.test');
      require('../integration/library.test');
      require('../integration/tree.test');
      require('../integration/treeDrag.test');
      require('../integration/reveal.test');
      require('../integration/hover.test');
      require('../integration/insertQuote.test');
      require('../integration/checks.test');
      require('../integration/createDossier.test');
      require('../integration/timeline.test');
    },
  },
  es: { files: ['spanish'], load: () => require('./spanish.test') },
};

export async function run(): Promise<void> {
  const options = vscode.workspace.getConfiguration('sourcebookTests');
  const suiteName = options.get<string>('suite', 'main');
  const statsPath = options.get<string>('statsFile');
  const suite = SUITES[suiteName];
  const folder = vscode.workspace.workspaceFolders?.[0];
  if (!suite || !statsPath || !folder) throw new Error(`web test run without its settings (suite ${suiteName}, stats file ${statsPath}, folder ${folder?.uri})`);
  const statsUri = folder.uri.with({ path: statsPath });

  const failed: string[] = [];
  const writeStats = async (stats: MochaStats) => {
    const result = {
      layer: 'integration-web', suite: suiteName, passed: stats.passes, failed: stats.failures, pending: stats.pending,
      tests: stats.tests, durationMs: stats.duration ?? 0, failures: failed, files: suite.files, vscodeVersion: vscode.version,
      host: typeof process === 'undefined' ? 'web worker' : 'node', language: vscode.env.language,
    };
    await vscode.workspace.fs.writeFile(statsUri, new TextEncoder().encode(JSON.stringify(result, null, 2) + '\n'));
  };

  mocha.setup({ ui: 'bdd', reporter: 'spec', timeout: 60_000, color: false, grep: options.get<string>('grep') || undefined });
  // The harness starts relaying the workbench log at this line (keep the prefix).
  console.log(`[sourcebook-tests] VS Code ${vscode.version}, web worker host, suite ${suiteName} (${suite.files.length} test files), language ${vscode.env.language}`);
  try {
    suite.load();
  } catch (error) {
    // A test file that throws on load (a Node module it needs, a typo) is a failure.
    failed.push(`loading the test files: ${(error as Error)?.stack ?? error}`);
    await writeStats({ tests: 0, passes: 0, failures: 1, pending: 0 });
    throw error;
  }
  const stats = await new Promise<MochaStats>((resolve) => {
    const runner = mocha.run(() => resolve(runner.stats ?? { tests: 0, passes: 0, failures: 0, pending: 0 }));
    runner.on('fail', (test, error) => failed.push(`${test.fullTitle()}: ${error?.message ?? error}`));
  });
  await writeStats(stats);
  if (stats.failures > 0) throw new Error(`${stats.failures} of ${stats.tests} web integration tests failed`);
}
