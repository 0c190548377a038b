// The timeline panel and the exports, in the real extension host: the webview
// draws the library's events (it reports what it drew), follows the library,
// and a click message reveals the event's passage; exports write what the
// tools read.
import * as assert from 'assert';
import * as vscode from 'vscode';
import { buildTimeline } from '../../src/core/timeline/timeline';
import type { SourcebookApi } from '../../src/vscode/extension';
import type { RenderReport } from '../../src/vscode/timeline/timelinePanel';
import { libraryWhere, sourcebook, until } from './extensionApi';
import { TempFolder } from './sidebarHelpers';

const SECOND = `sourcebook: 1
article: {id: timeline-second, title: A second article, outlet: The Test Gazette, published: 2023-02-01, text: "On 3 January 2023 the talks resumed in Caracas."}
actors:
  - {id: maduro, kind: person, name: Nicolás Maduro}
events:
  - {id: talks-resume, date: 2023-01-03, title: Talks resume, actors: [maduro], anchor: {exact: the talks resumed}}
  - {id: someday, title: An undated event}
`;

describe('timeline', function () {
  let api: SourcebookApi;
  const folder = new TempFolder('timeline-test');

  before(async () => {
    api = await sourcebook();
  });

  after(async () => {
    api.timeline()?.dispose();
    await folder.remove(() => libraryWhere(api, (library) => !library.dossiers.some((d) => d.dossier.article.id === 'timeline-second')));
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  /**
   * Whether the webview drew the library as it is now: it may still be taking in
   * (or dropping) other tests' dossiers, and the webview draws each state it is sent.
   */
  const drawsTheLibrary = (report: RenderReport) => {
    const expected = buildTimeline(api.library());
    return report.events === expected.events.length && report.undated === expected.undated.length && report.lanes === expected.lanes.article.length;
  };

  /** The next report of the webview that satisfies `ok` (or the last one, if it already does). */
  function rendered(ok: (report: RenderReport) => boolean): Promise<RenderReport> {
    return until(() => {
      const report = api.timeline()?.lastRender;
      return report && ok(report) ? report : undefined;
    }, 'the timeline webview to draw', 30_000);
  }

  it('opens a webview panel that draws every dated event of the library', async () => {
    await vscode.commands.executeCommand('sourcebook.showTimeline');
    const panel = await until(() => api.timeline(), 'the timeline panel');
    assert.strictEqual(panel.panel.viewType, 'sourcebook.timeline');
    const report = await rendered(drawsTheLibrary);
    assert.ok(report.events >= 7, 'the sample has seven dated events');
  });

  it('draws again when a dossier is added, with its dated and undated events', async () => {
    await folder.write('second.dossier.yaml', SECOND);
    await libraryWhere(api, (library) => library.dossiers.some((d) => d.dossier.article.id === 'timeline-second'));
    const withSecond = () => buildTimeline(api.library()).events.some((e) => e.key === 'timeline-second/talks-resume');
    const report = await rendered((r) => withSecond() && drawsTheLibrary(r));
    assert.ok(report.undated >= 1, 'the second dossier\'s undated event is listed');
  });

  it('reveals the passage of the event a click names', async () => {
    const panel = api.timeline()!;
    const key = api.library().events.find((e) => e.event.id === 'petro-takes-office')!.key;
    await panel.receive({ type: 'reveal', key });
    const editor = await until(() => (vscode.window.activeTextEditor?.document.uri.scheme === 'sourcebook-article' ? vscode.window.activeTextEditor : undefined), 'the article to open');
    assert.strictEqual(editor.document.getText(editor.selection), 'with the arrival in power of Mr. Petro last Sunday');
  });

  it('ignores a click message naming no event of the library, and still follows the next one', async () => {
    const panel = api.timeline();
    assert.ok(panel, 'the timeline panel is open');
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    await panel.receive({ type: 'reveal', key: 'no-such/event' });
    assert.strictEqual(vscode.window.activeTextEditor, undefined);
    const key = api.library().events.find((e) => e.event.id === 'petro-takes-office')!.key;
    await panel.receive({ type: 'reveal', key });
    await until(() => vscode.window.activeTextEditor?.document.uri.scheme === 'sourcebook-article', 'the article to open for a real event');
  });
});

describe('exports', () => {
  let api: SourcebookApi;
  const folder = new TempFolder('export-test');

  before(async () => {
    api = await sourcebook();
  });

  after(() => folder.remove(async () => undefined));

  const read = async (uri: vscode.Uri) => new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));
  const sample = () => api.library().dossiers.find((d) => d.isSample)!.source;

  it('writes the sample\'s events as a TimelineJS timeline', async () => {
    const target = vscode.Uri.joinPath(folder.uri, 'timeline.json').toString();
    const written = await vscode.commands.executeCommand<vscode.Uri[]>('sourcebook.exportTimelineJs', { dossierSource: sample(), target });
    assert.strictEqual(written.length, 1);
    const timeline = JSON.parse(await read(written[0]));
    assert.strictEqual(timeline.events.length, 7);
    assert.deepStrictEqual(timeline.events[0].start_date, { year: 2019 });
  });

  it('writes the chosen CSV tables into a folder', async () => {
    const written = await vscode.commands.executeCommand<vscode.Uri[]>('sourcebook.exportCsv', { dossierSource: sample(), target: folder.uri.toString(), tables: ['quotes', 'events'] });
    assert.deepStrictEqual(written.map((uri) => uri.path.split('/').pop()), ['caracas-bogota-2022-quotes.csv', 'caracas-bogota-2022-events.csv']);
    const quotes = await read(written[0]);
    assert.ok(quotes.startsWith('article_id,quote_id,kind,speaker_id,speaker,text,attribution,confidence,reviewed\r\n'));
    assert.ok(quotes.includes('petro-two-months,speech,petro,Gustavo Petro,in two months we may have settled the most important issues,told reporters'));
  });

  it('writes CSL-JSON references of the whole library', async () => {
    const target = vscode.Uri.joinPath(folder.uri, 'references.json').toString();
    const [uri] = await vscode.commands.executeCommand<vscode.Uri[]>('sourcebook.exportCslJson', { dossierSource: 'library', target });
    const items = JSON.parse(await read(uri));
    assert.ok(items.some((item: { id: string; title: string }) => item.id === 'caracas-bogota-2022' && item.title === 'Caracas takes steps to restore military relations with Bogota'));
    assert.strictEqual(items.length, new Set(api.library().dossiers.map((d) => d.dossier.article.id)).size);
  });
});
