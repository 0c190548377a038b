// A citation of an article read from a saved page carries what the page
// stated — title, outlet, authors, URL — and the day it was accessed, in every
// style; an article without a title is cited by its file name.
import * as assert from 'assert';
import { citeQuote, citedText } from '../../src/core/citation/citedQuote';
import { CitationStyle } from '../../src/core/citation/styles';
import { cslItemFor } from '../../src/core/citation/cslItem';
import { CslStyleId } from '../../src/core/citation/styles';
import { Article } from '../../src/core/model';
import { references } from './citationFixtures';

const page: Article = {
  id: 'chatbots-oracles',
  title: 'Chatbots as oracles',
  outlet: 'The Conversation',
  authors: ['Webb Keane', 'Ambuj Tewari'],
  published: '2026-09-29',
  url: 'https://theconversation.com/chatbots-as-oracles-289279',
  accessed: '2026-10-02',
  source_file: 'chatbots.html',
  file: 'chatbots.txt',
};
const untitled: Article = { id: 'syria', published: '2019-10-08', file: 'syria.txt', accessed: '2026-10-02' };

function cite(article: Article, style: CitationStyle, csl: CslStyleId = 'apa') {
  const cited = citeQuote({ words: 'We look beyond ourselves,', speaker: 'Webb Keane', attribution: 'wrote', article }, { style, csl, flavor: style === 'latex' ? 'latex' : 'markdown', references });
  return { text: citedText(cited), footnote: cited.footnotes[0]?.definition };
}

describe('citations of a saved page', () => {
  it('the CSL item carries the URL, the accessed day and the authors', () => {
    assert.deepStrictEqual(cslItemFor(page), {
      id: 'chatbots-oracles',
      type: 'article-newspaper',
      title: 'Chatbots as oracles',
      'container-title': 'The Conversation',
      author: [{ family: 'Keane', given: 'Webb' }, { family: 'Tewari', given: 'Ambuj' }],
      issued: { 'date-parts': [[2026, 9, 29]] },
      URL: 'https://theconversation.com/chatbots-as-oracles-289279',
      accessed: { 'date-parts': [[2026, 10, 2]] },
    });
  });

  it('with no title, the file name stands in (the saved page first)', () => {
    assert.strictEqual(cslItemFor(untitled).title, 'syria.txt');
    assert.strictEqual(cslItemFor({ ...page, title: undefined }).title, 'chatbots.html');
  });

  it('Markdown footnote: title, outlet, authors and URL', () => {
    assert.deepStrictEqual(cite(page, 'markdown-footnote'), {
      text: '“We look beyond ourselves,” wrote Webb Keane.[^chatbots-oracles]',
      footnote: '[^chatbots-oracles]: Keane, W., & Tewari, A. (2026, September 29). Chatbots as oracles. *The Conversation*. <https://theconversation.com/chatbots-as-oracles-289279>',
    });
  });

  it('never a degenerate footnote: an untitled article is cited by its file name', () => {
    assert.strictEqual(cite(untitled, 'markdown-footnote').footnote, '[^syria]: *syria.txt*. (2019, October 8).');
  });

  it('inline, Pandoc, LaTeX and plain', () => {
    assert.strictEqual(cite(page, 'inline').text, '“We look beyond ourselves,” wrote Webb Keane (Keane & Tewari, 2026).');
    assert.strictEqual(cite(page, 'pandoc').text, '“We look beyond ourselves,” wrote Webb Keane [@chatbots-oracles].');
    assert.strictEqual(cite(page, 'latex').text, '\\enquote{We look beyond ourselves,} wrote Webb Keane \\cite{chatbots-oracles}.');
    assert.strictEqual(cite(page, 'plain').text, '“We look beyond ourselves,” wrote Webb Keane.');
  });

  it('APA, Chicago and MLA references show title, outlet, authors, URL', () => {
    assert.strictEqual(references.reference(page, 'apa', 'text'), 'Keane, W., & Tewari, A. (2026, September 29). Chatbots as oracles. The Conversation. https://theconversation.com/chatbots-as-oracles-289279');
    assert.strictEqual(references.reference(page, 'chicago-author-date', 'text'), 'Keane, Webb, and Ambuj Tewari. 2026. “Chatbots as Oracles.” The Conversation, September 29, 2026. https://theconversation.com/chatbots-as-oracles-289279.');
    assert.strictEqual(references.reference(page, 'modern-language-association', 'text'), 'Keane, Webb, and Ambuj Tewari. “Chatbots as Oracles.” The Conversation, 29 Sept. 2026, https://theconversation.com/chatbots-as-oracles-289279.');
  });
});
