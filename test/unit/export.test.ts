// Exports to the tools writers use: TimelineJS, CSV for spreadsheets, CSL-JSON
// for reference managers — each checked the way that tool would read it.
import * as assert from 'assert';
import { parse as parseCsv } from 'csv-parse/sync';
import { parseDossier } from '../../src/core/dossier/parse';
import { csvCell, csvTable } from '../../src/core/export/csv';
import { cslJsonItems } from '../../src/core/export/cslJson';
import { timelineJs } from '../../src/core/export/timelineJs';
import { Library, LoadedDossier } from '../../src/core/library';
import CSL from 'citeproc';
import { loadSample, readRepoFile, sampleLibrary } from './helpers';

const HOSTILE: LoadedDossier = (() => {
  const parsed = parseDossier(`sourcebook: 1
article: {id: hostile, title: "<img src=x onerror=alert(1)> & co", outlet: "=HYPERLINK(\\"http://x\\")"}
actors:
  - {id: eve, kind: person, name: "=cmd|' /C calc'!A0", aliases: ["+44 20 7946 0000", "@SUM(A1)", "line\\nbreak, \\"quoted\\""], role: "-2+3"}
events:
  - {id: e1, title: "<script>alert(1)</script>", date: 2021-05, actors: [eve], anchor: {exact: "a \\"passage\\", with commas"}}
  - {id: e2, title: Undated}
quotes:
  - {id: q1, kind: speech, speaker: eve, text: "@everyone, \\"hi\\"\\r\\nthere", attribution: said}
`);
  assert.ok(parsed.dossier, JSON.stringify(parsed.problems));
  return { source: 'mem:hostile', dossier: parsed.dossier };
})();

/** TimelineJS's published JSON shape for what we write (https://timeline.knightlab.com/docs/json-format.html). */
function assertTimelineJsShape(doc: unknown): void {
  const d = doc as { events: unknown[]; title?: unknown };
  assert.ok(Array.isArray(d.events), 'events is an array');
  for (const event of d.events as Record<string, unknown>[]) {
    const start = event.start_date as Record<string, unknown>;
    assert.strictEqual(typeof start.year, 'number');
    for (const key of Object.keys(start)) assert.ok(['year', 'month', 'day', 'display_date'].includes(key), key);
    if (start.day !== undefined) assert.ok(start.month !== undefined, 'a day needs its month');
    if (start.month !== undefined) assert.ok(Number.isInteger(start.month) && (start.month as number) >= 1 && (start.month as number) <= 12);
    const text = event.text as Record<string, unknown>;
    assert.strictEqual(typeof text.headline, 'string');
    assert.strictEqual(typeof text.text, 'string');
    assert.strictEqual(typeof event.group, 'string');
    assert.match(event.unique_id as string, /^[A-Za-z0-9_-]+$/);
  }
}

describe('TimelineJS export', () => {
  it('writes the sample\'s events with partial dates kept partial', () => {
    const { timeline, undated } = timelineJs(sampleLibrary());
    assertTimelineJsShape(timeline);
    assert.strictEqual(undated, 0);
    assert.deepStrictEqual(timeline.events.map((e) => e.start_date), [
      { year: 2019 },
      { year: 2021, month: 3 },
      { year: 2021, month: 10 },
      { year: 2022, display_date: 'c. 2022' },
      { year: 2022, month: 8, day: 7 },
      { year: 2022, month: 8, day: 9 },
      { year: 2022, month: 8, day: 9, display_date: 'c. 2022-08-09' },
    ]);
    const office = timeline.events[4];
    assert.strictEqual(office.group, 'Caracas takes steps to restore military relations with Bogota');
    assert.match(office.text.text, /Gustavo Petro, Venezuela, Colombia/);
  });

  it('escapes dossier text (TimelineJS renders it as HTML) and leaves undated events out', () => {
    const { timeline, undated } = timelineJs(new Library([HOSTILE]));
    assert.strictEqual(undated, 1);
    assert.strictEqual(timeline.events[0].text.headline, '&lt;script&gt;alert(1)&lt;/script&gt;');
    assert.strictEqual(timeline.events[0].group, '&lt;img src=x onerror=alert(1)&gt; &amp; co');
    assert.ok(!/<(script|img)/.test(JSON.stringify(timeline)));
  });
});

describe('CSV export', () => {
  it('writes RFC 4180 tables that a CSV parser reads back as the dossier\'s data', () => {
    const sample = loadSample();
    const rows = parseCsv(csvTable('quotes', [sample]), { columns: true }) as Record<string, string>[];
    assert.strictEqual(rows.length, sample.dossier.quotes.length);
    sample.dossier.quotes.forEach((quote, i) => {
      assert.strictEqual(rows[i].quote_id, quote.id);
      assert.strictEqual(rows[i].text, quote.text);
      assert.strictEqual(rows[i].speaker_id, quote.speaker ?? '');
    });
    const actors = parseCsv(csvTable('actors', [sample]), { columns: true }) as Record<string, string>[];
    assert.deepStrictEqual(actors.map((a) => a.name), sample.dossier.actors.map((a) => a.name));
    const events = parseCsv(csvTable('events', [sample]), { columns: true }) as Record<string, string>[];
    assert.deepStrictEqual(events.map((e) => e.date), sample.dossier.events.map((e) => e.date ?? ''));
  });

  it('keeps commas, quotes and line breaks inside cells, with CRLF between records', () => {
    const text = csvTable('quotes', [HOSTILE]);
    assert.ok(text.endsWith('\r\n'));
    const [row] = parseCsv(text, { columns: true }) as Record<string, string>[];
    assert.strictEqual(row.text, `'@everyone, "hi"\r\nthere`);
    assert.strictEqual(row.speaker, `'=cmd|' /C calc'!A0`);
  });

  it('neutralises every cell a spreadsheet would read as a formula', () => {
    for (const table of ['actors', 'quotes', 'events'] as const) {
      const cells = (parseCsv(csvTable(table, [HOSTILE])) as string[][]).slice(1).flat();
      for (const cell of cells) assert.ok(!/^[=+\-@\t\r]/.test(cell), `${table}: ${JSON.stringify(cell)}`);
    }
    assert.strictEqual(csvCell('=1+1'), `'=1+1`);
    assert.strictEqual(csvCell('-2+3'), `'-2+3`);
    assert.strictEqual(csvCell(0.8), '0.8');
    assert.strictEqual(csvCell(undefined), '');
  });
});

describe('CSL-JSON export', () => {
  it('writes one item per article, which citeproc reads as it is and formats as a reference', () => {
    const items = cslJsonItems([loadSample(), loadSample(), HOSTILE]);
    assert.deepStrictEqual(items.map((item) => item.id), ['caracas-bogota-2022', 'hostile'], 'the same article twice is one reference');
    const parsedBack = JSON.parse(JSON.stringify(items)) as typeof items; // what a file holds
    const engine = new CSL.Engine(
      { retrieveLocale: () => readRepoFile('data', 'csl', 'locales-en-US.xml'), retrieveItem: (id: string) => parsedBack.find((item) => item.id === id) },
      readRepoFile('data', 'csl', 'apa.csl'),
    );
    engine.updateItems(parsedBack.map((item) => item.id));
    const [, entries] = engine.makeBibliography() as [unknown, string[]];
    assert.strictEqual(entries.length, 2);
    assert.match(entries.join(''), /Caracas takes steps to restore military relations with Bogota<\/i>\. \(2022, August 9\)\./);
  });
});
