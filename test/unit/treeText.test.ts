// Short quote labels and the search pattern behind "Find Mentions".
import * as assert from 'assert';
import { mentionSearchPattern, shortenQuote } from '../../src/core/views/viewText';
import { sampleLibrary } from './helpers';

describe('shortenQuote', () => {
  it('keeps a short quote whole, in curly quotation marks', () => {
    assert.strictEqual(shortenQuote('normalization process'), '“normalization process”');
  });

  it('cuts a long quote at a word, without trailing punctuation, with an ellipsis', () => {
    const words = 'As long as relations are not normalized, there will be no ambassadors,';
    assert.strictEqual(shortenQuote(words, 45), '“As long as relations are not normalized…”');
  });

  it('flattens line breaks', () => {
    assert.strictEqual(shortenQuote('one\n  two'), '“one two”');
  });
});

describe('mentionSearchPattern', () => {
  it('lists every spelling, accented and not, longest first', () => {
    assert.strictEqual(mentionSearchPattern({ kind: 'person', name: 'Iván Duque', aliases: ['Ivan Duque', 'Duque'] }), 'Ivan\\s+Duque|Iván\\s+Duque|Duque');
  });

  it('finds what a writer types for Padrino López, and escapes regular-expression characters', () => {
    const padrino = sampleLibrary().actors.find((a) => a.key === 'padrino-lopez')!;
    const pattern = new RegExp(`^(?:${mentionSearchPattern(padrino)})$`, 'i');
    for (const typed of ['Padrino López', 'Padrino Lopez', 'padrino  lopez', 'Vladimir Padrino López', 'Defense Minister']) assert.ok(pattern.test(typed), typed);
    assert.ok(!pattern.test('Petro'));
    assert.strictEqual(mentionSearchPattern({ kind: 'organization', name: 'A.B. (Corp)', aliases: [] }), 'A\\.B\\.\\s+\\(Corp\\)');
  });
});
