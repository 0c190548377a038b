// The article grammar (syntaxes/sourcebook-article.tmLanguage.json) on lines of
// the sample article. The patterns are run as JavaScript regular expressions,
// the way a TextMate engine picks among them: the leftmost match wins, and
// among matches at one place the earlier pattern.
import * as assert from 'assert';
import { readRepoFile } from './helpers';

interface Rule { name?: string; match?: string; begin?: string; end?: string; patterns?: Rule[] }
const grammar = JSON.parse(readRepoFile('syntaxes', 'sourcebook-article.tmLanguage.json')) as { scopeName: string; repository: Record<string, Rule> };
const sample = readRepoFile('data', 'article.txt').split('\n');

/** Every text the rules of one repository entry colour in `line`, in order. */
function matches(entry: string, line: string): string[] {
  const rules = grammar.repository[entry].patterns!;
  const combined = new RegExp(rules.map((r) => `(${r.match ?? `${r.begin}.*?(?:${r.end})`})`).join('|'), 'gu');
  return [...line.matchAll(combined)].map((m) => m[0]);
}

describe('sourcebook-article grammar', () => {
  it('is the text.sourcebook-article grammar, and every pattern compiles', () => {
    assert.strictEqual(grammar.scopeName, 'text.sourcebook-article');
    for (const entry of Object.values(grammar.repository)) for (const rule of entry.patterns!) for (const source of [rule.match, rule.begin, rule.end]) if (source) new RegExp(source, 'u');
  });

  it('colours the dateline at the start of the article, and an agency dateline', () => {
    assert.deepStrictEqual(matches('dateline', sample[0]), ['(Caracas)']);
    assert.deepStrictEqual(matches('dateline', 'BOGOTA, Colombia (AP) — The talks began'), ['BOGOTA, Colombia (AP) —']);
    assert.deepStrictEqual(matches('dateline', 'Caracas has taken steps (to restore)'), []);
  });

  it('colours quotations in curly and straight marks, each up to its closing mark', () => {
    assert.deepStrictEqual(matches('quotation', sample[0]), ['“military relations”']);
    assert.deepStrictEqual(matches('quotation', sample[5]), ['“normalization process”', '“in two months we may have settled the most important issues”']);
    assert.deepStrictEqual(matches('quotation', 'He said "we will see" and left.'), ['"we will see"']);
  });

  it('ends an unclosed quotation at the end of its paragraph', () => {
    const end = grammar.repository.quotation.patterns![0].end!;
    assert.ok(end.includes('$'), 'a quote continued in the next paragraph must not colour the rest of the article');
  });

  it('colours dates: years, months with a year, weekdays, ISO dates, but not quantities', () => {
    assert.deepStrictEqual(matches('dates', sample[0]), ['Tuesday']);
    assert.deepStrictEqual(matches('dates', sample[4]), ['2019']);
    assert.deepStrictEqual(matches('dates', sample[9]), ['March 2021']);
    assert.deepStrictEqual(matches('dates', sample[11]), ['October 2021']);
    assert.deepStrictEqual(matches('dates', sample[6]), ['Sunday']);
    assert.deepStrictEqual(matches('dates', sample[8]), [], 'a border of more than 2000 km has no date');
    assert.deepStrictEqual(matches('dates', 'Published 2022-08-09, updated August 10, 2022 and on 7 August 2022.'), ['2022-08-09', 'August 10, 2022', '7 August 2022']);
    assert.deepStrictEqual(matches('dates', 'we may have settled it'), []);
  });
});
