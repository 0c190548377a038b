// Files a dossier (or a person) hands Sourcebook that are not what they
// seem: links to /dev/zero, pipes, other encodings, articles outside the
// workspace. Each is refused with a message, at once, in the CLI and in the
// core rule the extension shares.
import * as assert from 'assert';
import { execFileSync } from 'child_process';
import fc from 'fast-check';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { checkFile } from '../../src/cli/check';
import { extractVerb } from '../../src/cli/extract';
import { escapeControls } from '../../src/cli/terminalText';
import { isWithin, normalizePath, resolveArticlePath } from '../../src/core/dossier/articlePath';
import { decodeUtf8, firstInvalidByte } from '../../src/core/dossier/decodeBytes';
import { holds } from '../fuzz/budget';

const DOSSIER = (article: string) => `sourcebook: 1\narticle:\n  id: a\n  ${article}\nactors: []\nevents: []\nquotes:\n  - {id: q, kind: speech, text: secret}\n`;

describe('hostile files', function () {
  this.timeout(30_000);
  let dir: string;
  before(() => { dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sourcebook-files-')); });
  after(() => fs.rmSync(dir, { recursive: true, force: true }));
  const unix = process.platform !== 'win32';

  it('refuses a dossier that is a link to /dev/zero, or a FIFO, at once', async function () {
    if (!unix) this.skip();
    const zero = path.join(dir, 'zero.dossier.yaml');
    fs.symlinkSync('/dev/zero', zero);
    const fifo = path.join(dir, 'pipe.dossier.yaml');
    execFileSync('mkfifo', [fifo]);
    for (const file of [zero, fifo]) {
      const problems = await checkFile(file);
      assert.deepStrictEqual(problems.map((p) => p.message), ['This dossier is not a regular file (a folder, a device, a pipe or a link to one); it was not read.'], file);
    }
  });

  it('refuses to extract from a link to /dev/zero or a FIFO', async function () {
    if (!unix) this.skip();
    const zero = path.join(dir, 'zero.txt');
    fs.symlinkSync('/dev/zero', zero);
    const fifo = path.join(dir, 'pipe.txt');
    execFileSync('mkfifo', [fifo]);
    for (const file of [zero, fifo]) {
      const errors: string[] = [];
      assert.strictEqual(await extractVerb([file], { out: () => assert.fail('printed a dossier'), err: (line) => errors.push(line) }), 1);
      assert.match(errors.join('\n'), /is not a regular file/);
    }
  });

  it('reads file: articles only within the root: no ../../etc/passwd, no absolute path, no link out', async () => {
    const inside = path.join(dir, 'work');
    fs.mkdirSync(inside, { recursive: true });
    fs.writeFileSync(path.join(dir, 'secret.txt'), 'the secret is here');
    fs.symlinkSync(path.join(dir, 'secret.txt'), path.join(inside, 'link.txt'));
    fs.writeFileSync(path.join(inside, 'article.txt'), 'He said "secret".');
    const check = async (file: string, root: string | null = inside) => {
      const dossier = path.join(inside, 'x.dossier.yaml');
      fs.writeFileSync(dossier, DOSSIER(`file: ${JSON.stringify(file)}`));
      return (await checkFile(dossier, { root })).map((p) => p.message);
    };
    for (const file of ['../secret.txt', path.join(dir, 'secret.txt'), 'link.txt', '/etc/passwd', '../../../../../../proc/self/environ']) {
      const messages = await check(file);
      assert.strictEqual(messages.length, 1, `${file}: ${messages}`);
      assert.match(messages[0], /is outside the directory .* it was not read/, file);
    }
    assert.deepStrictEqual(await check('article.txt'), [], 'an article beside the dossier is read');
    assert.deepStrictEqual(await check('../secret.txt', null), [], '--allow-outside reads it (and the quote is found)');
  });

  it('resolves paths with one pure rule (the extension passes its workspace folder)', () => {
    assert.deepStrictEqual(resolveArticlePath('/ws/d/x.dossier.yaml', 'a.txt', '/ws'), { path: '/ws/d/a.txt' });
    assert.deepStrictEqual(resolveArticlePath('/ws/d/x.dossier.yaml', '../../etc/passwd', '/ws'), { outside: '/etc/passwd' });
    assert.deepStrictEqual(resolveArticlePath('/ws/d/x.dossier.yaml', '/ws/other/a.txt', '/ws'), { path: '/ws/other/a.txt' });
    assert.deepStrictEqual(resolveArticlePath('/ws/d/x.dossier.yaml', '/etc/passwd', '/ws'), { outside: '/etc/passwd' });
    assert.deepStrictEqual(resolveArticlePath('/ws/d/x.dossier.yaml', '..\\..\\etc\\passwd', '/ws'), { outside: '/etc/passwd' });
    assert.ok(!isWithin('/wsx/a', '/ws'), 'a sibling with the same prefix is outside');
    holds('article paths: never outside the root when allowed', fc.property(
      fc.array(fc.constantFrom('..', '.', 'a', 'b', '', '...', 'ws', '\\..'), { maxLength: 8 }), fc.boolean(),
      (parts, absolute) => {
        const file = (absolute ? '/' : '') + parts.join('/');
        const where = resolveArticlePath('/ws/d/x.dossier.yaml', file, '/ws');
        if ('path' in where) assert.ok(where.path === '/ws' || where.path.startsWith('/ws/'), `${file} → ${where.path}`);
        else assert.ok(!isWithin(where.outside, '/ws'));
        assert.strictEqual(normalizePath(normalizePath(file)), normalizePath(file));
      }), 2000);
  });

  it('names UTF-16 and invalid UTF-8 as encoding problems', async () => {
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('sourcebook: 1\n', 'utf16le')]);
    assert.match((decodeUtf8(utf16) as { problem: string }).problem, /UTF-16/);
    assert.match((decodeUtf8(Buffer.from('sourcebook: 1\n', 'utf16le')) as { problem: string }).problem, /UTF-16/, 'without a byte-order mark too');
    const broken = Buffer.concat([Buffer.from('sourcebook: 1\nname: Caf'), Buffer.from([0xe9]), Buffer.from('\n')]);
    assert.match((decodeUtf8(broken) as { problem: string }).problem, /not valid UTF-8: the byte at offset 23 \(line 2\)/);
    const file = path.join(dir, 'latin1.dossier.yaml');
    fs.writeFileSync(file, broken);
    assert.match((await checkFile(file))[0].message, /not valid UTF-8/);
    assert.deepStrictEqual(decodeUtf8(Buffer.from('\uFEFFsourcebook: 1 – é 😀')), { text: 'sourcebook: 1 – é 😀' });
    holds('decoding: the first invalid byte is where strict decoding fails', fc.property(fc.uint8Array({ maxLength: 40 }), (bytes) => {
      const at = firstInvalidByte(bytes);
      const valid = at === bytes.length;
      let strictOk = true;
      try { new TextDecoder('utf-8', { fatal: true }).decode(bytes); } catch { strictOk = false; }
      assert.strictEqual(valid, strictOk);
      if (!valid) new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(0, at));
    }), 3000);
  });

  it('escapes control characters in what the CLI prints', () => {
    assert.strictEqual(escapeControls('x\u001b[2J\u001b]0;title\u0007\u202Eok\ty'), 'x\\u{1b}[2J\\u{1b}]0;title\\u{07}\\u{202e}ok\ty');
    holds('CLI output: no control character reaches the terminal', fc.property(fc.string({ unit: 'binary', maxLength: 30 }), (text) => {
      assert.doesNotMatch(escapeControls(text), /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/);
    }), 3000);
  });
});
