// A hostile dossier's fields inserted into a draft: nothing becomes live
// Markdown or LaTeX, and a URL that is not plain http(s) stays out.
import * as assert from 'assert';
import { citeQuote, citedText } from '../../src/core/citation/citedQuote';
import { CitationStyle } from '../../src/core/citation/styles';
import { isPlainHttpUrl } from '../../src/core/citation/draftEscape';
import { TextFlavor } from '../../src/core/citation/styles';
import { references, sampleQuote } from './citationFixtures';

let articles = 0;

function cited(style: CitationStyle, flavor: TextFlavor, changes: { url?: string; speaker?: string; words?: string; attribution?: string }) {
  const base = sampleQuote('petro-two-months');
  const quote = { ...base, ...changes, article: { ...base.article, id: `hostile-${++articles}`, url: changes.url ?? base.article.url } };
  const result = citeQuote(quote, { style, csl: 'apa', flavor, references });
  return { text: citedText(result), footnote: result.footnotes[0]?.definition ?? '', dropped: result.droppedUrls ?? [] };
}

/** Markdown a renderer would act on: an image, a link, raw HTML, an autolink that was closed early. */
const LIVE_MARKDOWN = /(?<!\\)!?(?<!\\)\[[^\]]*(?<!\\)\]\(|(?<!\\)<(?:img|script|a|iframe)\b/i;

describe('Insert Quote with hostile dossier fields', () => {
  it('leaves out a URL that would close the Markdown autolink, and says so', () => {
    const url = 'https://x.example/a><img src=https://tracker.example/p.gif>';
    const { footnote, dropped } = cited('markdown-footnote', 'markdown', { url });
    assert.doesNotMatch(footnote, /<img/i, footnote);
    assert.doesNotMatch(footnote, /tracker/, footnote);
    assert.deepStrictEqual(dropped, [url]);
  });

  it('leaves out a URL that would close \\url{…} in LaTeX', () => {
    const url = 'https://x.example/}\\input{/etc/passwd}';
    const { text, footnote, dropped } = cited('latex', 'latex', { url });
    assert.doesNotMatch(text + footnote, /\\input\{/);
    assert.deepStrictEqual(dropped, [url]);
  });

  it('keeps plain http(s) URLs, and refuses javascript:, data: and file: ones', () => {
    assert.ok(isPlainHttpUrl('https://www.example.com/news/2022/08/09/a-story?x=1&y=%20#part'));
    assert.ok(isPlainHttpUrl('http://example.com/(parens)'));
    for (const bad of ['javascript:alert(1)', 'data:text/html,<b>', 'file:///etc/passwd', 'https://x/a b', 'https://x/<', 'https://x/>', 'https://x/}', 'https://x/"', 'ftp://x/y', ' https://x']) {
      assert.ok(!isPlainHttpUrl(bad), bad);
    }
    const { footnote, dropped } = cited('markdown-footnote', 'markdown', { url: 'https://example.com/story' });
    assert.ok(footnote.includes('<https://example.com/story>'), footnote);
    assert.deepStrictEqual(dropped, []);
  });

  it('escapes the speaker, the verb and the words in a Markdown draft', () => {
    const speaker = 'Eve ![x](https://tracker.example/p.gif) <img src=x onerror=alert(1)>';
    const attribution = 'told [click](javascript:alert(1)) reporters';
    const words = 'we saw [a link](https://evil.example) and <script>x</script>';
    for (const style of ['markdown-footnote', 'inline', 'pandoc', 'plain'] as const) {
      const { text } = cited(style, 'markdown', { speaker, attribution, words });
      assert.doesNotMatch(text, LIVE_MARKDOWN, `${style}: ${text}`);
      assert.ok(text.replace(/\\(.)/g, '$1').includes('Eve ![x](https://tracker.example/p.gif)'), `${style}: the name is all there, as text: ${text}`);
    }
  });

  it('escapes the verb in LaTeX too', () => {
    const { text } = cited('latex', 'latex', { attribution: 'told \\input{/etc/passwd} reporters' });
    assert.doesNotMatch(text, /\\input\{/, text);
  });

  it('writes plain text as it is', () => {
    const { text } = cited('plain', 'text', { speaker: 'A *B* [C]', words: 'x <y>' });
    assert.ok(text.includes('A *B* [C]') && text.includes('x <y>'), text);
  });
});
