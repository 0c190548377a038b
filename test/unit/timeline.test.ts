// The timeline picture's model and layout: where each event stands on the day
// axis, in which lane and row, in what order.
import * as assert from 'assert';
import { parseDossier } from '../../src/core/dossier/parse';
import { Library } from '../../src/core/library';
import { axisTicks, dayToX, fitView, packRows, panView, zoomView } from '../../src/core/timeline/layout';
import { buildTimeline, dateSpan } from '../../src/core/timeline/timeline';
import { loadSample, sampleLibrary } from './helpers';

const day = (iso: string) => Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10))) / 86_400_000;

function dossier(id: string, events: string): ReturnType<typeof loadSample> {
  const parsed = parseDossier(`sourcebook: 1
article: {id: ${id}, title: Article ${id}}
actors:
  - {id: ana, kind: person, name: Ana Ruiz}
  - {id: ben, kind: person, name: Ben Cole}
events:
${events}`);
  assert.ok(parsed.dossier, JSON.stringify(parsed.problems));
  return { source: `mem:${id}`, dossier: parsed.dossier };
}

describe('timeline model', () => {
  it('spans a day as one day, a month as its length, a year as 365 or 366 days', () => {
    assert.deepStrictEqual(dateSpan('2022-08-09'), { start: day('2022-08-09'), end: day('2022-08-10'), precision: 'day' });
    assert.deepStrictEqual(dateSpan('2024-02'), { start: day('2024-02-01'), end: day('2024-03-01'), precision: 'month' });
    assert.strictEqual(dateSpan('2024-02')!.end - dateSpan('2024-02')!.start, 29);
    assert.strictEqual(dateSpan('2023')!.end - dateSpan('2023')!.start, 365);
    assert.strictEqual(dateSpan('2024')!.end - dateSpan('2024')!.start, 366);
    assert.strictEqual(dateSpan('August 2022'), undefined);
  });

  it('places the sample\'s seven dated events in timeline order, with their precision and approximation', () => {
    const timeline = buildTimeline(sampleLibrary());
    assert.deepStrictEqual(
      timeline.events.map((e) => `${e.date} ${e.precision}${e.approximate ? ' ≈' : ''}`),
      ['2019 year', '2021-03 month', '2021-10 month', '2022 year ≈', '2022-08-07 day', '2022-08-09 day', '2022-08-09 day ≈'],
    );
    assert.deepStrictEqual(timeline.undated, []);
    assert.deepStrictEqual(timeline.domain, [day('2019-01-01'), day('2023-01-01')]);
    const office = timeline.events.find((e) => e.key.endsWith('/petro-takes-office'))!;
    assert.deepStrictEqual(office.actors.map((a) => a.name), ['Gustavo Petro', 'Venezuela', 'Colombia']);
  });

  it('lists undated events apart, and lanes by article in order of their first event', () => {
    const library = new Library([
      dossier('later', '  - {id: e1, title: Later thing, date: 2021-05-02, actors: [ana]}\n  - {id: e2, title: Someday, actors: [ben]}\n'),
      dossier('earlier', '  - {id: e3, title: Earlier thing, date: "2020", approximate: true}\n'),
    ]);
    const timeline = buildTimeline(library);
    assert.deepStrictEqual(timeline.undated.map((e) => [e.title, e.articleTitle, e.actors]), [['Someday', 'Article later', ['Ben Cole']]]);
    assert.deepStrictEqual(timeline.lanes.article.map((lane) => [lane.label, lane.events.map((i) => timeline.events[i].title)]), [
      ['Article earlier', ['Earlier thing']],
      ['Article later', ['Later thing']],
    ]);
  });

  it('by actor, puts an event in each of its actors\' lanes and events with no actor last', () => {
    const library = new Library([
      dossier('a', '  - {id: e0, title: Nobody, date: 2019-01-01}\n  - {id: e1, title: Both, date: 2020-01-01, actors: [ben, ana]}\n  - {id: e2, title: Ana alone, date: 2021-01-01, actors: [ana]}\n'),
    ]);
    const timeline = buildTimeline(library, 'No actor');
    assert.deepStrictEqual(timeline.lanes.actor.map((lane) => [lane.label, lane.events.map((i) => timeline.events[i].title)]), [
      ['Ben Cole', ['Both']],
      ['Ana Ruiz', ['Both', 'Ana alone']],
      ['No actor', ['Nobody']],
    ]);
  });
});

describe('timeline layout', () => {
  it('packs overlapping extents into rows, reusing a row once it is free', () => {
    assert.deepStrictEqual(packRows([{ x0: 0, x1: 100 }, { x0: 10, x1: 20 }, { x0: 30, x1: 40 }, { x0: 104, x1: 110 }, { x0: 105, x1: 106 }], 4), [0, 1, 1, 0, 1]);
    assert.deepStrictEqual(packRows([]), []);
  });

  it('fits the domain into the width, and zooms around a point that keeps its day', () => {
    const view = fitView([day('2022-01-01'), day('2023-01-01')], 1000, 20);
    assert.ok(Math.abs(dayToX(view, day('2022-01-01')) - 20) < 1e-6);
    assert.ok(Math.abs(dayToX(view, day('2023-01-01')) - 980) < 1e-6);
    const anchorX = 300;
    const anchorDay = view.firstDay + anchorX / view.pxPerDay;
    const zoomed = zoomView(view, 3, anchorX);
    assert.ok(Math.abs(dayToX(zoomed, anchorDay) - anchorX) < 1e-6);
    assert.ok(Math.abs(zoomed.pxPerDay - 3 * view.pxPerDay) < 1e-9);
    const panned = panView(view, 50);
    assert.ok(Math.abs(dayToX(panned, day('2022-01-01')) - 70) < 1e-6);
  });

  it('labels the axis with years when zoomed out and days when zoomed in', () => {
    const years = axisTicks(fitView([day('2000-01-01'), day('2020-01-01')], 1000), 1000).map((t) => t.label);
    assert.ok(years.includes('2010') && years.every((label) => /^\d{4}$/.test(label)), years.join());
    const days = axisTicks(fitView([day('2022-08-01'), day('2022-08-15')], 1000), 1000).map((t) => t.label);
    assert.ok(days.includes('7 Aug 2022'), days.join());
  });
});
