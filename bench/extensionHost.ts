// Runs the integration tests whose titles match `grep` in the real extension
// host (code-server + headless Chromium, as the tests run) and returns the
// figures they report through test/integration/benchFigures.ts.
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { repoPath } from './corpus';

export function figuresFromExtensionHost(grep: string, timeoutMs = 5 * 60_000): Record<string, number> {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'sourcebook-bench-'));
  const out = path.join(folder, 'figures.json');
  try {
    const result = spawnSync(process.execPath, [repoPath('out', 'test', 'harness', 'run-integration.js')], {
      env: { ...process.env, SOURCEBOOK_TEST_GREP: grep, SOURCEBOOK_BENCH_OUT: out },
      encoding: 'utf8',
      timeout: timeoutMs,
    });
    if (!fs.existsSync(out)) throw new Error(`the extension host run wrote no figure (exit ${result.status}):\n${result.stdout}\n${result.stderr}`);
    if (result.status !== 0) console.warn(`  the tests "${grep}" failed in the extension host (exit ${result.status}); their figures are reported anyway`);
    return JSON.parse(fs.readFileSync(out, 'utf8')) as Record<string, number>;
  } finally {
    fs.rmSync(folder, { recursive: true, force: true });
  }
}
