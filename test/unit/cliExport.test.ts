// `sourcebook export` as a newsroom script runs it: files written, stdout, exit codes.
import * as assert from 'assert';
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { ROOT } from './helpers';

function sourcebook(...args: string[]) {
  const result = spawnSync(process.execPath, [path.join(ROOT, 'bin', 'sourcebook.js'), ...args], { encoding: 'utf8' });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('sourcebook export', function () {
  this.timeout(30000);
  const sample = path.join(ROOT, 'data', 'dossier.yaml');
  let dir: string;
  before(() => (dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sourcebook-export-'))));
  after(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('prints a TimelineJS timeline of the sample to stdout', () => {
    const result = sourcebook('export', sample, '--format', 'timelinejs');
    assert.strictEqual(result.code, 0, result.stderr);
    const timeline = JSON.parse(result.stdout);
    assert.strictEqual(timeline.events.length, 7);
    assert.deepStrictEqual(timeline.events[1].start_date, { year: 2021, month: 3 });
  });

  it('writes the three CSV tables into --out', () => {
    const out = path.join(dir, 'csv');
    const result = sourcebook('export', sample, '--format', 'csv', '--out', out);
    assert.strictEqual(result.code, 0, result.stderr);
    assert.deepStrictEqual(fs.readdirSync(out).sort(), ['actors.csv', 'events.csv', 'quotes.csv']);
    assert.ok(fs.readFileSync(path.join(out, 'actors.csv'), 'utf8').startsWith('article_id,actor_id,kind,name,aliases,role,confidence,reviewed\r\n'));
  });

  it('prints one CSV table with --table, and CSL-JSON references', () => {
    const quotes = sourcebook('export', sample, '--format=csv', '--table=quotes');
    assert.strictEqual(quotes.code, 0);
    assert.strictEqual(quotes.stdout.split('\r\n').filter(Boolean).length, 1 + 9);
    const refs = sourcebook('export', sample, '--format', 'csl-json');
    assert.strictEqual(JSON.parse(refs.stdout)[0].id, 'caracas-bogota-2022');
  });

  it('exits 1 and writes nothing when a dossier has errors', () => {
    const broken = path.join(dir, 'broken.dossier.yaml');
    fs.writeFileSync(broken, 'sourcebook: 1\narticle: {id: x}\nquotes:\n  - {id: q, kind: speech, speaker: nobody, text: hi}\n');
    const out = path.join(dir, 'none');
    const result = sourcebook('export', sample, broken, '--format', 'csl-json', '--out', out);
    assert.strictEqual(result.code, 1);
    assert.match(result.stderr, /broken\.dossier\.yaml:4:\d+: Unknown actor id "nobody"/);
    assert.ok(!fs.existsSync(out));
  });

  it('exits 2 on bad usage', () => {
    assert.strictEqual(sourcebook('export', sample).code, 2);
    assert.strictEqual(sourcebook('export', '--format', 'csv').code, 2);
    assert.strictEqual(sourcebook('export', sample, '--format', 'csv').code, 2, 'CSV to stdout needs --table');
    assert.strictEqual(sourcebook('export', sample, '--format', 'pdf').code, 2);
  });
});
