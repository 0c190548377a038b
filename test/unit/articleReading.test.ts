// Markdown front matter, a plain-text headline and byline, and `sourcebook
// extract` on a saved page: the metadata each states, and anchors that point
// into the text the dossier names.
import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { extractVerb } from '../../src/cli/extract';
import { readArticle } from '../../src/core/article';
import { readFrontMatter } from '../../src/core/article/frontMatter';
import { readPlainTextHeader } from '../../src/core/article/plainTextHeader';
import { extractDossier } from '../../src/core/extract';
import { ROOT } from './helpers';

const BODY = '“We will rebuild the bridge by spring,” Mayor Ana Costa said on Monday.\n\nThe council voted 7 to 2 for the plan after a long debate.\n';

describe('Markdown front matter', () => {
  const markdown = `---\ntitle: "Bridge to reopen"\nauthors:\n  - Jane Doe\n  - John Roe\ndate: 2024-03-04T09:00:00Z\nurl: https://example.org/bridge\npublisher: The Daily\nlang: pt_BR\ntags: [x]\n---\n${BODY}`;

  it('fills title, authors, date, url, outlet and language', () => {
    assert.deepStrictEqual(readFrontMatter(markdown).metadata, { title: 'Bridge to reopen', outlet: 'The Daily', authors: ['Jane Doe', 'John Roe'], published: '2024-03-04', url: 'https://example.org/bridge', language: 'pt-BR' });
  });

  it('takes `author` as a byline and `site` as the outlet', () => {
    assert.deepStrictEqual(readFrontMatter('---\nauthor: By Ana Lima and Rui Sá\nsite: Folha\n---\nText.\n').metadata, { outlet: 'Folha', authors: ['Ana Lima', 'Rui Sá'] });
  });

  it('is not article text: quotes are anchored in the body, at offsets into the file', () => {
    const reading = readArticle('bridge.md', markdown);
    assert.ok(!('problem' in reading));
    const dossier = extractDossier(reading.extractFrom, { file: 'bridge.md', article: {} }).dossier;
    const quote = dossier.quotes.find((q) => q.text.startsWith('We will rebuild'))!;
    assert.ok(quote, JSON.stringify(dossier.quotes));
    assert.strictEqual(markdown.slice(quote.anchor!.offset!, quote.anchor!.offset! + quote.anchor!.exact.length), quote.anchor!.exact);
    assert.strictEqual(reading.extractFrom.length, markdown.length);
    assert.ok(!reading.extractFrom.includes('publisher'));
  });

  it('leaves a document without front matter alone', () => {
    assert.deepStrictEqual(readFrontMatter(BODY), { metadata: {}, end: 0 });
  });
});

describe('a plain-text headline and byline', () => {
  it('takes a short first line without a final period as the title, and a "By" line as the authors', () => {
    assert.deepStrictEqual(readPlainTextHeader(`Bridge to reopen in spring\nBy Jane Doe and John Roe\n\n${BODY}`), { title: 'Bridge to reopen in spring', authors: ['Jane Doe', 'John Roe'] });
  });

  it('does not take a first sentence for a headline', () => {
    assert.deepStrictEqual(readPlainTextHeader(`The council met on Monday.\n\n${BODY}`), {});
    assert.deepStrictEqual(readPlainTextHeader(BODY), {});
  });
});

describe('sourcebook extract on a saved page', () => {
  let dir: string;
  before(() => { dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sourcebook-page-')); });
  after(() => fs.rmSync(dir, { recursive: true, force: true }));

  async function run(args: string[]): Promise<{ code: number; out: string; err: string }> {
    let out = '';
    const err: string[] = [];
    const code = await extractVerb(args, { out: (text) => { out += text; }, err: (line) => err.push(line) });
    return { code, out, err: err.join('\n') };
  }

  it('prints the page\'s metadata and its body text, with the page as the source', async () => {
    const page = path.join(ROOT, 'test', 'fixtures', 'pages', 'arcxp-theconversation.html');
    const { code, out, err } = await run([page, '--json']);
    assert.strictEqual(code, 0, err);
    const { article } = JSON.parse(out);
    assert.strictEqual(article.title, 'Chatbots as oracles: How AI is giving new life to the ancient practice of seeking answers from inscrutable sources');
    assert.strictEqual(article.outlet, 'The Conversation');
    assert.deepStrictEqual(article.authors, ['Webb Keane', 'Ambuj Tewari']);
    assert.strictEqual(article.published, '2026-09-29');
    assert.strictEqual(article.url, 'https://theconversation.com/chatbots-as-oracles-how-ai-is-giving-new-life-to-the-ancient-practice-of-seeking-answers-from-inscrutable-sources-289279');
    assert.strictEqual(article.language, 'en');
    assert.strictEqual(article.source_file, 'arcxp-theconversation.html');
    assert.match(article.accessed, /^\d{4}-\d{2}-\d{2}$/);
    assert.ok(article.text.startsWith('People are increasingly turning to AI for advice.'), article.text.slice(0, 80));
  });

  it('says clearly when a page has no article, and exits 1', async () => {
    const page = path.join(dir, 'home.html');
    fs.writeFileSync(page, '<html><body><nav><a href="/">Home</a></nav><p>Subscribe</p></body></html>');
    const { code, err, out } = await run([page]);
    assert.strictEqual(code, 1);
    assert.strictEqual(out, '');
    assert.match(err, /home\.html: no article text was found on the page/);
  });
});
