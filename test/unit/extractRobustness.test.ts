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

function timed(run: () => void): number {
  const started = performance.now();
  run();
  return performance.now() - started;
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
    it(`finishes in bounded time on ${label}`, function () {
      this.timeout(60_000);
      const text = make();
      let extraction: Extraction | undefined;
      const ms = timed(() => { extraction = extractDossier(text, { published: '2024-01-02' }); });
      assert.ok(ms < 15_000, `${label} took ${Math.round(ms)} ms`);
      assertSound(extraction!, text, label);
    });
  }

  it('grows linearly: four times the text takes well under sixteen times as long', function () {
    this.timeout(60_000);
    const base = corpus().slice(0, 40).map((a) => a.text).join('\n');
    const small = timed(() => extractDossier(base));
    const large = timed(() => extractDossier([base, base, base, base].join('\n')));
    assert.ok(large < small * 8 + 200, `1x ${Math.round(small)} ms, 4x ${Math.round(large)} ms`);
  });

  it('works in small steps on a long article, so an editor can stay responsive', function () {
    this.timeout(60_000);
    const text = corpus().map((a) => a.text).join('\n');
    const steps = extractSteps(text);
    let longest = 0;
    let count = 0;
    for (;;) {
      const started = performance.now();
      const step = steps.next();
      longest = Math.max(longest, performance.now() - started);
      if (step.done) break;
      count++;
      assert.ok(step.value.done <= step.value.total);
    }
    assert.ok(count > 50, `only ${count} steps for ${text.length} characters`);
    // The extension aims at 50 ms per step; the bound here leaves room for a busy test machine.
    assert.ok(longest < 250, `longest step ${Math.round(longest)} ms`);
  });
});
