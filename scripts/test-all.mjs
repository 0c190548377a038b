// `npm test`: unit, then integration (real extension host: Node, then the web
// worker host), then e2e (browser).
// Every layer runs even if an earlier one failed. Each layer leaves a JSON
// summary in test-results/<layer>.json ({ passed, failed, ... }); this script
// adds them up and ends with the single line `N passed, N failed`.
// A layer that exits non-zero without recording a failure (build error,
// crash, timeout) counts as one failed test, so it can never read as green.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const results = join(root, 'test-results');

const layers = [
  // Extra args go to mocha: spec output plus test-results/unit.json.
  { name: 'unit', script: 'test:unit', args: ['--', '--reporter', 'test/harness/countingReporter.js'] },
  { name: 'integration', script: 'test:integration', args: [] },
  // The same integration tests again in the web worker extension host (browser entry), then under --locale es.
  { name: 'integration-web', script: 'test:integration:web', args: [] },
  { name: 'e2e', script: 'test:e2e', args: [] }, // each step counts as a test
];

const rows = [];
for (const layer of layers) {
  const file = join(results, `${layer.name}.json`);
  rmSync(file, { force: true }); // never count a previous run
  console.log(`\n=== ${layer.name}: npm run ${layer.script} ===`);
  const started = Date.now();
  const run = spawnSync('npm', ['run', layer.script, ...layer.args], { cwd: root, stdio: 'inherit' });
  const seconds = (Date.now() - started) / 1000;
  const exitCode = run.status ?? 1;
  let passed = 0;
  let failed = 0;
  let note = '';
  if (existsSync(file)) {
    const summary = JSON.parse(readFileSync(file, 'utf8'));
    passed = summary.passed ?? 0;
    failed = summary.failed ?? 0;
    if (summary.skipped) note = `${summary.skipped} skipped`;
  }
  if (exitCode !== 0 && failed === 0) {
    failed = 1;
    note = existsSync(file) ? `exit code ${exitCode}` : `exit code ${exitCode}, no results (did not run to the end)`;
  }
  rows.push({ name: layer.name, passed, failed, seconds, note });
}

console.log('\n=== summary ===');
for (const r of rows) {
  console.log(`${r.failed ? 'FAIL' : 'ok  '} ${r.name.padEnd(16)} ${String(r.passed).padStart(4)} passed ${String(r.failed).padStart(3)} failed  ${r.seconds.toFixed(1).padStart(6)} s${r.note ? `  (${r.note})` : ''}`);
}
const passed = rows.reduce((n, r) => n + r.passed, 0);
const failed = rows.reduce((n, r) => n + r.failed, 0);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
