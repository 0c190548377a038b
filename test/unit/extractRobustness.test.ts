// The engine on every real article of the corpus, and on hostile input: no
// exception, sound output, bounded time, and small steps for the editor.
import * as assert from 'assert';
import { isValidPartialDate } from '../../src/core/dates';
import { extractDossier, extractSteps } from '../../src/core/extract';
import { Extraction } from '../../src/core/extract/engine';
import { readRepoFile } from './helpers';

interface CorpusArticle { url: string; date: string; title: string; text: string }

function corpus(): CorpusArticle[] {
  return readRepoFile('corpus', 'wikinews-2019-2020.jsonl').trim().split('\n').map((line) => JSON.parse(line));
}

function assertSound(extraction: Extraction, text: string, label: string): void {
  const { dossier } = extraction;
  const ids = new Set(dossier.actors.map((a) => a.id));
  assert.strictEqual(ids.size, dossier.actors.length, `${label}: actor ids are unique`);
  for (const quote of dossier.quotes) {
    assert.ok(quote.speaker === null || ids.has(quote.speaker), `${label}: speaker ${quote.speaker} is an actor`);
    assert.ok(quote.anchor && text.includes(quote.anchor.exact), `${label}: quote passage is in the text`);
  }
  for (const event of dossier.events) {
    assert.ok(event.date === undefined || isValidPartialDate(event.date), `${label}: ${event.date} is a date`);
    assert.ok(event.actors.every((id) => ids.has(id)), `${label}: event actors exist`);
  }
}

/** A distinct capitalised word for every number: Ba, Bb, ... */
function letters(n: number): string {
  let word = '';
  do { word = String.fromCharCode(97 + (n % 26)) + word; n = Math.floor(n / 26); } while (n > 0);
  return `B${word}ko`;
}


describe('extract: robustness', () => {
  it('runs on every corpus article without an exception, with sound output', function () {
    this.timeout(60_000);
    const articles = corpus();
    assert.ok(articles.length > 200);
    for (const article of articles) {
      const extraction = extractDossier(article.text, { published: article.date });
      assertSound(extraction, article.text, article.url);
    }
  });

  const hostile: [string, () => string][] = [
    ['1 MB without spaces', () => 'Ab,c.D"e“f'.repeat(100_000)],
    ['1 MB of one letter', () => 'a'.repeat(1_000_000)],
    ['10,000 unmatched quote marks', () => 'He said “ and then " left. '.repeat(10_000)],
    ['deeply nested quotes', () => '“'.repeat(20_000) + 'deep words' + '”'.repeat(20_000)],
    ['1 MB of distinct capitalised names', () => Array.from({ length: 30_000 }, (_, i) => `${letters(i)} ${letters(i % 977 + 7)} met Mr. ${letters(i % 977 + 7)}.`).join(' ')],
    ['1 MB of dates and quotes', () => 'On Tuesday, "We left," said Ann Lee in March 2021. '.repeat(20_000)],
  ];
  for (const [label, make] of hostile) {
    // A hang fails on mocha's timeout; how long each shape takes is npm run bench's (extract.scaling).
    it(`finishes, with a sound dossier, on ${label}`, function () {
      this.timeout(120_000);
      const text = make();
      const extraction = extractDossier(text, { published: '2024-01-02' });
      assertSound(extraction, text, label);
    });
  }

  it('works in small steps on a long article, so an editor can stay responsive', function () {
    this.timeout(60_000);
    const text = corpus().map((a) => a.text).join('\n');
    // How long a step takes is measured by npm run bench (extract.longestStepMs); here, how
    // much work one step does: no step reads more than 30,000 characters of the article.
    let previous = { phase: '', done: 0 };
    let largest = 0;
    let count = 0;
    for (const step of extractSteps(text)) {
      assert.ok(step.done <= step.total);
      if (step.phase === previous.phase) largest = Math.max(largest, step.done - previous.done);
      previous = step;
      count++;
    }
    assert.ok(count > 50, `only ${count} steps for ${text.length} characters`);
    assert.ok(largest <= 30_000, `one step read ${largest} characters`);
  });
});
