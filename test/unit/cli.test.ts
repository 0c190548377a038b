// The command-line tool as a CI job runs it: output lines and exit codes.
import * as assert from 'assert';
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { ROOT } from './helpers';

function sourcebook(...args: string[]): { code: number | null; stdout: string; stderr: string } {
  const result = spawnSync(process.execPath, [path.join(ROOT, 'bin', 'sourcebook.js'), ...args], { encoding: 'utf8' });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('sourcebook check', function () {
  this.timeout(30000);
  let dir: string;
  before(() => {
    assert.ok(fs.existsSync(path.join(ROOT, 'dist', 'cli.js')), 'dist/cli.js is missing: `npm run test:unit` builds it first');
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sourcebook-cli-'));
  });
  after(() => dir && fs.rmSync(dir, { recursive: true, force: true }));

  it('exits 0 and prints nothing for the valid sample', () => {
    const result = sourcebook('check', path.join(ROOT, 'data', 'dossier.yaml'));
    assert.strictEqual(result.stdout, '');
    assert.strictEqual(result.code, 0);
  });

  it('prints file:line:column: message for each error and exits 1', () => {
    const file = path.join(dir, 'broken.dossier.yaml');
    fs.writeFileSync(file, 'sourcebook: 1\narticle: {id: a, text: "He said hello."}\nactors: []\nquotes:\n  - {id: q, kind: speech, speaker: nobody, text: goodbye}\n');
    const result = sourcebook('check', file, path.join(ROOT, 'data', 'dossier.yaml'));
    assert.strictEqual(result.stdout, `${file}:5:36: Unknown actor id "nobody" as speaker: no actor in this dossier has it.\n`);
    assert.strictEqual(result.code, 1);
  });

  it('reports quotes that are not in the article', () => {
    const file = path.join(dir, 'misquote.dossier.yaml');
    fs.writeFileSync(file, 'sourcebook: 1\narticle: {id: a, text: "He said hello."}\nactors: []\nquotes:\n  - {id: q, kind: speech, speaker: null, text: goodbye}\n');
    const result = sourcebook('check', file);
    assert.strictEqual(result.stdout, `${file}:5:48: Quote "q" is not in the article word for word.\n`);
    assert.strictEqual(result.code, 1);
  });

  it('prints control characters from a dossier escaped, never raw', () => {
    const file = path.join(dir, 'escapes.dossier.yaml');
    fs.writeFileSync(file, 'sourcebook: 1\narticle: {id: a, text: "He said hello."}\nactors: []\nquotes:\n  - {id: q, kind: speech, speaker: "x\\e[2J\\e]0;pwned\\a", text: hello}\n');
    const result = sourcebook('check', file);
    assert.ok(result.stdout.includes('x\\u{1b}[2J\\u{1b}]0;pwned\\u{07}'), result.stdout);
    assert.doesNotMatch(result.stdout, /[\u0000-\u0008\u000b-\u001f]/);
  });

  it('refuses a file: article outside the current directory unless --allow-outside', () => {
    const file = path.join(dir, 'outside.dossier.yaml');
    fs.writeFileSync(file, 'sourcebook: 1\narticle: {id: a, file: /etc/hostname}\nactors: []\nquotes: []\n');
    const result = spawnSync(process.execPath, [path.join(ROOT, 'bin', 'sourcebook.js'), 'check', file], { encoding: 'utf8', cwd: ROOT });
    assert.match(result.stdout, /The article "\/etc\/hostname" is outside the directory/);
    assert.strictEqual(result.status, 1);
    assert.doesNotMatch(sourcebook('check', '--allow-outside', file).stdout, /outside/);
  });

  it('reports a missing file and exits 1; bad usage exits 2', () => {
    const missing = sourcebook('check', path.join(dir, 'nope.dossier.yaml'));
    assert.match(missing.stdout, /nope\.dossier\.yaml:1:1: Cannot read this file: it does not exist\./);
    assert.strictEqual(missing.code, 1);
    assert.strictEqual(sourcebook('check').code, 2);
    assert.strictEqual(sourcebook('frobnicate').code, 2);
  });
});
