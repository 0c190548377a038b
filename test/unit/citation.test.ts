// Citing a quote: the words exactly as the article has them, the speaker as
// the dossier spells it, and the citation each style asks for.
import * as assert from 'assert';
import { attributionFor } from '../../src/core/citation/attribution';
import { citeQuote, citedText, joinCited } from '../../src/core/citation/citedQuote';
import { definesFootnote, footnoteAppendix, footnotesAppendix } from '../../src/core/citation/footnotes';
import { paragraphNumber } from '../../src/core/citation/paragraph';
import { beforeAttribution } from '../../src/core/citation/punctuation';
import { cite, references, sampleQuote } from './citationFixtures';

const SPEECH_QUOTES = ['padrino-instructions', 'padrino-establish-contact', 'padrino-start-working', 'petro-normalization-process', 'petro-two-months', 'petro-no-ambassadors'];

describe('citing a quote of the sample', () => {
  it('writes the Markdown footnote form the issue shows, with the APA reference as the footnote', () => {
    const { text, footnote } = cite('petro-no-ambassadors', 'markdown-footnote');
    assert.strictEqual(text, '“As long as relations are not normalized, there will be no ambassadors,” said Gustavo Petro.[^caracas-bogota-2022]');
    assert.strictEqual(footnote, '[^caracas-bogota-2022]: *Caracas takes steps to restore military relations with Bogota*. (2022, August 9).');
  });

  it('writes AP-style inline attribution with the style’s short source in parentheses', () => {
    assert.strictEqual(
      cite('petro-no-ambassadors', 'inline', 'apa', 'text').text,
      '“As long as relations are not normalized, there will be no ambassadors,” said Gustavo Petro (Caracas Takes Steps to Restore Military Relations with Bogota, 2022).',
    );
  });

  it('writes a Pandoc citation with the paragraph as locator', () => {
    assert.strictEqual(
      cite('petro-no-ambassadors', 'pandoc').text,
      '“As long as relations are not normalized, there will be no ambassadors,” said Gustavo Petro [@caracas-bogota-2022, para. 8].',
    );
  });

  it('writes LaTeX with \\enquote and \\cite[para.~N]', () => {
    assert.strictEqual(
      cite('petro-no-ambassadors', 'latex', 'apa', 'latex').text,
      '\\enquote{As long as relations are not normalized, there will be no ambassadors,} said Gustavo Petro \\cite[para.~8]{caracas-bogota-2022}.',
    );
  });

  it('writes the quote and its speaker alone in plain style', () => {
    assert.strictEqual(cite('petro-no-ambassadors', 'plain', 'apa', 'text').text, '“As long as relations are not normalized, there will be no ambassadors,” said Gustavo Petro.');
  });

  it('keeps the ellipses and editorial brackets of the source', () => {
    const { text } = cite('padrino-start-working', 'plain');
    assert.ok(text.includes('little by little […] with great caution, great tact […] for us'), text);
    assert.ok(text.endsWith('on the border with Colombia,” continued Vladimir Padrino López.'), text);
  });

  it('puts a verb with an object after the speaker, and takes the verb before any “according to”', () => {
    assert.strictEqual(cite('petro-two-months', 'plain').text, '“in two months we may have settled the most important issues,” Gustavo Petro told reporters.');
    assert.strictEqual(cite('padrino-instructions', 'pandoc').text, '“I have received instructions,” said Vladimir Padrino López [@caracas-bogota-2022, para. 3].');
  });

  for (const id of SPEECH_QUOTES) {
    it(`${id}: every style contains the exact words of the dossier`, () => {
      const words = sampleQuote(id).words.replace(/,$/, '');
      for (const style of ['markdown-footnote', 'inline', 'pandoc', 'latex', 'plain'] as const) {
        assert.ok(cite(id, style).text.includes(words), `${style}: ${cite(id, style).text}`);
      }
    });
  }

  it('marks a quote with no speaker as unattributed instead of inventing one', () => {
    const quote = { ...sampleQuote('petro-two-months'), speaker: undefined };
    const text = citedText(citeQuote(quote, { style: 'markdown-footnote', csl: 'apa', flavor: 'markdown', references }));
    assert.strictEqual(text, '“in two months we may have settled the most important issues” (unattributed).[^caracas-bogota-2022]');
  });

  it('leaves the locator out when the passage is not in the article', () => {
    const quote = { ...sampleQuote('petro-two-months'), paragraph: undefined };
    const options = { csl: 'apa', flavor: 'markdown', references } as const;
    assert.ok(citedText(citeQuote(quote, { ...options, style: 'pandoc' })).endsWith(' [@caracas-bogota-2022].'));
    assert.ok(citedText(citeQuote(quote, { ...options, style: 'latex' })).endsWith(' \\cite{caracas-bogota-2022}.'));
  });

  it('escapes LaTeX specials in the words and turns inner quotes into nested \\enquote', () => {
    const quote = { ...sampleQuote('petro-two-months'), words: 'a 50% “normalization” & more', speaker: 'A_B' };
    const text = citedText(citeQuote(quote, { style: 'latex', csl: 'apa', flavor: 'latex', references }));
    assert.strictEqual(text, '\\enquote{a 50\\% \\enquote{normalization} \\& more,} A\\_B told reporters \\cite[para.~6]{caracas-bogota-2022}.');
  });

  it('turns inner double quotes into single ones elsewhere', () => {
    const quote = { ...sampleQuote('petro-two-months'), words: 'a “normalization process” now.' };
    assert.strictEqual(citedText(citeQuote(quote, { style: 'plain', csl: 'apa', flavor: 'text', references })), '“a ‘normalization process’ now,” Gustavo Petro told reporters.');
  });
});

describe('the punctuation that closes a quote before its attribution', () => {
  it('keeps a comma, turns a period into a comma, keeps ? and !', () => {
    assert.strictEqual(beforeAttribution('there will be no ambassadors,'), 'there will be no ambassadors,');
    assert.strictEqual(beforeAttribution('We have to start working.'), 'We have to start working,');
    assert.strictEqual(beforeAttribution('Why now?'), 'Why now?');
    assert.strictEqual(beforeAttribution('Enough!'), 'Enough!');
  });

  it('adds a comma after a fragment or an ellipsis, keeping the ellipsis', () => {
    assert.strictEqual(beforeAttribution('normalization process'), 'normalization process,');
    assert.strictEqual(beforeAttribution('little by little […]'), 'little by little […],');
    assert.strictEqual(beforeAttribution('and so...'), 'and so...,');
  });
});

describe('the attribution verb', () => {
  it('is derived from the dossier’s attribution', () => {
    assert.deepStrictEqual(attributionFor('said'), { verb: 'said', speakerFirst: false });
    assert.deepStrictEqual(attributionFor('continued'), { verb: 'continued', speakerFirst: false });
    assert.deepStrictEqual(attributionFor('he continued'), { verb: 'continued', speakerFirst: false });
    assert.deepStrictEqual(attributionFor('told reporters'), { verb: 'told reporters', speakerFirst: true });
    assert.deepStrictEqual(attributionFor("said, according to the Ministry's Twitter account"), { verb: 'said', speakerFirst: false });
  });

  it('is “said” when unknown or not a speech verb', () => {
    assert.deepStrictEqual(attributionFor(undefined), { verb: 'said', speakerFirst: false });
    assert.deepStrictEqual(attributionFor('nuanced'), { verb: 'said', speakerFirst: false });
  });
});

describe('the paragraph of a passage', () => {
  it('counts one paragraph per line in wire copy', () => {
    const text = 'First.\nSecond.\nThird.';
    assert.strictEqual(paragraphNumber(text, 0), 1);
    assert.strictEqual(paragraphNumber(text, text.indexOf('Second')), 2);
    assert.strictEqual(paragraphNumber(text, text.indexOf('Third') + 2), 3);
  });

  it('counts blocks between blank lines when the text has them', () => {
    const text = '# Title\n\nOne line\nwrapped here.\n\n\nTwo.';
    assert.strictEqual(paragraphNumber(text, text.indexOf('wrapped')), 2);
    assert.strictEqual(paragraphNumber(text, text.indexOf('Two')), 3);
  });
});

describe('the footnote definition', () => {
  const definition = '[^caracas-bogota-2022]: Ref.';

  it('is appended after a blank line, once', () => {
    assert.strictEqual(footnoteAppendix('Draft.', 'caracas-bogota-2022', definition), '\n\n[^caracas-bogota-2022]: Ref.\n');
    assert.strictEqual(footnoteAppendix('Draft.\n', 'caracas-bogota-2022', definition), '\n[^caracas-bogota-2022]: Ref.\n');
    assert.strictEqual(footnoteAppendix('', 'caracas-bogota-2022', definition), '\n\n[^caracas-bogota-2022]: Ref.\n');
    assert.strictEqual(footnoteAppendix('Draft.[^caracas-bogota-2022]\n\n[^caracas-bogota-2022]: Ref.\n', 'caracas-bogota-2022', definition), undefined);
  });

  it('keeps a quote inserted at the very end on its own line above the definition', () => {
    const footnotes = [{ label: 'caracas-bogota-2022', definition }];
    assert.strictEqual(footnotesAppendix('# Draft\n\n', footnotes), '[^caracas-bogota-2022]: Ref.\n');
    assert.strictEqual(footnotesAppendix('# Draft\n\n', footnotes, '“Words,” said X.[^caracas-bogota-2022]'), '\n\n[^caracas-bogota-2022]: Ref.\n');
  });

  it('joins the existing definitions at the end of the document', () => {
    assert.strictEqual(footnoteAppendix('Text.\n\n[^other]: Other.\n', 'caracas-bogota-2022', definition), '[^caracas-bogota-2022]: Ref.\n');
  });

  it('is recognised only as a definition, not as a reference in the text', () => {
    assert.strictEqual(definesFootnote('Said so.[^caracas-bogota-2022]', 'caracas-bogota-2022'), false);
    assert.strictEqual(definesFootnote('x\n[^caracas-bogota-2022]: y', 'caracas-bogota-2022'), true);
  });
});

describe('several quotes dropped at once', () => {
  it('follow one another and define their shared footnote once', () => {
    const options = { style: 'markdown-footnote', csl: 'apa', flavor: 'markdown', references } as const;
    const joined = joinCited([citeQuote(sampleQuote('padrino-instructions'), options), citeQuote(sampleQuote('petro-no-ambassadors'), options)]);
    assert.strictEqual(
      citedText(joined),
      '“I have received instructions,” said Vladimir Padrino López.[^caracas-bogota-2022] “As long as relations are not normalized, there will be no ambassadors,” said Gustavo Petro.[^caracas-bogota-2022]',
    );
    assert.strictEqual(footnotesAppendix('', joined.footnotes), '\n\n[^caracas-bogota-2022]: *Caracas takes steps to restore military relations with Bogota*. (2022, August 9).\n');
  });
});
