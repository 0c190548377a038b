// The checks on real news prose: with the sample library loaded, the 289
// Wikinews articles of the corpus contain no misquote of the sample and no
// misspelling of its names, so every finding there is a false positive.
import * as assert from 'assert';
import { checkDraft } from '../../src/core/checks/checkDraft';
import { readRepoFile, sampleLibrary } from './helpers';

describe('writing checks on the Wikinews corpus', () => {
  it('raise fewer than 1 false positive per 10,000 words (accents off and on)', () => {
    const library = sampleLibrary();
    const articles = readRepoFile('corpus', 'wikinews-2019-2020.jsonl').split('\n').filter(Boolean).map((line) => JSON.parse(line) as { text: string });
    let words = 0;
    const falsePositives: string[] = [];
    for (const { text } of articles) {
      words += text.split(/\s+/).filter(Boolean).length;
      for (const f of checkDraft(text, library, { quotes: true, spelling: true, accents: false })) falsePositives.push(`${f.kind}: ${text.slice(f.start, f.end)}`);
    }
    assert.ok(articles.length >= 289 && words > 100_000);
    assert.ok(falsePositives.length / words * 10_000 < 1, falsePositives.join('\n'));
  });
});
