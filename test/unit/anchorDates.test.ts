import * as assert from 'assert';
import { createAnchor, resolveAnchor } from '../../src/core/anchor';
import { compareDates, isValidPartialDate } from '../../src/core/dates';

describe('anchors', () => {
  const text = 'He said "yes". Later she said "yes" again. Then "no".';

  it('picks the right one of repeated words by the text around them', () => {
    const second = text.indexOf('"yes" again') + 1;
    const anchor = createAnchor(text, second, second + 3);
    assert.deepStrictEqual(resolveAnchor(text, anchor), { start: second, end: second + 3 });
  });

  it('finds the passage again after the text was edited before it', () => {
    const second = text.indexOf('"yes" again') + 1;
    const anchor = createAnchor(text, second, second + 3);
    const edited = 'A new first paragraph.\n' + text.replace('He said', 'He had said');
    const found = resolveAnchor(edited, anchor)!;
    assert.strictEqual(edited.slice(found.start - 10, found.end + 7), 'she said "yes" again');
  });

  it('gives up when the words are gone', () => {
    assert.strictEqual(resolveAnchor(text, { exact: 'maybe' }), undefined);
  });
});

describe('partial dates', () => {
  it('accepts YYYY, YYYY-MM and real YYYY-MM-DD only', () => {
    assert.deepStrictEqual(['2019', '2021-03', '2024-02-29', '2023-02-29', '2021-13', '21-03-01', '2021-3'].map(isValidPartialDate), [true, true, true, false, false, false, false]);
  });

  it('orders a timeline: partial before full dates inside it, undated last', () => {
    const dates = ['2022-08-07', undefined, '2021-10', '2019', '2021-03', '2021', '2021-03-01'];
    assert.deepStrictEqual([...dates].sort(compareDates), ['2019', '2021', '2021-03', '2021-03-01', '2021-10', '2022-08-07', undefined]);
  });
});
