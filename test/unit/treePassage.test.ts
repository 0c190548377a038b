// What "reveal in article" selects, resolved against the article text as it is now.
import * as assert from 'assert';
import { passageFor } from '../../src/core/views/passage';
import { readRepoFile, sampleLibrary } from './helpers';

describe('reveal passages', () => {
  const library = sampleLibrary();
  const article = readRepoFile('data', 'article.txt');
  const selected = (text: string, target: Parameters<typeof passageFor>[1]) => {
    const range = passageFor(library, target)!.find(text);
    return range && text.slice(range.start, range.end);
  };

  for (const entry of sampleLibrary().quotes) {
    it(`selects exactly the words of ${entry.quote.id}`, () => {
      assert.strictEqual(selected(article, { quoteId: entry.quote.id, articleId: 'caracas-bogota-2022' }), entry.quote.text);
    });
  }

  it('still selects the right words after the article was edited around them', () => {
    const edited = 'EDITOR’S NOTE: updated with “military relations” context.\n' + article.replace('Posted at 11:25 p.m.', 'Posted at 11:25 p.m., updated at midnight, to add the normalization process remarks');
    const range = passageFor(library, { quoteId: 'petro-normalization-process', articleId: 'caracas-bogota-2022' })!.find(edited)!;
    assert.strictEqual(edited.slice(range.start, range.end), 'normalization process');
    assert.strictEqual(edited.slice(range.start - 1, range.end + 1), '“normalization process”', 'the quoted words, not the note’s mention');
    const term = passageFor(library, { quoteId: 'term-military-relations' })!.find(edited)!;
    assert.strictEqual(edited.slice(term.start - 30, term.start), 'Caracas has taken steps to restore “'.slice(-30), 'the term where the anchor’s prefix puts it');
  });

  it("selects an event's passage and an actor's first mention", () => {
    assert.strictEqual(selected(article, { eventId: 'border-relaxed', articleId: 'caracas-bogota-2022' }), 'remained completely closed until a relaxation in October 2021');
    assert.strictEqual(selected(article, { actorKey: 'petro' }), 'Gustavo Petro');
    assert.strictEqual(selected(article, { speakerKey: 'padrino-lopez' }), 'the Venezuelan Defense Minister');
    assert.strictEqual(selected(article, { actorKey: 'duque' }), 'Ivan Duque');
  });

  it('gives nothing to select when the words are gone, and nothing at all for an unknown id', () => {
    assert.ok(selected(article, { quoteId: 'petro-normalization-process' }), 'with its words there, the quote is selected');
    assert.strictEqual(selected(article.replace('normalization process', 'normalisation'), { quoteId: 'petro-normalization-process' }), undefined);
    assert.strictEqual(passageFor(library, { quoteId: 'no-such-quote' }), undefined);
    assert.strictEqual(passageFor(library, {}), undefined);
  });
});
