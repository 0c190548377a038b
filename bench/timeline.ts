// timeline.renderMs: the timeline webview's script (dist/webview/timeline.js,
// the production build) drawing 5,000 events of 250 dossiers in headless
// Chromium, from the data message's arrival to the frame after it was painted
// (what the webview itself reports to the extension). Median of 5 page loads.
// timeline.dataMs: building that data from the library (buildTimeline), in Node.
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { Library, LoadedDossier } from '../src/core/library';
import { Actor, DossierEvent } from '../src/core/model';
import { buildTimeline } from '../src/core/timeline/timeline';
import { launchBrowser } from '../test/harness/codeServer';
import { randomPartialDate, repoPath, seededRandom } from './corpus';
import { Figures, medianMs } from './figures';

// Code run inside the page (no DOM types in this Node project).
declare const window: { __messages: { type: string; events?: number; ms?: number }[]; postMessage(message: unknown, origin: string): void };

const DOSSIERS = 250;
const EVENTS_PER_DOSSIER = 20;

function generateLibrary(): Library {
  const random = seededRandom(5);
  const dossiers: LoadedDossier[] = [];
  for (let d = 0; d < DOSSIERS; d++) {
    const actors: Actor[] = Array.from({ length: 6 }, (_, a) => ({ id: `a${(d * 7 + a) % 60}`, kind: 'person', name: `Person ${(d * 7 + a) % 60}`, aliases: [] }));
    const events: DossierEvent[] = Array.from({ length: EVENTS_PER_DOSSIER }, (_, e) => ({
      id: `e${e}`,
      date: randomPartialDate(random),
      approximate: random() < 0.15,
      title: `Event ${e} of article ${d}`,
      actors: actors.filter(() => random() < 0.3).map((a) => a.id),
    }));
    dossiers.push({ source: `bench:${d}`, dossier: { sourcebook: 1, article: { id: `article-${d}`, title: `Article ${d}` }, actors, events, quotes: [] } });
  }
  return new Library(dossiers);
}

const LABELS = { byArticle: 'By article', byActor: 'By actor', zoomIn: 'Zoom in', zoomOut: 'Zoom out', fit: 'Fit', undated: 'Undated events', noEvents: 'None', approximate: 'about', help: '', lanes: 'Events' };

export async function run(): Promise<Figures> {
  const library = generateLibrary();
  const dataMs = medianMs(5, () => buildTimeline(library));
  const data = buildTimeline(library);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sourcebook-timeline-bench-'));
  // The page the panel serves, with a stand-in for the webview's acquireVsCodeApi.
  fs.writeFileSync(path.join(dir, 'index.html'), `<!DOCTYPE html><html><head><meta charset="UTF-8">
<link rel="stylesheet" href="${pathToFileUrl(repoPath('media', 'timeline.css'))}"></head>
<body><main id="timeline"><div id="toolbar"></div><div id="chart"></div><section id="undated"></section><div id="card" hidden></div></main>
<script>window.__messages = []; window.acquireVsCodeApi = () => ({ postMessage: (m) => window.__messages.push(m), getState: () => undefined, setState: () => {} });</script>
<script src="${pathToFileUrl(repoPath('dist', 'webview', 'timeline.js'))}"></script></body></html>`);
  const browser = await launchBrowser();
  const renders: number[] = [];
  try {
    const page = await browser.context.newPage();
    for (let i = 0; i < 5; i++) {
      await page.goto(pathToFileUrl(path.join(dir, 'index.html')));
      await page.waitForFunction(() => window.__messages.some((m) => m.type === 'ready'));
      await page.evaluate((message) => window.postMessage(message, '*'), { type: 'data', data, labels: LABELS });
      const report = await page.waitForFunction(() => window.__messages.find((m) => m.type === 'rendered'), undefined, { timeout: 60_000 });
      const { events, ms } = (await report.jsonValue()) as { events: number; ms: number };
      if (events !== data.events.length) throw new Error(`the webview drew ${events} of ${data.events.length} events`);
      renders.push(ms);
    }
  } finally {
    await browser.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
  renders.sort((a, b) => a - b);
  return {
    'timeline.renderMs': { value: renders[renders.length >> 1], unit: 'ms', better: 'lower', target: '< 200 ms (5,000 events, to first paint)' },
    'timeline.dataMs': { value: dataMs, unit: 'ms', better: 'lower' },
    'timeline.webviewBytes': { value: fs.statSync(repoPath('dist', 'webview', 'timeline.js')).size, unit: 'bytes', better: 'lower' },
  };
}

function pathToFileUrl(file: string): string {
  return `file://${file.split(path.sep).map(encodeURIComponent).join('/')}`;
}
