// `sourcebook extract`: what it prints, and how it fails.
import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { extractVerb } from '../../src/cli/extract';
import { parseDossier } from '../../src/core/dossier/parse';
import { checkAgainstArticle } from '../../src/core/dossier/checkArticle';
import { ROOT } from './helpers';

async function run(args: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  const err: string[] = [];
  const code = await extractVerb(args, { out: (text) => { out += text; }, err: (line) => err.push(line) });
  return { code, out, err: err.join('\n') };
}

describe('sourcebook extract', () => {
  const article = path.join(ROOT, 'data', 'article.txt');
  let dir: string;
  before(() => { dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sourcebook-extract-')); });
  after(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('prints a valid dossier as YAML whose passages are in the article', async () => {
    const { code, out, err } = await run([article, '--published', '2022-08-09']);
    assert.strictEqual(code, 0, err);
    const parsed = parseDossier(out);
    assert.deepStrictEqual(parsed.problems, []);
    const dossier = parsed.dossier!;
    assert.strictEqual(dossier.article.published, '2022-08-09');
    assert.strictEqual(dossier.article.file, 'article.txt');
    assert.deepStrictEqual(checkAgainstArticle(out, parsed, dossier, fs.readFileSync(article, 'utf8')), []);
  });

  it('prints JSON with --json: actors, quotes with exact words and speaker ids, dated events', async () => {
    const { code, out } = await run(['--json', `--published=2022-08-09`, article]);
    assert.strictEqual(code, 0);
    const dossier = JSON.parse(out);
    assert.strictEqual(dossier.article.published, '2022-08-09');
    const petro = dossier.actors.find((a: { name: string }) => a.name === 'Gustavo Petro');
    assert.deepStrictEqual(Object.keys(petro).slice(0, 4), ['id', 'kind', 'name', 'aliases']);
    const quote = dossier.quotes.find((q: { text: string }) => q.text === 'in two months we may have settled the most important issues');
    assert.strictEqual(quote.speaker, petro.id);
    assert.strictEqual(quote.kind, 'speech');
    const trochas = dossier.quotes.find((q: { text: string }) => q.text === 'trochas');
    assert.deepStrictEqual([trochas.kind, trochas.speaker], ['term', null]);
    assert.ok(dossier.events.some((e: { date: string; title: string }) => e.date === '2022-08-07' && e.title.includes('last Sunday')));
  });

  it('takes the publication date from a date line in the text, and says so when there is none', async () => {
    const dated = path.join(dir, 'dated.txt');
    fs.writeFileSync(dated, 'Friday, January 4, 2019\nThe mayor resigned on Thursday, officials said.\n');
    const withLine = await run([dated, '--json']);
    assert.strictEqual(JSON.parse(withLine.out).article.published, '2019-01-04');
    assert.strictEqual(withLine.err, '');
    const undated = path.join(dir, 'undated.txt');
    fs.writeFileSync(undated, 'The mayor resigned on Thursday, officials said.\n');
    const without = await run([undated, '--json']);
    assert.strictEqual(JSON.parse(without.out).article.published, undefined);
    assert.match(without.err, /no publication date/);
  });

  it('fails clearly: 2 for bad usage, 1 for an article it cannot use', async () => {
    const empty = path.join(dir, 'empty.txt');
    fs.writeFileSync(empty, '  \n\n');
    const binary = path.join(dir, 'photo.txt');
    fs.writeFileSync(binary, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00, 0x1a, 0x0a, 0xff, 0xfe]));
    const cases: [string[], number, RegExp][] = [
      [[], 2, /which article/],
      [[article, '--published', '2022-02-30'], 2, /not a date/],
      [[article, '--published'], 2, /needs a date/],
      [[article, '--yaml'], 2, /unknown option/],
      [[path.join(dir, 'missing.txt')], 1, /no such file/],
      [[empty], 1, /is empty/],
      [[binary], 1, /binary/],
      [[dir], 1, /folder/],
    ];
    for (const [args, code, message] of cases) {
      const result = await run(args);
      assert.strictEqual(result.code, code, `${args.join(' ')}: ${result.err}`);
      assert.match(result.err, message);
      assert.strictEqual(result.out, '', 'nothing on stdout when it fails');
    }
  });
});
