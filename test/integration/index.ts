// Entry point loaded by VS Code's extension host as `extensionTestsPath`, under
// both runners (code-server via run-integration.ts, or @vscode/test-electron).
// It runs mocha over every *.test.js beside this file, inside the extension
// host, with the real `vscode` API.
//
// Mocha's stats are written to a JSON file (path in SOURCEBOOK_TEST_STATS, else
// test-results/integration.json); the harness trusts a green run only when
// that file exists and agrees, so a crash before or during mocha can never read
// as success.
import * as fs from 'fs';
import * as path from 'path';
import Mocha from 'mocha';

const repoRoot = path.resolve(__dirname, '../../..'); // out/test/integration -> repo root
export const statsFile = process.env.SOURCEBOOK_TEST_STATS || path.join(repoRoot, 'test-results', 'integration.json');

export function run(): Promise<void> {
  // Spec output goes to console.log, which the extension host forwards to the
  // workbench (and from there to the harness through codeAutomationLog).
  const mocha = new Mocha({ ui: 'bdd', reporter: 'spec', timeout: 60_000, color: false, grep: process.env.SOURCEBOOK_TEST_GREP });
  const files = (fs.readdirSync(__dirname, { recursive: true }) as string[])
    .filter((file) => file.endsWith('.test.js'))
    .sort();
  for (const file of files) mocha.addFile(path.join(__dirname, file));

  // The harness starts relaying the workbench log at this line (keep the prefix).
  console.log(`[sourcebook-tests] VS Code ${require('vscode').version}, ${files.length} test files`);
  return new Promise((resolve, reject) => {
    const failed: string[] = [];
    const writeStats = (stats: { tests: number; passes: number; failures: number; pending: number; duration?: number }) => {
      const result = {
        layer: 'integration',
        passed: stats.passes,
        failed: stats.failures,
        pending: stats.pending,
        tests: stats.tests,
        durationMs: stats.duration ?? 0,
        failures: failed,
        files,
        vscodeVersion: require('vscode').version as string,
      };
      fs.mkdirSync(path.dirname(statsFile), { recursive: true });
      fs.writeFileSync(statsFile, JSON.stringify(result, null, 2) + '\n');
    };
    try {
      const runner = mocha.run(() => {
        const stats = runner.stats ?? { tests: 0, passes: 0, failures: 0, pending: 0 };
        writeStats(stats);
        if (stats.failures > 0) reject(new Error(`${stats.failures} of ${stats.tests} integration tests failed`));
        else resolve();
      });
      runner.on('fail', (test, error) => failed.push(`${test.fullTitle()}: ${error?.message ?? error}`));
    } catch (error) {
      // mocha.run() loads the test files synchronously: a file that throws on
      // load (bad import, typo at top level) lands here. Count it as a failure.
      failed.push(`loading the test files: ${(error as Error)?.stack ?? error}`);
      writeStats({ tests: 0, passes: 0, failures: 1, pending: 0 });
      reject(error);
    }
  });
}
