// activation.ms: from activate() to the sample loaded and the views registered,
// in the real extension host (code-server + headless Chromium, as the tests run).
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { repoPath } from './corpus';
import { Figures } from './figures';

export function run(): Figures {
  const out = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'sourcebook-bench-')), 'activation.json');
  const result = spawnSync(process.execPath, [repoPath('out', 'test', 'harness', 'run-integration.js')], {
    env: { ...process.env, SOURCEBOOK_TEST_GREP: 'reports its activation time', SOURCEBOOK_BENCH_OUT: out },
    encoding: 'utf8',
    timeout: 5 * 60_000,
  });
  if (!fs.existsSync(out)) throw new Error(`the extension host run wrote no figure (exit ${result.status}):\n${result.stdout}\n${result.stderr}`);
  const { activationMs } = JSON.parse(fs.readFileSync(out, 'utf8')) as { activationMs: number };
  fs.rmSync(path.dirname(out), { recursive: true, force: true });
  return { 'activation.ms': { value: activationMs, unit: 'ms', better: 'lower' } };
}
