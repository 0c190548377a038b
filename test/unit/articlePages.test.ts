// Saved news pages (test/fixtures/pages): the metadata each page states, field
// by field, and the body as a reader sees it — no navigation, captions, ads or
// related links, and token F1 ≥ 0.9 against the article's text. Then hostile
// pages: huge, deeply nested, scripted, malformed, or with no article at all.
import * as assert from 'assert';
import * as path from 'path';
import { readHtmlPage } from '../../src/core/article';
import { PageMetadata } from '../../src/core/article/metadata';
import { readRepoFile } from './helpers';

interface PageCase {
  page: string;
  cms: string;
  expected: PageMetadata;
}

const PAGES = path.join('test', 'fixtures', 'pages');
const cases: PageCase[] = JSON.parse(readRepoFile(PAGES, 'pages.json'));
const FIELDS = ['title', 'outlet', 'authors', 'published', 'url', 'language'] as const;

/** Text on the pages that is not article text: menus, banners, captions, ads, related links, comments, injected by scripts. */
const FURNITURE = [
  'Injected by a script', 'We use cookies', 'Accept all cookies', 'Share this', 'Share on', 'Advertisement', 'Read more:', 'Recent Posts', 'Leave a Reply',
  'Photo by the author', 'Marchers in Yerevan', 'The oracle at Delphi', 'Wikimedia Commons', 'Webb Keane is a professor', 'More in Science', 'Skip to main content',
  'Is this page useful', 'Health and social care', 'Related content', 'Press release', 'Image of a protest', 'Sign up for more', 'Powered by Ghost', 'This image shows damage',
  'Thierry Roland en 2009', 'Menu de navigation', 'Un article de Wikinews', 'Catégories', 'Le Figaro', 'Portada', 'Fuentes', 'El País', 'Esta página', 'Posted in', 'Tagged', 'min read',
];

export function tokens(text: string): string[] {
  return text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
}

/** Token F1 of `got` against `want`, as bags of lower-cased words. */
export function tokenF1(got: string, want: string): number {
  const left = new Map<string, number>();
  for (const token of tokens(want)) left.set(token, (left.get(token) ?? 0) + 1);
  let common = 0;
  const gotTokens = tokens(got);
  for (const token of gotTokens) {
    const n = left.get(token) ?? 0;
    if (n > 0) { common++; left.set(token, n - 1); }
  }
  if (common === 0) return 0;
  const precision = common / gotTokens.length;
  const recall = common / tokens(want).length;
  return (2 * precision * recall) / (precision + recall);
}

describe('saved news pages', () => {
  it('cover different CMSs, a non-English page, an @graph, an OpenGraph-only page and several authors', () => {
    assert.ok(new Set(cases.map((c) => c.cms)).size >= 6);
    assert.ok(cases.some((c) => c.expected.language && !c.expected.language.startsWith('en')));
    assert.ok(cases.some((c) => readRepoFile(PAGES, c.page).includes('"@graph"')));
    assert.ok(cases.some((c) => !readRepoFile(PAGES, c.page).includes('ld+json') && readRepoFile(PAGES, c.page).includes('og:title')));
    assert.ok(cases.some((c) => (c.expected.authors?.length ?? 0) > 1));
  });

  for (const c of cases) {
    describe(`${c.page} (${c.cms})`, () => {
      const html = readRepoFile(PAGES, c.page);
      const want = readRepoFile(PAGES, 'expected', c.page.replace(/\.html$/, '.txt'));
      const reading = readHtmlPage(html);

      it('is read', () => assert.strictEqual(reading.problem, undefined, reading.problem));

      for (const field of FIELDS) {
        it(`${field}: ${JSON.stringify(c.expected[field]) ?? 'not stated, so missing'}`, () => {
          assert.deepStrictEqual(reading.metadata?.[field], c.expected[field]);
        });
      }

      it('has the article text: token F1 ≥ 0.9', () => {
        const f1 = tokenF1(reading.problem === undefined ? reading.text : '', want);
        assert.ok(f1 >= 0.9, `F1 ${f1.toFixed(3)}`);
      });

      it('has no navigation, caption, ad or related-link text', () => {
        const text = reading.problem === undefined ? reading.text : '';
        const found = FURNITURE.filter((f) => !want.includes(f) && text.includes(f));
        assert.deepStrictEqual(found, []);
        // The page does contain some of it: the check is not empty.
        assert.ok(FURNITURE.some((f) => html.includes(f)));
      });

      it('starts with the first paragraph of the article, not its headline', () => {
        const text = reading.problem === undefined ? reading.text : '';
        assert.strictEqual(text.split('\n\n')[0], want.split('\n')[0]);
      });
    });
  }
});

const PROSE = Array.from({ length: 12 }, (_, i) => `<p>Paragraph ${i} of the report says the council met on Tuesday and voted, said the mayor, who spoke to reporters at length.</p>`).join('\n');

describe('hostile pages', () => {
  it('never runs a script: text a script would write is not in the article', () => {
    const reading = readHtmlPage(`<html><head><title>T</title><script>document.write('<p>WRITTEN BY SCRIPT</p>'); document.body.innerHTML = 'GONE';</script></head><body><article>${PROSE}<script>document.write('ALSO WRITTEN')</script><img src="x" onerror="document.write('ONERROR')"></article></body></html>`);
    assert.strictEqual(reading.problem, undefined);
    const text = reading.problem === undefined ? reading.text : '';
    assert.ok(text.includes('Paragraph 11 of the report'));
    for (const written of ['WRITTEN BY SCRIPT', 'GONE', 'ALSO WRITTEN', 'ONERROR']) assert.ok(!text.includes(written), written);
  });

  it('reads malformed HTML: unclosed tags, stray end tags, broken attributes', () => {
    const reading = readHtmlPage(`<html><head><title>Broken page</title><meta property="og:site_name" content="The Daily" <body><div class="story"><p>${'Unclosed paragraph with enough words to read as prose in the story. '.repeat(3)}<p>${'Another one <b>bold <i>nested</b> wrong</i> order and a stray </span></td> end. '.repeat(4)}<p class=">weird attr ${'More words follow here for the reader to see. '.repeat(4)}</div></article>`);
    assert.strictEqual(reading.problem, undefined);
    assert.ok(reading.problem === undefined && reading.text.includes('Unclosed paragraph with enough words'));
  });

  it('reads deeply nested markup without overflowing the stack', () => {
    const depth = 50_000;
    const reading = readHtmlPage(`<html><body>${'<div>'.repeat(depth)}${PROSE}${'</div>'.repeat(depth)}</body></html>`);
    assert.ok(reading.problem === undefined ? reading.text.includes('Paragraph 3 of the report') : /elements/.test(reading.problem), String(reading.problem));
  });

  it('says so when the page has no article', () => {
    const reading = readHtmlPage('<html lang="en"><head><title>Home | The Daily</title><meta property="og:site_name" content="The Daily"></head><body><nav><a href="/">Home</a><a href="/world">World</a></nav><ul><li><a href="/a">Story one</a></li><li><a href="/b">Story two</a></li></ul><footer>© The Daily</footer></body></html>');
    assert.strictEqual(reading.problem, 'no article text was found on the page (only navigation or short items).');
    assert.strictEqual(reading.metadata?.outlet, 'The Daily', 'what the page states is still read');
  });

  it('refuses a page over 20 MB with a message', () => {
    const reading = readHtmlPage(`<html><body>${PROSE}${' '.repeat(21 * 1024 * 1024)}</body></html>`);
    assert.match(reading.problem ?? '', /pages up to 20 MB are read/);
  });

  it('reads a page of almost 20 MB, most of it scripts and markup, to a message or its article', function () {
    this.timeout(120_000);
    const filler = '<div class="card"><a href="/x">Link</a><script>var x = "' + 'x'.repeat(200) + '";</script></div>\n';
    const page = `<html><body><article>${PROSE}</article>${filler.repeat(Math.floor((19.5 * 1024 * 1024) / filler.length))}</body></html>`;
    const reading = readHtmlPage(page);
    assert.ok(reading.problem === undefined ? reading.text.includes('Paragraph 11 of the report') : /elements/.test(reading.problem), String(reading.problem));
  });
});
