// Dates and events: absolute and relative dates resolved against the
// publication date, biased to the past; never guessed without one.
import * as assert from 'assert';
import { extractDossier, findPublicationDate } from '../../src/core/extract';

function eventDates(text: string, published?: string): (string | undefined)[] {
  return extractDossier(text, { published }).dossier.events.map((e) => e.date);
}

describe('extract: dates and events', () => {
  // Tuesday 9 August 2022
  const published = '2022-08-09';

  it('reads absolute dates at the precision the text gives', () => {
    assert.deepStrictEqual(eventDates('The talks failed in 2019. In March 2021, fighting broke out. The border opened on January 4, 2022. It closed on 5 February 2022.', published), ['2019', '2021-03', '2022-01-04', '2022-02-05']);
  });

  it('resolves weekdays and day words to the latest one on or before publication', () => {
    const text = 'The minister announced the plan on Tuesday. Petro took office last Sunday. Talks began on Friday. Troops left yesterday.';
    assert.deepStrictEqual(eventDates(text, published), ['2022-08-09', '2022-08-07', '2022-08-05', '2022-08-08']);
  });

  it('puts a bare month in the past, and "by" or "until" dates in the future', () => {
    const text = 'Prices rose in March. Prices fell in October. The plant will close by March. The ban stays until Friday.';
    assert.deepStrictEqual(eventDates(text, published), ['2022-03', '2021-10', '2023-03', '2022-08-12']);
  });

  it('leaves relative dates unresolved without a publication date', () => {
    const { dossier } = extractDossier('The minister resigned on Tuesday. The law passed in 2019.');
    assert.deepStrictEqual(dossier.events.map((e) => e.date), [undefined, '2019']);
    assert.strictEqual(dossier.article.published, undefined);
  });

  it('takes no date out of a proper name or a quantity', () => {
    assert.deepStrictEqual(eventDates('Fans gathered for Euro 2020 and Super Tuesday. The border is more than 2000 km long.', published), []);
    assert.ok(eventDates('Fans gathered in June 2020 and on Tuesday. The border is more than 2000 km long.', published).length > 0, 'real dates in the same text are taken');
  });

  it('reads the publication date from a date line at the top, as Wikinews prints it', () => {
    assert.strictEqual(findPublicationDate('Friday, January 4, 2019\nA road accident...'), '2019-01-04');
    assert.strictEqual(findPublicationDate('A story that mentions January 4, 2019 in its first line.'), undefined);
    const { dossier } = extractDossier('Friday, January 4, 2019\nA truck crashed on Thursday near Gainesville.');
    assert.strictEqual(dossier.article.published, '2019-01-04');
    assert.deepStrictEqual(dossier.events.map((e) => [e.date, e.title]), [['2019-01-03', 'A truck crashed on Thursday near Gainesville.']]);
  });

  it('in a report of its own day, dates reported speech without a date of its own to the publication day, marked approximate', () => {
    const text = 'The ministry opened the border on Tuesday.\nMr Petro told reporters that "we may have settled the most important issues".';
    const { dossier } = extractDossier(text, { published });
    assert.deepStrictEqual(dossier.events.map((e) => [e.date, e.approximate ?? false]), [['2022-08-09', false], ['2022-08-09', true]]);
  });

  it('gives undated speech no date in an article that does not report its own day (a feature, a release)', () => {
    const text = 'The council opened the library in 2015.\nJane Roe told reporters that "we may have settled the most important issues".';
    const { dossier } = extractDossier(text, { published });
    assert.deepStrictEqual(dossier.events.map((e) => e.date), ['2015']);
  });
});
