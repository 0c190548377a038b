import * as assert from 'assert';
import { createAnchor, resolveAnchor } from '../../src/core/anchor';
import { compareDates, formatIsoDate, isFullDate, isValidPartialDate, parsePartialDate } from '../../src/core/dates';
import { isoDate } from '../../src/core/article/metadata';
import { timelineJsDate } from '../../src/core/export/timelineJs';
import { dateSpan } from '../../src/core/timeline/timeline';

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

  it('reads the parts of a date, and nothing from what is not one', () => {
    assert.deepStrictEqual(parsePartialDate('2022'), { year: 2022 });
    assert.deepStrictEqual(parsePartialDate('2022-08'), { year: 2022, month: 8 });
    assert.deepStrictEqual(parsePartialDate('2022-08-09'), { year: 2022, month: 8, day: 9 });
    for (const bad of ['2022-8', '2022-00', '2022-02-30', '2022-08-09x', ' 2022', '2022-08-09T10:00', '']) assert.strictEqual(parsePartialDate(bad), undefined, bad);
    assert.deepStrictEqual(parsePartialDate('2022-08-09T10:00', true), { year: 2022, month: 8, day: 9 });
    assert.deepStrictEqual(['2022-08-09', '2022-08', '2022', '2022-02-29'].map(isFullDate), [true, false, false, false]);
    assert.strictEqual(formatIsoDate({ year: 2022, month: 8, day: 9 }), '2022-08-09');
  });

  it('is the one reader behind page dates, timeline spans and TimelineJS dates', () => {
    // Each reader accepts what the parser accepts and refuses what it refuses (a 30 February is no day).
    assert.strictEqual(isoDate('2012-05-22T10:30:00+02:00'), '2012-05-22');
    assert.strictEqual(isoDate('2012-02-30'), undefined);
    assert.deepStrictEqual(dateSpan('2024-02')?.precision, 'month');
    assert.strictEqual(dateSpan('2024-02')!.end - dateSpan('2024-02')!.start, 29);
    assert.strictEqual(dateSpan('2024-02-30'), undefined);
    assert.deepStrictEqual(timelineJsDate('2022-08', false), { year: 2022, month: 8 });
    assert.strictEqual(timelineJsDate('2022-13', false), undefined);
  });

  it('orders a timeline: partial before full dates inside it, undated last', () => {
    const dates = ['2022-08-07', undefined, '2021-10', '2019', '2021-03', '2021', '2021-03-01'];
    assert.deepStrictEqual([...dates].sort(compareDates), ['2019', '2021', '2021-03', '2021-03-01', '2021-10', '2022-08-07', undefined]);
  });
});
